#include "ui/library/messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Ui {

namespace {

QString styleFor(MessageBar::Kind kind)
{
    // Tinted rather than saturated: readable in light and dark themes alike.
    QString colours;
    switch (kind) {
    case MessageBar::Kind::Information:
        colours = QStringLiteral("color: #10324f; background: #e3effa; border: 1px solid #9cc2e5;");
        break;
    case MessageBar::Kind::Success:
        colours = QStringLiteral("color: #163d21; background: #e4f4e8; border: 1px solid #9fd1ac;");
        break;
    case MessageBar::Kind::Warning:
        colours = QStringLiteral("color: #5c4400; background: #fff4d6; border: 1px solid #e0c46c;");
        break;
    case MessageBar::Kind::Error:
        colours = QStringLiteral("color: #5f1414; background: #fde8e8; border: 1px solid #e8a3a3;");
        break;
    }
    return QStringLiteral("Ui--MessageBar { %1 border-radius: 4px; } Ui--MessageBar QLabel { color: inherit; "
                          "background: transparent; border: none; }")
        .arg(colours);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_detailsButton(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_detailsButton->setObjectName(QStringLiteral("messageDetails"));
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBar::showDetails);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto action = m_onAction;
        dismiss();
        if (action)
            action();
    });
    setVisible(false);
    retranslate();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setAccessibleName(tr("Details…"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    sayKind();
}

void MessageBar::sayKind()
{
    setAccessibleName(m_kind == Kind::Error         ? tr("Error")
                          : m_kind == Kind::Warning ? tr("Warning")
                                                    : tr("Message"));
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_details = details;
    m_onAction = {};
    setStyleSheet(styleFor(kind));
    m_text->setText(text);
    m_detailsButton->setVisible(!details.isEmpty());
    m_action->setVisible(false);
    sayKind();
    setAccessibleDescription(text);
    setVisible(true);
}

void MessageBar::setAction(const QString &text, std::function<void()> action)
{
    m_onAction = std::move(action);
    m_action->setText(text);
    m_action->setAccessibleName(QString(text).remove(u'&'));
    m_action->setVisible(true);
}

void MessageBar::dismiss()
{
    m_onAction = {};
    setVisible(false);
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::showDetails()
{
    auto *box = new QMessageBox(m_kind == Kind::Error ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Details"), m_text->text(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("messageDetailsBox"));
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(m_details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Ui
