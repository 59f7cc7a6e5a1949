#include "ui/emptystatepage.h"

#include "ui/uiresources.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

EmptyStatePage::EmptyStatePage(const QString &iconName, const QString &heading, const QString &explanation,
                               QWidget *parent)
    : QWidget(parent),
      m_action(new QPushButton(this)),
      m_icon(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_explanation(new QLabel(this))
{
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setDefault(true);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStatePage::actionTriggered);
    m_icon->setPixmap(icon(iconName).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));

    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    // A word-wrapped label has no natural width; give it a readable measure.
    m_explanation->setMinimumWidth(420);
    m_explanation->setMaximumWidth(560);
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_heading, 0, Qt::AlignHCenter);
    // Centred by stretches rather than an alignment flag, which would stop the
    // layout from giving the wrapped text the height it needs.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch();
    explanationRow->addWidget(m_explanation);
    explanationRow->addStretch();
    layout->addLayout(explanationRow);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    setTexts(heading, explanation);
}

void EmptyStatePage::setTexts(const QString &heading, const QString &explanation)
{
    m_heading->setText(heading);
    m_explanation->setText(explanation);
    m_icon->setAccessibleName(heading);
    setAccessibleName(heading);
    setAccessibleDescription(explanation);
}

void EmptyStatePage::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setAccessibleName(QString(text).remove(u'&'));
    m_action->setVisible(!text.isEmpty());
}

QString EmptyStatePage::heading() const
{
    return m_heading->text();
}

QString EmptyStatePage::explanation() const
{
    return m_explanation->text();
}

} // namespace Ui
