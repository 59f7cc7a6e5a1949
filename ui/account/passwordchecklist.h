#pragma once

#include "core/auth/passwordpolicy.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace Ui {

// The portal's password rules as a list that follows the typing: each rule
// says in words and with a ✓ or ✗ whether the password meets it, so that the
// state does not depend on colour alone.
class PasswordChecklist final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChecklist)

public:
    explicit PasswordChecklist(QWidget *parent = nullptr);

    void setPassword(const QString &password);
    bool isAcceptable() const { return m_broken.isEmpty(); }
    bool isMet(Auth::PasswordPolicy::Rule rule) const;
    // The text of a rule as the checklist shows it, without the mark.
    static QString ruleText(Auth::PasswordPolicy::Rule rule);
    // What a person reads on the rule's line, mark included.
    QString lineText(Auth::PasswordPolicy::Rule rule) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update(Auth::PasswordPolicy::Rule rule);

    QMap<Auth::PasswordPolicy::Rule, QLabel *> m_lines;
    QList<Auth::PasswordPolicy::Rule> m_broken;
};

} // namespace Ui
