#pragma once

#include <QUrl>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;

namespace Settings {
class AppSettings;
}

namespace Ui {

// What the window shows while no portal is set: the portal's address, tried
// (Test) before it is kept (Save); then the way in, Sign In, Create Account
// or Browse Without an Account, which start the program again on the saved
// portal. Use the Library Only leaves the portal unset.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    FirstRunPage(Settings::AppSettings &settings, QNetworkAccessManager &network, QWidget *parent = nullptr);

    QLineEdit *addressField() const { return m_address; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }
    QString result() const;
    // The address that answered like a portal last (empty: none yet).
    QUrl tested() const { return m_tested; }

signals:
    // The portal is saved: start again on it, in this section ("account",
    // "videos").
    void restartRequested(const QString &section);
    // Without a portal: the window as it is, for the library.
    void skipped();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void test();
    void save();
    void say(bool good);

    Settings::AppSettings &m_settings;
    QNetworkAccessManager &m_network;
    QStackedWidget *m_steps;
    QLabel *m_heading;
    QLabel *m_intro;
    QLineEdit *m_address;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_skip;
    QLabel *m_result;
    QLabel *m_savedHeading;
    QLabel *m_savedIntro;
    QPushButton *m_signIn;
    QPushButton *m_create;
    QPushButton *m_browse;
    QUrl m_tested;
    // Said again in a new language: what the last test found.
    std::function<QString()> m_resultText;
};

} // namespace Ui
