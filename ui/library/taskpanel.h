#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Ui {

// The long task under way in a page: what it does, how far it is, and a
// way to stop it. Hidden while nothing runs.
class TaskPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskPanel)

public:
    explicit TaskPanel(QWidget *parent = nullptr);

    void start(const QString &title);
    // total <= 0: not known yet (the bar then only shows activity).
    void setProgress(qint64 done, qint64 total, const QString &detail);
    void finish();

    QString title() const;
    QString detail() const;

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The task's title and progress are its owner's; the panel's own words are these.
    void retranslate();

    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Ui
