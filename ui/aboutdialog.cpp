#include "ui/aboutdialog.h"

#include "core/settings/paths.h"
#include "ui/uiresources.h"

#include <QDialogButtonBox>
#include <QDir>
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

AboutDialog::AboutDialog(const Settings::Paths &paths, const QUrl &portal, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Multimedia Desk"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon(QStringLiteral("mmdesk")).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Multimedia Desk %1</h2>").arg(QStringLiteral(MMDESK_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *purpose = new QLabel(tr("Read the portal's news releases, preview its video, and download "
                                  "broadcast-quality clips into a verified local library."),
                               this);
    purpose->setWordWrap(true);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Portal:"),
                  selectableLabel(portal.isEmpty() ? tr("none set") : portal.toDisplayString(), this));
    facts->addRow(tr("Data folder:"), selectableLabel(QDir::toNativeSeparators(paths.dataDir()), this));
    facts->addRow(tr("Settings file:"),
                  selectableLabel(QDir::toNativeSeparators(paths.settingsFile()), this));
    facts->addRow(tr("Log folder:"), selectableLabel(QDir::toNativeSeparators(paths.logDir()), this));
    facts->addRow(tr("Qt version:"), selectableLabel(QString::fromLatin1(qVersion()), this));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(purpose);
    text->addLayout(facts);

    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace Ui
