#include "ui/player/playerstage.h"

#include "ui/player/playbackproblem.h"
#include "ui/player/playercontrols.h"
#include "ui/player/playermessage.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace Ui {

PlayerStage::PlayerStage(PlayerActions &actions, QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_screen(new QStackedWidget(this)),
      m_video(new QVideoWidget(m_screen)),
      m_message(new PlayerMessage(m_screen)),
      m_controls(new PlayerControls(actions, this))
{
    setObjectName(QStringLiteral("playerStage"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("clipTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_video->setMinimumSize(320, 180);
    m_video->setFocusPolicy(Qt::StrongFocus);
    m_video->installEventFilter(this);
    m_message->setObjectName(QStringLiteral("problemPanel"));
    m_screen->addWidget(m_video);
    m_screen->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_screen, 1);
    layout->addWidget(m_controls);
    retranslate();
}

void PlayerStage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerStage::retranslate()
{
    m_video->setAccessibleName(tr("Picture"));
}

void PlayerStage::setTitle(const QString &title)
{
    m_title->setText(title);
    setWindowTitle(title);
}

void PlayerStage::showPicture()
{
    m_screen->setCurrentWidget(m_video);
}

void PlayerStage::showProblem(const PlaybackProblem &problem, bool canRetry)
{
    m_message->setProblem(problem, canRetry);
    m_screen->setCurrentWidget(m_message);
}

void PlayerStage::setFullScreenWindow(bool fullScreen)
{
    if (fullScreen == isFullScreenWindow())
        return;
    setWindowFlag(Qt::Window, fullScreen);
    if (fullScreen) {
        showFullScreen();
        activateWindow();
    } else {
        showNormal();
        show();
    }
    m_video->setFocus();
}

bool PlayerStage::event(QEvent *event)
{
    // Once full screen, the keys must reach the player's shortcuts, which go
    // where the focus is; Qt may settle the activation with no focus at all.
    if (event->type() == QEvent::WindowActivate && isFullScreenWindow()) {
        QTimer::singleShot(0, this, [this] {
            const QWidget *focus = QApplication::focusWidget();
            if (isFullScreenWindow() && isActiveWindow() && (!focus || !isAncestorOf(focus)))
                m_video->setFocus(Qt::ActiveWindowFocusReason);
        });
    }
    return QWidget::event(event);
}

bool PlayerStage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_video && event->type() == QEvent::MouseButtonDblClick) {
        emit pictureDoubleClicked();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ui
