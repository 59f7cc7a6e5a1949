#include "ui/player/playercontrols.h"

#include "ui/player/playeractions.h"
#include "ui/player/seekbar.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
    button->setAutoRaise(true);
    button->setIconSize(QSize(22, 22));
    if (action->icon().isNull())
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Its name is its action's, whatever the language or the state ("Play", "Pause").
    const auto name = [button, action] {
        button->setAccessibleName(QString(action->text()).remove(u'&'));
    };
    name();
    QObject::connect(action, &QAction::changed, button, name);
    return button;
}

} // namespace

PlayerControls::PlayerControls(PlayerActions &actions, QWidget *parent)
    : QWidget(parent),
      m_seekBar(new SeekBar(this)),
      m_timecode(new QLabel(this)),
      m_inOut(new QLabel(this)),
      m_proxy(new QLabel(this)),
      m_download(new QToolButton(this)),
      m_shuttle(new QLabel(this)),
      m_info(new QLabel(this)),
      m_volume(new QSlider(Qt::Horizontal, this))
{
    m_seekBar->setObjectName(QStringLiteral("seekBar"));
    m_seekBar->setRange(0, 0);
    m_seekBar->setSingleStep(40);
    m_seekBar->setPageStep(5000);
    // Arrow keys step frames everywhere in the player, the seek bar included.
    m_seekBar->setFocusPolicy(Qt::ClickFocus);
    connect(m_seekBar, &QSlider::sliderMoved, this, [this](int value) { emit seekRequested(value); });
    connect(m_seekBar, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks in the groove jump by a page; follow where the slider goes.
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            emit seekRequested(m_seekBar->sliderPosition());
    });

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_timecode->setFont(mono);
    m_timecode->setObjectName(QStringLiteral("timecodeLabel"));
    m_timecode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shuttle->setObjectName(QStringLiteral("shuttleLabel"));
    m_shuttle->setMinimumWidth(m_shuttle->fontMetrics().horizontalAdvance(QStringLiteral("◀◀ 4× ")));
    m_inOut->setObjectName(QStringLiteral("inOutLabel"));
    m_inOut->setTextFormat(Qt::PlainText);
    m_inOut->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont smallMono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_inOut->setFont(smallMono);
    m_inOut->hide();
    // A badge: the picture is the streamed proxy, not the broadcast file.
    m_proxy->setObjectName(QStringLiteral("proxyBadge"));
    m_proxy->setTextFormat(Qt::PlainText);
    m_proxy->setAutoFillBackground(true);
    m_proxy->setBackgroundRole(QPalette::Highlight);
    m_proxy->setForegroundRole(QPalette::HighlightedText);
    m_proxy->setContentsMargins(5, 1, 5, 1);
    QFont badgeFont = m_proxy->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    m_proxy->setFont(badgeFont);
    m_proxy->hide();
    m_download->setObjectName(QStringLiteral("playerDownloadButton"));
    m_download->setIcon(QIcon::fromTheme(QStringLiteral("download")));
    m_download->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_download->setPopupMode(QToolButton::InstantPopup);
    m_download->setAutoRaise(true);
    m_download->hide();
    m_info->setObjectName(QStringLiteral("formatLabel"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setForegroundRole(QPalette::PlaceholderText);

    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(110);
    connect(m_volume, &QSlider::valueChanged, this, &PlayerControls::volumeChanged);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : {actions.previousFrame, actions.shuttleReverse, actions.playPause,
                            actions.shuttleForward, actions.nextFrame})
        buttons->addWidget(buttonFor(action, this));
    buttons->addSpacing(10);
    buttons->addWidget(m_timecode);
    buttons->addSpacing(8);
    buttons->addWidget(m_shuttle);
    buttons->addSpacing(8);
    buttons->addWidget(m_inOut);
    buttons->addStretch(1);
    buttons->addWidget(m_proxy);
    buttons->addWidget(m_info);
    buttons->addSpacing(8);
    buttons->addWidget(m_download);
    buttons->addWidget(buttonFor(actions.saveFrame, this));
    buttons->addWidget(buttonFor(actions.mute, this));
    buttons->addWidget(m_volume);
    buttons->addWidget(buttonFor(actions.fullScreen, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_seekBar);
    layout->addLayout(buttons);
    retranslate();
}

void PlayerControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerControls::retranslate()
{
    m_seekBar->setAccessibleName(tr("Position in the clip"));
    m_timecode->setAccessibleName(tr("Timecode"));
    m_shuttle->setAccessibleName(tr("Shuttle speed"));
    m_info->setAccessibleName(tr("Clip format"));
    m_volume->setAccessibleName(tr("Volume"));
    m_inOut->setAccessibleName(tr("In and out points"));
    m_inOut->setToolTip(tr("Set with I and O; Ctrl+Shift+C copies them, Ctrl+Shift+X clears them"));
    m_download->setText(tr("Download…"));
    m_download->setAccessibleName(tr("Download"));
    m_download->setToolTip(tr("Download a broadcast rendition of this video"));
}

void PlayerControls::setProxyBadge(const QString &text, const QString &toolTip)
{
    m_proxy->setText(text);
    m_proxy->setToolTip(toolTip);
    m_proxy->setAccessibleName(toolTip);
    m_proxy->setVisible(!text.isEmpty());
}

void PlayerControls::setInOutText(const QString &text)
{
    m_inOut->setText(text);
    m_inOut->setVisible(!text.isEmpty());
}

void PlayerControls::setDownloadMenu(QMenu *menu)
{
    m_download->setMenu(menu);
    m_download->setVisible(menu && !menu->isEmpty());
}

void PlayerControls::setDuration(qint64 ms)
{
    m_seekBar->setRange(0, int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void PlayerControls::setPosition(qint64 ms)
{
    if (!m_seekBar->isSliderDown())
        m_seekBar->setValue(int(std::min<qint64>(ms, m_seekBar->maximum())));
}

void PlayerControls::setTimecode(const QString &current, const QString &total)
{
    m_timecode->setText(total.isEmpty() ? current : current + QStringLiteral(" / ") + total);
}

void PlayerControls::setShuttleText(const QString &text)
{
    m_shuttle->setText(text);
}

void PlayerControls::setInfo(const QString &text)
{
    m_info->setText(text);
}

int PlayerControls::volume() const
{
    return m_volume->value();
}

void PlayerControls::setVolume(int percent)
{
    m_volume->setValue(percent);
}

} // namespace Ui
