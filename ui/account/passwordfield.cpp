#include "ui/account/passwordfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Ui {

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_toggle(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    // No input method suggestions or history for a secret.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_toggle->setObjectName(QStringLiteral("revealButton"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);
    setRevealed(false);

    connect(m_toggle, &QToolButton::toggled, this, &PasswordField::setRevealed);
    connect(m_edit, &QLineEdit::textChanged, this, &PasswordField::textChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &PasswordField::returnPressed);
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::setAccessibleTexts(const QString &name, const QString &description)
{
    m_edit->setAccessibleName(name);
    m_edit->setAccessibleDescription(description);
    setAccessibleName(name);
}

bool PasswordField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void PasswordField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_toggle->isChecked() != revealed)
        m_toggle->setChecked(revealed);
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(revealed ? tr("Hide the password") : tr("Show the password"));
    m_toggle->setToolTip(m_toggle->accessibleName());
}

void PasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordField::retranslate()
{
    // The field's own names are its owner's (setAccessibleTexts); the button's follow its state.
    setRevealed(isRevealed());
}

} // namespace Ui
