#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace Ui {

// A line across the top of a page for what a person should know now
// (offline, a failure, a download waiting for a sign-in), with at most one
// action (Retry, Cancel) and a close button. Hidden while empty.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    // How to say a notice or its action: asked again when the language changes.
    using Words = std::function<QString()>;

    void showNotice(Kind kind, Words text, Words actionText = {}, std::function<void()> action = {});
    // Words that stay as they are, whatever the language (a server's own).
    void showNotice(Kind kind, const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    void clear();
    // Hides the notice shown now after `ms`, unless another replaces it.
    void hideAfter(int ms);

    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The notice's own text is its caller's; the bar's words are these.
    void retranslate();
    void sayKind();
    void sayNotice();

    QLabel *m_label;
    QPushButton *m_action;
    QPushButton *m_close;
    QTimer *m_hideTimer;
    Kind m_kind = Kind::Info;
    std::function<void()> m_callback;
    Words m_text;
    Words m_actionText;
};

} // namespace Ui
