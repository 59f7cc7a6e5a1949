#include "ui/account/passwordchecklist.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

using Rule = Auth::PasswordPolicy::Rule;

PasswordChecklist::PasswordChecklist(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordChecklist"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    for (const Rule rule : Auth::PasswordPolicy::rules()) {
        auto *line = new QLabel(this);
        line->setObjectName(QStringLiteral("rule_") + Auth::PasswordPolicy::code(rule));
        m_lines.insert(rule, line);
        layout->addWidget(line);
    }
    setPassword(QString());
    retranslate();
}

void PasswordChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordChecklist::retranslate()
{
    setAccessibleName(tr("Password rules"));
    for (const Rule rule : Auth::PasswordPolicy::rules())
        update(rule);
}

QString PasswordChecklist::ruleText(Rule rule)
{
    switch (rule) {
    case Rule::TooShort:
        return tr("At least %n characters", nullptr, Auth::PasswordPolicy::MinimumLength);
    case Rule::HasWhitespace:
        return tr("No spaces");
    case Rule::NoUpper:
        return tr("An upper-case letter");
    case Rule::NoLower:
        return tr("A lower-case letter");
    case Rule::NoDigit:
        return tr("A digit");
    case Rule::NoSymbol:
        return tr("A symbol, such as ! ? # or %");
    }
    return {};
}

void PasswordChecklist::setPassword(const QString &password)
{
    m_broken = Auth::PasswordPolicy::check(password);
    for (const Rule rule : Auth::PasswordPolicy::rules())
        update(rule);
}

bool PasswordChecklist::isMet(Rule rule) const
{
    return !m_broken.contains(rule);
}

QString PasswordChecklist::lineText(Rule rule) const
{
    return m_lines.value(rule)->text();
}

void PasswordChecklist::update(Rule rule)
{
    QLabel *line = m_lines.value(rule);
    const bool met = isMet(rule);
    const QString text = ruleText(rule);
    line->setText((met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
    line->setAccessibleName(met ? tr("Met: %1").arg(text) : tr("Not met: %1").arg(text));
    line->setProperty("met", met);
    line->setStyleSheet(met ? QStringLiteral("QLabel { color: #1e6b2e; }")
                            : QStringLiteral("QLabel { color: #8a1c1c; }"));
}

} // namespace Ui
