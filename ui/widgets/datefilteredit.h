#pragma once

#include <QDateEdit>

namespace Ui {

// A date edit for a filter bar. Tab leaves it for the next control, as it
// leaves every other one: a plain QDateEdit spends Tab on its day, month and
// year, and while it shows its special text ("Any date") Tab never leaves it
// at all, which traps a person who works with the keyboard. The arrow keys
// still move between day, month and year.
class DateFilterEdit final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace Ui
