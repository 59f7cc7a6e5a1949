#include "ui/widgets/messagebar.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Ui {

namespace {

// Breeze's colours for each kind, mixed into the window's own background:
// the bar reads the same in light and dark themes, its text in the theme's.
QColor accentOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return QColor(0x3d, 0xae, 0xe9);
    case MessageBar::Kind::Success:
        return QColor(0x27, 0xae, 0x60);
    case MessageBar::Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case MessageBar::Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

QColor mixed(const QColor &base, const QColor &accent, double share)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - share) + accent.redF() * share),
                            static_cast<float>(base.greenF() * (1 - share) + accent.greenF() * share),
                            static_cast<float>(base.blueF() * (1 - share) + accent.blueF() * share));
}

QStyle::StandardPixmap iconOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return QStyle::SP_MessageBoxInformation;
    case MessageBar::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    case MessageBar::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_detailsButton(new QPushButton(this)),
      m_close(new QToolButton(this)),
      m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setAutoDefault(false);
    m_detailsButton->setObjectName(QStringLiteral("messageDetails"));
    m_detailsButton->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close"),
                                      style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setAutoRaise(true);
    m_hideTimer->setSingleShot(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_hideTimer, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, [this] {
        // Closed by the person: the same message said again stays away.
        m_closedKind = m_kind;
        m_closedText = m_text->text();
        dismiss();
        emit closed();
    });
    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBar::showDetails);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // The action may show another message: keep it alive while it runs.
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
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        present(m_kind);
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setAccessibleName(tr("Details…"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    sayKind();
    if (m_words)
        sayMessage();
}

void MessageBar::sayKind()
{
    switch (m_kind) {
    case Kind::Information:
    case Kind::Success:
        setAccessibleName(tr("Message"));
        break;
    case Kind::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case Kind::Error:
        setAccessibleName(tr("Error"));
        break;
    }
}

void MessageBar::sayMessage()
{
    const QString text = m_words ? m_words() : QString();
    const QString actionText = m_actionWords ? m_actionWords() : QString();
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(u'&'));
    m_action->setVisible(!actionText.isEmpty() && m_onAction);
    setAccessibleDescription(text);
}

void MessageBar::present(Kind kind)
{
    m_kind = kind;
    const QColor accent = accentOf(kind);
    // The theme's window colour, not the bar's own (its style sheet sets that).
    const QColor window = QApplication::palette(this).color(QPalette::Window);
    const QColor background = mixed(window, accent, 0.18);
    // Only the frame is styled; its children keep the theme's look.
    const QString sheet =
        QStringLiteral("Ui--MessageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(background.name(), accent.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconOf(kind), nullptr, this).pixmap(side, side));
    sayKind();
}

void MessageBar::showMessage(Kind kind, Words text, Words actionText, std::function<void()> action)
{
    const QString said = text ? text() : QString();
    // The same message again (a section saying where it stands after every
    // change) is no news: no new announcement, and none after a close.
    const bool again = kind == m_kind && said == m_text->text();
    if (!again || isHidden()) {
        if (kind == m_closedKind && said == m_closedText)
            return;
        m_closedText.clear();
    }
    m_hideTimer->stop();
    m_details.clear();
    m_words = std::move(text);
    m_actionWords = std::move(actionText);
    m_onAction = std::move(action);
    m_detailsButton->setVisible(false);
    present(kind);
    sayMessage();
    if (again && isVisible())
        return;
    setVisible(true);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details)
{
    showMessage(kind, [text] { return text; });
    m_details = details;
    m_detailsButton->setVisible(!details.isEmpty());
}

void MessageBar::setAction(const QString &text, std::function<void()> action)
{
    m_onAction = std::move(action);
    m_actionWords = [text] {
        return text;
    };
    sayMessage();
}

void MessageBar::hideAfter(int ms)
{
    m_hideTimer->start(ms);
}

void MessageBar::dismiss()
{
    m_hideTimer->stop();
    m_onAction = {};
    m_words = {};
    m_actionWords = {};
    m_details.clear();
    m_text->clear();
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
