#include "ui/settingsdialog.h"

#include "core/portal/portalprobe.h"
#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"
#include "core/settings/settingsoptions.h"
#include "ui/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Ui {

namespace {

QString choiceLabel(const QString &value)
{
    if (value == u"system")
        return SettingsDialog::tr("As the system");
    if (value == u"en")
        return QStringLiteral("English");
    if (value == u"fr")
        return QStringLiteral("Français");
    return value;
}

} // namespace

SettingsDialog::SettingsDialog(Settings::AppSettings &settings, QNetworkAccessManager &network,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_network(network), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Multimedia Desk"));

    auto *form = new QFormLayout;
    for (const Settings::Option &option : Settings::Options::all()) {
        QWidget *control = makeControl(option);
        control->setObjectName(option.name);
        control->setToolTip(plainToolTip(option.description));
        control->setAccessibleDescription(option.description);
        m_controls.insert(option.name, control);
        QString label = option.label + u':';
        if (option.kind == Settings::Option::Kind::Switch) {
            form->addRow(QString(), control);
            continue;
        }
        auto *caption = new QLabel(label, this);
        QWidget *buddy = control->findChild<QLineEdit *>() ? control->findChild<QLineEdit *>() : control;
        caption->setBuddy(buddy);
        form->addRow(caption, control);
        if (option.name == u"portal.url") {
            m_connection = new QLabel(this);
            m_connection->setObjectName(QStringLiteral("connectionResult"));
            m_connection->setTextFormat(Qt::PlainText);
            m_connection->setWordWrap(true);
            form->addRow(QString(), m_connection);
        }
    }

    auto *note = new QLabel(tr("The portal address, language, answer size and connections are used from the "
                               "next start."),
                            this);
    note->setWordWrap(true);

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::makeControl(const Settings::Option &option)
{
    const QString value = option.get(m_settings);
    switch (option.kind) {
    case Settings::Option::Kind::Switch: {
        auto *box = new QCheckBox(option.label, this);
        box->setChecked(value == u"on");
        return box;
    }
    case Settings::Option::Kind::Number: {
        auto *spin = new QSpinBox(this);
        spin->setRange(option.minimum, option.maximum);
        spin->setValue(value.toInt());
        spin->setAccessibleName(option.label);
        return spin;
    }
    case Settings::Option::Kind::Choice: {
        auto *combo = new QComboBox(this);
        for (const QString &choice : option.choices)
            combo->addItem(choiceLabel(choice), choice);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        combo->setAccessibleName(option.label);
        return combo;
    }
    case Settings::Option::Kind::Text: {
        auto *edit = new QLineEdit(value, this);
        edit->setAccessibleName(option.label);
        edit->setPlaceholderText(option.accepts);
        return edit;
    }
    case Settings::Option::Kind::Folder:
    case Settings::Option::Kind::Url: {
        auto *row = new QWidget(this);
        auto *edit = new QLineEdit(value, row);
        edit->setAccessibleName(option.label);
        auto *button = new QPushButton(row);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        if (option.kind == Settings::Option::Kind::Folder) {
            button->setText(tr("Browse…"));
            button->setObjectName(QStringLiteral("browseButton"));
            connect(button, &QPushButton::clicked, this, [this, edit] {
                const QString chosen =
                    QFileDialog::getExistingDirectory(this, tr("Download Folder"), edit->text());
                if (!chosen.isEmpty())
                    edit->setText(QDir::toNativeSeparators(chosen));
            });
        } else {
            edit->setPlaceholderText(QStringLiteral("https://portal.example.org/api/v1"));
            button->setText(tr("Test Connection"));
            button->setObjectName(QStringLiteral("testConnectionButton"));
            m_portal = edit;
            m_test = button;
            connect(button, &QPushButton::clicked, this, &SettingsDialog::testConnection);
        }
        return row;
    }
    }
    return new QWidget(this);
}

QString SettingsDialog::valueOf(const Settings::Option &option) const
{
    QWidget *control = m_controls.value(option.name);
    switch (option.kind) {
    case Settings::Option::Kind::Switch:
        return static_cast<QCheckBox *>(control)->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
    case Settings::Option::Kind::Number:
        return QString::number(static_cast<QSpinBox *>(control)->value());
    case Settings::Option::Kind::Choice:
        return static_cast<QComboBox *>(control)->currentData().toString();
    case Settings::Option::Kind::Text:
        return static_cast<QLineEdit *>(control)->text().trimmed();
    case Settings::Option::Kind::Folder:
    case Settings::Option::Kind::Url:
        return control->findChild<QLineEdit *>()->text().trimmed();
    }
    return {};
}

void SettingsDialog::accept()
{
    // Every changed value is tried on a scratch copy first: all are saved, or none.
    QStringList changed;
    QTemporaryDir scratchDir;
    Settings::AppSettings scratch(scratchDir.filePath(QStringLiteral("check.conf")));
    for (const Settings::Option &option : Settings::Options::all()) {
        const QString value = valueOf(option);
        if (value == option.get(m_settings))
            continue;
        if (const auto tried = option.set(scratch, value); !tried) {
            m_problem->setText(tr("Nothing was saved. %1: %2").arg(option.label, tried.error().message));
            m_problem->show();
            if (QWidget *control = m_controls.value(option.name))
                control->setFocus();
            return;
        }
        changed << option.name;
    }
    for (const Settings::Option &option : Settings::Options::all()) {
        if (changed.contains(option.name))
            (void)option.set(m_settings, valueOf(option)); // checked above
    }
    if (const auto saved = m_settings.sync(); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    if (!changed.isEmpty())
        emit settingsChanged(changed);
    QDialog::accept();
}

void SettingsDialog::testConnection()
{
    const auto url = Portal::PortalUrl::parse(m_portal->text().trimmed());
    if (!url) {
        m_connection->setText(url.error().message);
        return;
    }
    m_test->setEnabled(false);
    m_connection->setText(tr("Asking %1…").arg(url.value().toDisplayString()));
    Portal::probePortal(
        m_network, url.value(), this, [this, address = url.value()](std::optional<Portal::ApiError> error) {
            m_test->setEnabled(true);
            m_connection->setText(error ? tr("%1 does not answer like a portal: %2")
                                              .arg(address.toDisplayString(), error->message)
                                        : tr("%1 answers like a portal.").arg(address.toDisplayString()));
        });
}

} // namespace Ui
