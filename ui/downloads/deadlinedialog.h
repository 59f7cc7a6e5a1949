#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;

namespace Ui {

// "Needed by": when a download must be here (an edit, a bulletin). OK sets
// it, Clear Deadline removes it.
class DeadlineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineDialog)

public:
    // current: the download's deadline, or invalid; now: the clock's time.
    DeadlineDialog(const QString &name, const QDateTime &current, const QDateTime &now,
                   QWidget *parent = nullptr);

    QDateTimeEdit *editor() const { return m_edit; }
    // What was chosen: a time, or invalid after Clear Deadline.
    QDateTime chosen() const { return m_chosen; }

private:
    QDateTimeEdit *m_edit;
    QDateTime m_chosen;
};

} // namespace Ui
