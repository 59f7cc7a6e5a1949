#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace Ui {

// The one message bar of every section: a line across the top of a page for
// what a person should know now (offline, a failure, what a task found, a
// download waiting for a sign-in). It stays until dismissed or replaced,
// and does not interrupt as a dialog would. The same parts everywhere: the
// text, at most one follow-up button (Try Again, Cancel, Relink…),
// Details… when there is more to read, and Dismiss.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Success, Warning, Error };
    // How to say a message or its button: asked again when the language changes.
    using Words = std::function<QString()>;

    explicit MessageBar(QWidget *parent = nullptr);

    // Words that follow the interface language.
    void showMessage(Kind kind, Words text, Words actionText = {}, std::function<void()> action = {});
    // Words that stay as they are (a server's own, or already said in the
    // language of the moment), with optional details behind Details….
    void showMessage(Kind kind, const QString &text, const QString &details = {});
    // One button that follows up on the message shown now. A click dismisses
    // the message, then runs `action` (which may show another).
    void setAction(const QString &text, std::function<void()> action);
    void dismiss();
    // Dismisses the message shown now after `ms`, unless another replaces it.
    void hideAfter(int ms);

    Kind kind() const { return m_kind; }
    // The message shown now; empty while hidden.
    QString text() const;
    QString details() const { return m_details; }
    QPushButton *actionButton() const { return m_action; }

signals:
    // The person closed the message.
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The message itself is its sender's; the bar's own words are these.
    void retranslate();
    void sayKind();
    void sayMessage();
    void showDetails();
    void present(Kind kind);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_detailsButton;
    QToolButton *m_close;
    QTimer *m_hideTimer;
    Kind m_kind = Kind::Information;
    // What the person closed last, until another message comes.
    Kind m_closedKind = Kind::Information;
    QString m_closedText;
    QString m_details;
    Words m_words;
    Words m_actionWords;
    std::function<void()> m_onAction;
};

} // namespace Ui
