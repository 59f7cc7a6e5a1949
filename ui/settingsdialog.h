#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QLineEdit;
class QPushButton;

namespace Settings {
class AppSettings;
struct Option;
} // namespace Settings

namespace Ui {

// Settings → Configure Multimedia Desk…: every setting of Settings::Options
// (the same ones `mmdesk-cli settings` changes) with a control for its kind.
// OK checks every value first and saves them together, or none: a value that
// is refused is said beside the buttons and the dialog stays open. The portal
// address can be tried first ("Test Connection": it must answer like a
// Portal API v1 server).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings::AppSettings &settings, QNetworkAccessManager &network,
                   QWidget *parent = nullptr);

    // The control of an option, by its name ("downloads.connections").
    QWidget *control(const QString &name) const { return m_controls.value(name); }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *connectionLabel() const { return m_connection; }
    QPushButton *testButton() const { return m_test; }

    void accept() override;

signals:
    // The options whose value changed, once saved.
    void settingsChanged(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The texts of the problem and connection lines, kept as how to say
    // them so that they follow a change of language.
    void showProblem(std::function<QString()> text);
    void showConnection(std::function<QString()> text);
    QWidget *makeControl(const Settings::Option &option);
    QString valueOf(const Settings::Option &option) const;
    void testConnection();

    Settings::AppSettings &m_settings;
    QNetworkAccessManager &m_network;
    QHash<QString, QWidget *> m_controls;
    QHash<QString, QLabel *> m_captions;
    QLabel *m_problem;
    QLabel *m_note;
    std::function<QString()> m_problemText;
    std::function<QString()> m_connectionText;
    QLabel *m_connection = nullptr;
    QPushButton *m_test = nullptr;
    QLineEdit *m_portal = nullptr;
};

} // namespace Ui
