#include "ui/settingsdialog.h"

#include "core/portal/portalprobe.h"
#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"
#include "core/settings/settingsoptions.h"
#include "ui/plaintext.h"
#include "ui/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
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
    : QDialog(parent),
      m_settings(settings),
      m_network(network),
      m_problem(new QLabel(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));

    auto *form = new QFormLayout;
    for (const Settings::Option &option : Settings::Options::all()) {
        QWidget *control = makeControl(option);
        control->setObjectName(option.name);
        m_controls.insert(option.name, control);
        if (option.kind == Settings::Option::Kind::Switch) {
            form->addRow(QString(), control);
            continue;
        }
        auto *caption = new QLabel(this);
        QWidget *buddy = control->findChild<QLineEdit *>() ? control->findChild<QLineEdit *>() : control;
        caption->setBuddy(buddy);
        m_captions.insert(option.name, caption);
        form->addRow(caption, control);
        if (option.name == u"portal.url") {
            m_connection = new QLabel(this);
            m_connection->setObjectName(QStringLiteral("connectionResult"));
            m_connection->setTextFormat(Qt::PlainText);
            m_connection->setWordWrap(true);
            form->addRow(QString(), m_connection);
        }
    }

    m_note->setObjectName(QStringLiteral("settingsNote"));
    m_note->setWordWrap(true);

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    // Qt names its standard buttons itself, in the language installed.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    retranslate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Configure Multimedia Desk"));
    for (const Settings::Option &option : Settings::Options::all()) {
        QWidget *control = m_controls.value(option.name);
        if (!control)
            continue;
        control->setToolTip(plainToolTip(option.description));
        control->setAccessibleName(option.label);
        control->setAccessibleDescription(option.description);
        if (QLabel *caption = m_captions.value(option.name))
            caption->setText(option.label + u':');
        switch (option.kind) {
        case Settings::Option::Kind::Switch:
            static_cast<QCheckBox *>(control)->setText(option.label);
            break;
        case Settings::Option::Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(control);
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, choiceLabel(combo->itemData(i).toString()));
            break;
        }
        case Settings::Option::Kind::Text:
            static_cast<QLineEdit *>(control)->setPlaceholderText(option.accepts);
            break;
        case Settings::Option::Kind::Folder:
        case Settings::Option::Kind::Url: {
            auto *edit = control->findChild<QLineEdit *>();
            edit->setAccessibleName(option.label);
            edit->setAccessibleDescription(option.description);
            auto *button = control->findChild<QPushButton *>();
            if (option.kind == Settings::Option::Kind::Folder) {
                button->setText(tr("Browse…"));
                button->setAccessibleName(tr("Choose a folder: %1").arg(option.label));
                edit->setPlaceholderText(option.emptyIsDefault ? option.defaultText : tr("None"));
            } else {
                button->setText(tr("Test Connection"));
                button->setAccessibleName(tr("Test the connection to the portal"));
            }
            break;
        }
        case Settings::Option::Kind::Number:
            if (!option.zeroWord.isEmpty())
                static_cast<QSpinBox *>(control)->setSpecialValueText(tr("Automatic"));
            break;
        }
    }
    m_note->setText(
        tr("The portal address, answer size, connections and proxy are used from the next start."));
    if (m_problemText)
        m_problem->setText(m_problemText());
    if (m_connectionText)
        m_connection->setText(m_connectionText());
}

void SettingsDialog::showProblem(std::function<QString()> text)
{
    m_problemText = std::move(text);
    m_problem->setText(m_problemText());
    m_problem->show();
}

void SettingsDialog::showConnection(std::function<QString()> text)
{
    m_connectionText = std::move(text);
    m_connection->setText(m_connectionText());
}

QWidget *SettingsDialog::makeControl(const Settings::Option &option)
{
    const QString value = option.get(m_settings);
    switch (option.kind) {
    case Settings::Option::Kind::Switch: {
        auto *box = new QCheckBox(this);
        box->setChecked(value == u"on");
        return box;
    }
    case Settings::Option::Kind::Number: {
        auto *spin = new QSpinBox(this);
        spin->setRange(option.minimum, option.maximum);
        // The word for 0 ("auto") is 0 here, shown in words by retranslate().
        spin->setValue(!option.zeroWord.isEmpty() && value == option.zeroWord ? 0 : value.toInt());
        return spin;
    }
    case Settings::Option::Kind::Choice: {
        auto *combo = new QComboBox(this);
        for (const QString &choice : option.choices)
            combo->addItem(QString(), choice);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        return combo;
    }
    case Settings::Option::Kind::Text: {
        return new QLineEdit(value, this);
    }
    case Settings::Option::Kind::Folder:
    case Settings::Option::Kind::Url: {
        auto *row = new QWidget(this);
        auto *edit = new QLineEdit(value, row);
        auto *button = new QPushButton(row);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        if (option.kind == Settings::Option::Kind::Folder) {
            button->setObjectName(QStringLiteral("browseButton"));
            connect(button, &QPushButton::clicked, this, [this, edit, name = option.name] {
                const Settings::Option *chosenOption = Settings::Options::find(name);
                const QString chosen = QFileDialog::getExistingDirectory(
                    this, chosenOption ? chosenOption->label : QString(), edit->text());
                if (!chosen.isEmpty())
                    edit->setText(QDir::toNativeSeparators(chosen));
            });
        } else {
            edit->setPlaceholderText(QStringLiteral("https://portal.example.org/api/v1"));
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
    case Settings::Option::Kind::Number: {
        const int number = static_cast<QSpinBox *>(control)->value();
        return number == 0 && !option.zeroWord.isEmpty() ? option.zeroWord : QString::number(number);
    }
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
            // The reason comes from the setter; the option's name follows the language.
            showProblem([name = option.name, reason = tried.error().message] {
                const Settings::Option *refused = Settings::Options::find(name);
                return tr("Nothing was saved. %1: %2").arg(refused ? refused->label : name, reason);
            });
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
        showProblem([message = saved.error().message] { return message; });
        return;
    }
    if (changed.contains(QStringLiteral("ui.language"))) {
        // At once: Qt then tells every widget, which says everything again.
        const QString language = m_settings.uiLanguage();
        Translations::install(*QCoreApplication::instance(), language);
    }
    if (!changed.isEmpty())
        emit settingsChanged(changed);
    QDialog::accept();
}

void SettingsDialog::testConnection()
{
    const auto url = Portal::PortalUrl::parse(m_portal->text().trimmed());
    if (!url) {
        showConnection([message = url.error().message] { return message; });
        return;
    }
    m_test->setEnabled(false);
    showConnection([address = url.value()] { return tr("Asking %1…").arg(address.toDisplayString()); });
    Portal::probePortal(
        m_network, url.value(), this, [this, address = url.value()](std::optional<Portal::ApiError> error) {
            m_test->setEnabled(true);
            showConnection(
                [address, problem = error ? std::optional<QString>(error->message) : std::nullopt] {
                    return problem
                        ? tr("%1 does not answer like a portal: %2").arg(address.toDisplayString(), *problem)
                        : tr("%1 answers like a portal.").arg(address.toDisplayString());
                });
        });
}

} // namespace Ui
