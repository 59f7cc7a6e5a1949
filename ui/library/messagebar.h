#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Ui {

// A message across the top of a page that stays until dismissed or
// replaced: what a task found, or what went wrong and what to do. Unlike a
// dialog it does not interrupt; the details, when long, open on demand.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &details = {});
    // One button that follows up on the message ("Relink missing…").
    void setAction(const QString &text, std::function<void()> action);
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The message itself is its sender's; the bar's own words are these.
    void retranslate();
    void sayKind();
    void showDetails();

    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_detailsButton;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    QString m_details;
    std::function<void()> m_onAction;
};

} // namespace Ui
