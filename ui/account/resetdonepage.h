#pragma once

#include "ui/account/accountform.h"

class QPushButton;

namespace Ui {

// Confirms a password change, then takes the person back to where they were.
class ResetDonePage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetDonePage)

public:
    explicit ResetDonePage(QWidget *parent = nullptr);

    void start(const QString &email);
    void focusFirstField() override;

signals:
    void continueRequested();

protected:
    void retranslate() override;

private:
    QPushButton *m_continue;
    QString m_email;
};

} // namespace Ui
