#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

class PlaybackProblem;

// What the player shows in place of the picture when a clip cannot be
// played: what happened, what to do, and a way to try again.
class PlayerMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerMessage)

public:
    explicit PlayerMessage(QWidget *parent = nullptr);

    void setProblem(const PlaybackProblem &problem, bool canRetry);
    QString heading() const;
    QString explanation() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_explanation;
    QPushButton *m_retry;
};

} // namespace Ui
