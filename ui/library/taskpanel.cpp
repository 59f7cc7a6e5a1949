#include "ui/library/taskpanel.h"

#include "ui/plaintext.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Ui {

TaskPanel::TaskPanel(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("taskPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    // A long file name must not widen the page.
    m_detail->setMinimumWidth(1);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bar->setObjectName(QStringLiteral("taskProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_bar, 0, 1);
    layout->addWidget(m_cancel, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->addWidget(m_detail, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_detail->setText(tr("Stopping…"));
        emit cancelRequested();
    });
    setVisible(false);
    retranslate();
}

void TaskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void TaskPanel::retranslate()
{
    m_bar->setAccessibleName(tr("Task progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the task"));
    m_cancel->setAccessibleDescription(tr("Stops the task; what it finished so far is kept"));
    if (!m_cancel->isEnabled() && isVisibleTo(parentWidget()))
        m_detail->setText(tr("Stopping…"));
}

void TaskPanel::start(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_detail->clear();
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    setVisible(true);
}

void TaskPanel::setProgress(qint64 done, qint64 total, const QString &detail)
{
    if (!m_cancel->isEnabled())
        return; // stopping: keep saying so
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(
            static_cast<int>(1000.0 * double(std::clamp<qint64>(done, 0, total)) / double(total)));
    } else {
        m_bar->setRange(0, 0);
    }
    m_detail->setText(
        m_detail->fontMetrics().elidedText(detail, Qt::ElideMiddle, std::max(200, m_detail->width())));
    m_detail->setToolTip(plainToolTip(detail));
}

void TaskPanel::finish()
{
    setVisible(false);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
}

QString TaskPanel::title() const
{
    return m_title->text();
}

QString TaskPanel::detail() const
{
    return m_detail->toolTip();
}

} // namespace Ui
