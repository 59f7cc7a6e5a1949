#pragma once

#include "core/portal/conditions.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {

// The portal's conditions of use, as the person must read them before the
// first download and again when the portal changes them: the text in the
// interface's language, the credit line to print with every use, and
// Accept / Decline. Nothing is recorded here: the caller accepts on
// accepted().
class ConditionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionsDialog)

public:
    // acceptedVersion: the version accepted before, if any ("" for none):
    // the dialog then says the conditions changed.
    ConditionsDialog(const Portal::Conditions &conditions, const QString &acceptedVersion,
                     const QString &language, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_version;
    QString m_creditLine;
    QString m_acceptedVersion;
    QDateTime m_updatedAt;
    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QLabel *m_credit;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
};

} // namespace Ui
