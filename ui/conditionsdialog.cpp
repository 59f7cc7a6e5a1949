#include "ui/conditionsdialog.h"
#include "ui/widgets/datetimetext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ConditionsDialog::ConditionsDialog(const Portal::Conditions &conditions, const QString &acceptedVersion,
                                   const QString &language, QWidget *parent)
    : QDialog(parent),
      m_version(conditions.version),
      m_creditLine(conditions.creditLine),
      m_acceptedVersion(acceptedVersion),
      m_updatedAt(conditions.updatedAt),
      m_intro(new QLabel(this)),
      m_text(new QPlainTextEdit(this)),
      m_credit(new QLabel(this))
{
    setObjectName(QStringLiteral("conditionsDialog"));

    m_intro->setObjectName(QStringLiteral("conditionsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    // The portal's text, read-only and never interpreted as markup; it stays
    // in the language it was opened in, where the person is reading.
    m_text->setObjectName(QStringLiteral("conditionsText"));
    m_text->setReadOnly(true);
    m_text->setPlainText(conditions.text(language));
    m_text->setMinimumSize(480, 260);

    m_credit->setObjectName(QStringLiteral("conditionsCredit"));
    m_credit->setWordWrap(true);
    m_credit->setTextFormat(Qt::PlainText);
    m_credit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptConditions"));
    m_decline = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_decline->setObjectName(QStringLiteral("declineConditions"));
    m_decline->setDefault(true); // Enter must not accept terms unread
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_credit);
    layout->addWidget(buttons);
    retranslate();
    m_text->setFocus();
}

void ConditionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConditionsDialog::retranslate()
{
    setWindowTitle(tr("Conditions of Use"));
    const QString updated = DateTimeText::longDate(m_updatedAt);
    const QString updatedNote = updated.isEmpty() ? QString() : tr(", updated %1").arg(updated);
    if (m_acceptedVersion.isEmpty())
        m_intro->setText(tr("Before your first download, read the portal's conditions of use (version %1%2). "
                            "Material downloaded from the portal may be used only under them.")
                             .arg(m_version, updatedNote));
    else
        m_intro->setText(tr("The portal changed its conditions of use since you accepted version %1. Read "
                            "version %2%3 before your next download.")
                             .arg(m_acceptedVersion, m_version, updatedNote));
    m_text->setAccessibleName(tr("Conditions of use"));
    m_credit->setText(tr("Credit line, to print with every use: %1").arg(m_creditLine));
    m_accept->setText(tr("&Accept"));
    m_accept->setAccessibleName(tr("Accept the conditions of use"));
    m_decline->setText(tr("&Decline"));
    m_decline->setAccessibleName(tr("Decline the conditions of use"));
}

} // namespace Ui
