#include "ui/aboutdialog.h"

#include "core/settings/paths.h"
#include "ui/uiresources.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

namespace {
QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

AboutDialog::AboutDialog(const Settings::Paths &paths, const QUrl &portal, QWidget *parent)
    : QDialog(parent),
      m_portal(portal),
      m_title(new QLabel(this)),
      m_purpose(new QLabel(this)),
      m_portalValue(selectableLabel(QString(), this)),
      m_facts(new QFormLayout)
{
    setObjectName(QStringLiteral("aboutDialog"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon(QStringLiteral("mmdesk")).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignTop);

    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_purpose->setWordWrap(true);

    // Captioned by retranslate(), in this order.
    for (QLabel *value : {m_portalValue, selectableLabel(QDir::toNativeSeparators(paths.dataDir()), this),
                          selectableLabel(QDir::toNativeSeparators(paths.settingsFile()), this),
                          selectableLabel(QDir::toNativeSeparators(paths.logDir()), this),
                          selectableLabel(QString::fromLatin1(qVersion()), this)}) {
        auto *caption = new QLabel(this);
        caption->setBuddy(value);
        m_captions << caption;
        m_facts->addRow(caption, value);
    }

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_purpose);
    text->addLayout(m_facts);

    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Multimedia Desk"));
    m_title->setText(tr("<h2>Multimedia Desk %1</h2>").arg(QStringLiteral(MMDESK_VERSION)));
    m_purpose->setText(tr("Read the portal's news releases, preview its video, and download "
                          "broadcast-quality clips into a verified local library."));
    m_portalValue->setText(m_portal.isEmpty() ? tr("none set") : m_portal.toDisplayString());
    const QStringList captions {tr("Portal:"), tr("Data folder:"), tr("Settings file:"), tr("Log folder:"),
                                tr("Qt version:")};
    for (qsizetype row = 0; row < captions.size() && row < m_captions.size(); ++row)
        m_captions.at(row)->setText(captions.at(row));
}

} // namespace Ui
