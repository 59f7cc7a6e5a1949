#include "ui/widgets/pathfield.h"

#include "ui/plaintext.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Ui {

PathField::PathField(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_copy(new QToolButton(this))
{
    m_text->setObjectName(QStringLiteral("pathText"));
    m_text->setTextFormat(Qt::PlainText);
    // Reached with Tab and read whole by a screen reader, like the field it replaces.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    // The label takes what room there is and elides; it never asks for more.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(0);
    m_copy->setObjectName(QStringLiteral("pathCopy"));
    m_copy->setIcon(icon(QStringLiteral("copy")));
    m_copy->setAutoRaise(true);
    m_copy->setEnabled(false);
    m_copy->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);

    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_path.isEmpty())
            return;
        QApplication::clipboard()->setText(m_path);
        emit copied(m_path);
    });
    retranslate();
}

void PathField::setPath(const QString &path)
{
    m_path = path;
    m_text->setToolTip(path.isEmpty() ? QString() : plainToolTip(path));
    m_text->setAccessibleName(path);
    m_copy->setEnabled(!path.isEmpty());
    elide();
}

QString PathField::shownText() const
{
    return m_text->text();
}

QSize PathField::minimumSizeHint() const
{
    // Room for an ellipsis and the Copy button; the rest elides.
    const QSize button = m_copy->sizeHint();
    const int text = m_text->fontMetrics().horizontalAdvance(QStringLiteral("…/…"));
    return {text + 2 + button.width(), std::max(button.height(), m_text->sizeHint().height())};
}

void PathField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elide();
}

void PathField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        elide();
    QWidget::changeEvent(event);
}

void PathField::elide()
{
    m_text->setText(m_text->fontMetrics().elidedText(m_path, Qt::ElideMiddle, std::max(0, m_text->width())));
}

void PathField::retranslate()
{
    m_copy->setToolTip(tr("Copy the whole path"));
    m_copy->setAccessibleName(tr("Copy path"));
}

} // namespace Ui
