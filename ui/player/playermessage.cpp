#include "ui/player/playermessage.h"

#include "ui/player/playbackproblem.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Ui {

PlayerMessage::PlayerMessage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_explanation(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("problemHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_explanation->setTextFormat(Qt::PlainText);

    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setMinimumWidth(320);
    m_explanation->setMaximumWidth(620);
    // People copy the package names into a terminal.
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation->setObjectName(QStringLiteral("problemExplanation"));

    auto *retry = new QPushButton(this);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, &PlayerMessage::retryRequested);
    m_retry = retry;

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_heading);
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch();
    explanationRow->addWidget(m_explanation);
    explanationRow->addStretch();
    layout->addLayout(explanationRow);
    layout->addSpacing(8);
    layout->addWidget(retry, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setAutoFillBackground(true);
    retranslate();
}

void PlayerMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerMessage::retranslate()
{
    // The problem's words are the player's, which says them again itself.
    m_retry->setText(tr("&Try Again"));
    m_retry->setAccessibleName(tr("Try Again"));
}

void PlayerMessage::setProblem(const PlaybackProblem &problem, bool canRetry)
{
    m_heading->setText(problem.heading);
    m_explanation->setText(problem.explanation);
    m_retry->setVisible(canRetry);
    setAccessibleName(problem.heading);
    setAccessibleDescription(problem.explanation);
}

QString PlayerMessage::heading() const
{
    return m_heading->text();
}

QString PlayerMessage::explanation() const
{
    return m_explanation->text();
}

} // namespace Ui
