#include "ui/videos/noticebar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace Ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QPushButton(this)),
      m_hideTimer(new QTimer(this))
{
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &NoticeBar::clear);
    setObjectName(QStringLiteral("noticeBar"));
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("noticeAction"));
    m_action->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("noticeClose"));
    m_close->setAutoDefault(false);
    m_close->setFlat(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, [this] {
        // The callback may show another notice: keep it alive while it runs.
        const auto callback = m_callback;
        if (callback)
            callback();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        clear();
        emit closed();
    });
    setVisible(false);
    retranslate();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoticeBar::retranslate()
{
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss this notice"));
    sayKind();
    if (!isHidden())
        sayNotice();
}

void NoticeBar::sayKind()
{
    switch (m_kind) {
    case Kind::Info:
        setAccessibleName(tr("Notice"));
        break;
    case Kind::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case Kind::Error:
        setAccessibleName(tr("Error"));
        break;
    }
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QString &actionText,
                           std::function<void()> action)
{
    showNotice(
        kind, [text] { return text; }, [actionText] { return actionText; }, std::move(action));
}

void NoticeBar::sayNotice()
{
    const QString text = m_text ? m_text() : QString();
    const QString actionText = m_actionText ? m_actionText() : QString();
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(u'&'));
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    setAccessibleDescription(text);
}

void NoticeBar::showNotice(Kind kind, Words text, Words actionText, std::function<void()> action)
{
    m_hideTimer->stop();
    m_kind = kind;
    m_text = std::move(text);
    m_actionText = std::move(actionText);
    m_callback = std::move(action);
    sayNotice();
    switch (kind) {
    case Kind::Info:
        setStyleSheet(QStringLiteral("Ui--NoticeBar { color: #1d3f66; background: #eaf2fb; border: 1px solid "
                                     "#a9c4e4; border-radius: 4px; } QLabel { color: #1d3f66; }"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("Ui--NoticeBar { background: #fff4d6; border: 1px solid #e0c46c; "
                                     "border-radius: 4px; } QLabel { color: #5c4400; }"));
        break;
    case Kind::Error:
        setStyleSheet(QStringLiteral("Ui--NoticeBar { background: #fdecec; border: 1px solid #e3a5a5; "
                                     "border-radius: 4px; } QLabel { color: #8a1c1c; }"));
        break;
    }
    sayKind();
    setVisible(true);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void NoticeBar::hideAfter(int ms)
{
    m_hideTimer->start(ms);
}

void NoticeBar::clear()
{
    m_hideTimer->stop();
    m_label->clear();
    m_callback = {};
    m_text = {};
    m_actionText = {};
    setVisible(false);
}

QString NoticeBar::text() const
{
    return m_label->text();
}

} // namespace Ui
