#include "ui/firstrunpage.h"

#include "core/portal/portalprobe.h"
#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *heading(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrapped(parent, objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

FirstRunPage::FirstRunPage(Settings::AppSettings &settings, QNetworkAccessManager &network, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_network(network), m_steps(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *address = new QWidget(m_steps);
    m_heading = heading(address, QStringLiteral("firstRunHeading"));
    m_intro = wrapped(address, QStringLiteral("firstRunIntro"));
    m_address = new QLineEdit(address);
    m_address->setObjectName(QStringLiteral("portalAddress"));
    m_address->setPlaceholderText(QStringLiteral("https://portal.example.org/api/v1"));
    m_test = new QPushButton(address);
    m_test->setObjectName(QStringLiteral("testPortalButton"));
    m_save = new QPushButton(address);
    m_save->setObjectName(QStringLiteral("savePortalButton"));
    m_save->setEnabled(false);
    m_save->setDefault(true);
    m_result = wrapped(address, QStringLiteral("firstRunResult"));
    m_skip = new QPushButton(address);
    m_skip->setObjectName(QStringLiteral("libraryOnlyButton"));
    m_skip->setFlat(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(m_test);
    row->addWidget(m_save);
    auto *addressLayout = new QVBoxLayout(address);
    addressLayout->addWidget(m_heading);
    addressLayout->addWidget(m_intro);
    addressLayout->addSpacing(8);
    addressLayout->addLayout(row);
    addressLayout->addWidget(m_result);
    addressLayout->addSpacing(16);
    addressLayout->addWidget(m_skip, 0, Qt::AlignLeft);
    addressLayout->addStretch();

    auto *saved = new QWidget(m_steps);
    m_savedHeading = heading(saved, QStringLiteral("firstRunSavedHeading"));
    m_savedIntro = wrapped(saved, QStringLiteral("firstRunSavedIntro"));
    m_signIn = new QPushButton(saved);
    m_signIn->setObjectName(QStringLiteral("firstRunSignIn"));
    m_signIn->setDefault(true);
    m_create = new QPushButton(saved);
    m_create->setObjectName(QStringLiteral("firstRunCreateAccount"));
    m_browse = new QPushButton(saved);
    m_browse->setObjectName(QStringLiteral("firstRunBrowse"));
    auto *ways = new QHBoxLayout;
    ways->addWidget(m_signIn);
    ways->addWidget(m_create);
    ways->addWidget(m_browse);
    ways->addStretch();
    auto *savedLayout = new QVBoxLayout(saved);
    savedLayout->addWidget(m_savedHeading);
    savedLayout->addWidget(m_savedIntro);
    savedLayout->addSpacing(8);
    savedLayout->addLayout(ways);
    savedLayout->addStretch();

    m_steps->addWidget(address);
    m_steps->addWidget(saved);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 24);
    layout->addWidget(m_steps);
    setMaximumWidth(16777215);

    connect(m_test, &QPushButton::clicked, this, &FirstRunPage::test);
    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            save();
        else
            test();
    });
    // A changed address has to be tried again before it is kept.
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_save->setEnabled(false);
        m_tested.clear();
    });
    connect(m_save, &QPushButton::clicked, this, &FirstRunPage::save);
    connect(m_skip, &QPushButton::clicked, this, &FirstRunPage::skipped);
    connect(m_signIn, &QPushButton::clicked, this,
            [this] { emit restartRequested(QStringLiteral("account")); });
    connect(m_create, &QPushButton::clicked, this,
            [this] { emit restartRequested(QStringLiteral("account")); });
    connect(m_browse, &QPushButton::clicked, this,
            [this] { emit restartRequested(QStringLiteral("videos")); });
    retranslate();
}

void FirstRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirstRunPage::retranslate()
{
    m_heading->setText(tr("Which portal do you use?"));
    m_intro->setText(tr("Give the address of your portal's API, as your portal's help page or your "
                        "newsroom's IT gives it. Multimedia Desk checks that it answers like a portal "
                        "before keeping it."));
    m_address->setAccessibleName(tr("Portal address"));
    m_test->setText(tr("&Test"));
    m_test->setToolTip(tr("Ask the address whether it is a portal"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Keep this portal (after a successful test)"));
    m_skip->setText(tr("Use the &Library Only"));
    m_skip->setToolTip(
        tr("Work with the clips on this computer; a portal can be set later in the settings."));
    m_savedHeading->setText(tr("The portal is set"));
    m_savedIntro->setText(tr("Multimedia Desk starts again to connect to it. How would you like to begin?"));
    m_signIn->setText(tr("Sign &In"));
    m_create->setText(tr("&Create Account"));
    m_browse->setText(tr("&Browse Without an Account"));
    if (m_resultText)
        m_result->setText(m_resultText());
}

QString FirstRunPage::result() const
{
    return m_result->text();
}

void FirstRunPage::say(bool good)
{
    m_result->setText(m_resultText ? m_resultText() : QString());
    m_result->setStyleSheet(good ? QStringLiteral("QLabel { color: #1e823c; }")
                                 : QStringLiteral("QLabel { color: #c0392b; }"));
}

void FirstRunPage::test()
{
    const auto url = Portal::PortalUrl::parse(m_address->text().trimmed());
    if (!url) {
        m_resultText = [message = url.error().message] {
            return message;
        };
        say(false);
        return;
    }
    m_test->setEnabled(false);
    m_save->setEnabled(false);
    m_resultText = [address = url.value()] {
        return tr("Asking %1…").arg(address.toDisplayString());
    };
    m_result->setText(m_resultText());
    m_result->setStyleSheet({});
    Portal::probePortal(
        m_network, url.value(), this, [this, address = url.value()](std::optional<Portal::ApiError> error) {
            m_test->setEnabled(true);
            if (error) {
                m_resultText = [address, message = error->message] {
                    return tr("%1 does not answer like a portal: %2").arg(address.toDisplayString(), message);
                };
                say(false);
                return;
            }
            m_tested = address;
            m_resultText = [address] {
                return tr("%1 answers like a portal. Save it to use it.").arg(address.toDisplayString());
            };
            say(true);
            m_save->setEnabled(true);
            m_save->setFocus();
        });
}

void FirstRunPage::save()
{
    if (m_tested.isEmpty())
        return;
    m_settings.setPortalUrl(m_tested);
    if (const auto synced = m_settings.sync(); !synced) {
        m_resultText = [message = synced.error().message] {
            return message;
        };
        say(false);
        return;
    }
    m_steps->setCurrentIndex(1);
    m_signIn->setFocus();
}

} // namespace Ui
