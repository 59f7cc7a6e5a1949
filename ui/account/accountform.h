#pragma once

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Ui {

// What every page of the Account area has in common: a heading, a short
// introduction, the form itself, one line for the page's message (an error
// or a notice), and a progress bar while a request runs. While busy the form
// is disabled but keeps what was typed. Escape asks to go back.
class AccountForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountForm)

public:
    explicit AccountForm(QWidget *parent = nullptr);
    ~AccountForm() override;

    QString heading() const;
    // The page's message as a person reads it; empty when none is shown.
    QString message() const;
    bool isBusy() const { return m_busy; }
    // Puts the keyboard focus where a person starts on this page.
    virtual void focusFirstField();

signals:
    void backRequested();

protected:
    // Says every text of the page again, in the language installed now.
    // Pages call it at the end of their constructor (no virtual call reaches
    // them from this one) and extend it, calling this first.
    virtual void retranslate();
    void changeEvent(QEvent *event) override;
    void setHeading(const QString &text);
    void setIntro(const QString &text);
    QFormLayout *form() const { return m_form; }
    // Below the form, inside the part that is disabled while busy.
    QVBoxLayout *extras() const { return m_extras; }
    QWidget *body() const { return m_body; }

    void setBusy(bool busy, const QString &what = {});
    // How to say a message: asked again when the language changes.
    using Words = std::function<QString()>;
    void showError(Words words);
    void showNotice(Words words);
    // Words that stay as they are, whatever the language (the portal's own).
    void showError(const QString &text);
    void showNotice(const QString &text);
    void clearMessage();

    // A note under a field for its own problem (hidden while empty).
    QLabel *addFieldNote(const QString &objectName);
    static void setFieldNote(QLabel *note, const QString &text);
    // A button that looks like a link, for "Create account", "Forgot password?".
    static void makeLinkButton(QPushButton *button);

    virtual void busyChanged(bool busy);

private:
    void showMessage(Words words, bool error);
    void sayMessage();

    QLabel *m_heading;
    QLabel *m_intro;
    QWidget *m_body;
    QFormLayout *m_form;
    QVBoxLayout *m_extras;
    QLabel *m_message;
    QProgressBar *m_progress;
    Words m_messageWords;
    bool m_busy = false;
};

} // namespace Ui
