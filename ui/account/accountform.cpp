#include "ui/account/accountform.h"

#include "ui/shortcutsdialog.h"

#include <QAccessible>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Ui {

AccountForm::AccountForm(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_intro(new QLabel(this)),
      m_body(new QWidget(this)),
      m_form(new QFormLayout),
      m_extras(new QVBoxLayout),
      m_message(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);

    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);

    m_message->setObjectName(QStringLiteral("message"));
    // The portal's messages, shown as written.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    // Indeterminate: the portal does not tell how long it will take.
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    // Kept in the layout while hidden so that the page does not jump.
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_progress->setVisible(false);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_extras->setContentsMargins(0, 0, 0, 0);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_form);
    bodyLayout->addLayout(m_extras);

    // A readable column in the middle of the page, whatever the window's width.
    auto *column = new QWidget(this);
    column->setMinimumWidth(420);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_intro);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_message);
    columnLayout->addWidget(m_body);
    columnLayout->addWidget(m_progress);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 3);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    describeShortcut(escape, "Ui::AccountForm",
                     QT_TRANSLATE_NOOP("Ui::AccountForm", "Go back (account pages)"));
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_busy)
            emit backRequested();
    });
}

AccountForm::~AccountForm() = default;

void AccountForm::retranslate()
{
    m_progress->setAccessibleName(tr("Working"));
    if (m_messageWords)
        sayMessage();
}

void AccountForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountForm::setHeading(const QString &text)
{
    m_heading->setText(text);
    setAccessibleName(text);
}

QString AccountForm::heading() const
{
    return m_heading->text();
}

QString AccountForm::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void AccountForm::focusFirstField()
{
    // The first control of the form in tab order that takes the keyboard.
    for (QWidget *next = m_body->nextInFocusChain(); next && next != m_body;
         next = next->nextInFocusChain()) {
        if (m_body->isAncestorOf(next) && next->isEnabled() && next->isVisibleTo(this)
            && (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void AccountForm::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
}

void AccountForm::setBusy(bool busy, const QString &what)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    QWidget *focused = focusWidget();
    m_body->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setAccessibleDescription(what);
    if (busy)
        clearMessage();
    busyChanged(busy);
    // Disabling the form took the focus away; give it back where it was.
    // (Unless the answer moved on to another page meanwhile.)
    if (!busy && focused && focused->isEnabled() && focused->isVisible())
        focused->setFocus();
}

void AccountForm::busyChanged(bool) { }

void AccountForm::showError(Words words)
{
    showMessage(std::move(words), true);
}

void AccountForm::showNotice(Words words)
{
    showMessage(std::move(words), false);
}

void AccountForm::showError(const QString &text)
{
    showMessage([text] { return text; }, true);
}

void AccountForm::showNotice(const QString &text)
{
    showMessage([text] { return text; }, false);
}

void AccountForm::clearMessage()
{
    m_messageWords = {};
    m_message->clear();
    m_message->setVisible(false);
}

void AccountForm::sayMessage()
{
    const QString text = m_messageWords();
    m_message->setText(text);
    m_message->setAccessibleName(m_message->property("error").toBool() ? tr("Error") : tr("Notice"));
    m_message->setAccessibleDescription(text);
}

void AccountForm::showMessage(Words words, bool error)
{
    if (!words || words().isEmpty()) {
        clearMessage();
        return;
    }
    m_messageWords = std::move(words);
    m_message->setProperty("error", error);
    sayMessage();
    m_message->setStyleSheet(error
                                 ? QStringLiteral("QLabel { color: #8a1c1c; background: #fdecec; border: 1px "
                                                  "solid #e3a5a5; border-radius: 4px; padding: 6px; }")
                                 : QStringLiteral("QLabel { color: #1d3f66; background: #eaf2fb; border: 1px "
                                                  "solid #a9c4e4; border-radius: 4px; padding: 6px; }"));
    m_message->setVisible(true);
    // Screen readers announce the message without moving the focus to it.
    QAccessibleEvent alert(m_message, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QLabel *AccountForm::addFieldNote(const QString &objectName)
{
    auto *note = new QLabel(m_body);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    note->setVisible(false);
    return note;
}

void AccountForm::setFieldNote(QLabel *note, const QString &text)
{
    note->setTextFormat(Qt::PlainText);
    note->setText(text);
    note->setAccessibleName(text);
    note->setVisible(!text.isEmpty());
}

void AccountForm::makeLinkButton(QPushButton *button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(false);
    button->setStyleSheet(
        QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: "
                       "none; padding: 2px; text-align: left; }"
                       "QPushButton:focus { outline: 1px dotted; }"));
}

} // namespace Ui
