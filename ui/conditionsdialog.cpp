#include "ui/conditionsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ConditionsDialog::ConditionsDialog(const Portal::Conditions &conditions, const QString &acceptedVersion,
                                   const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conditionsDialog"));
    setWindowTitle(tr("Conditions of Use"));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conditionsIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    const QString updated = conditions.updatedAt.isValid()
        ? QLocale().toString(conditions.updatedAt.toLocalTime().date(), QLocale::LongFormat)
        : QString();
    if (acceptedVersion.isEmpty())
        intro->setText(
            tr("Before your first download, read the portal's conditions of use (version %1%2). "
               "Material downloaded from the portal may be used only under them.")
                .arg(conditions.version, updated.isEmpty() ? QString() : tr(", updated %1").arg(updated)));
    else
        intro->setText(tr("The portal changed its conditions of use since you accepted version %1. Read "
                          "version %2%3 before your next download.")
                           .arg(acceptedVersion, conditions.version,
                                updated.isEmpty() ? QString() : tr(", updated %1").arg(updated)));

    // The portal's text, read-only and never interpreted as markup.
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("conditionsText"));
    text->setReadOnly(true);
    text->setPlainText(conditions.text(language));
    text->setAccessibleName(tr("Conditions of use"));
    text->setMinimumSize(480, 260);

    auto *credit = new QLabel(this);
    credit->setObjectName(QStringLiteral("conditionsCredit"));
    credit->setWordWrap(true);
    credit->setTextFormat(Qt::PlainText);
    credit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    credit->setText(tr("Credit line, to print with every use: %1").arg(conditions.creditLine));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *accept = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptConditions"));
    QPushButton *decline = buttons->addButton(tr("&Decline"), QDialogButtonBox::RejectRole);
    decline->setObjectName(QStringLiteral("declineConditions"));
    decline->setDefault(true); // Enter must not accept terms unread
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(credit);
    layout->addWidget(buttons);
    text->setFocus();
}

} // namespace Ui
