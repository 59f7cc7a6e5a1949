#include "ui/downloads/deadlinedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

DeadlineDialog::DeadlineDialog(const QString &name, const QDateTime &current, const QDateTime &now,
                               QWidget *parent)
    : QDialog(parent), m_edit(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("deadlineDialog"));
    setWindowTitle(tr("Set Deadline"));
    auto *intro = new QLabel(tr("When is “%1” needed? The queue puts the most urgent download first, and "
                                "says when one will be late at its speed.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(QStringLiteral("deadlineEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setMinimumDateTime(now.addSecs(-60));
    // A proposal within the hour, on a quarter.
    QDateTime proposal = now.addSecs(3600);
    proposal.setTime(QTime(proposal.time().hour(), proposal.time().minute() / 15 * 15));
    m_edit->setDateTime(current.isValid() ? current.toLocalTime() : proposal);
    m_edit->setAccessibleName(tr("Needed by"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Needed by:"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *clear = buttons->addButton(tr("&Clear Deadline"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearDeadlineButton"));
    clear->setEnabled(current.isValid());
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_chosen = m_edit->dateTime();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_chosen = QDateTime();
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace Ui
