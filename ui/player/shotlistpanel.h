#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Ui {

class ShotlistModel;

// The shot list beside the picture: a line per shot or soundbite; a click
// (or Enter) on a line asks to go to its tc_in; the current shot is kept in
// view as the clip plays.
class ShotlistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotlistPanel)

public:
    ShotlistPanel(ShotlistModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Says "no shot list" instead of an empty table.
    void setEmpty(bool empty);
    void showRow(int row);

signals:
    void shotChosen(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ShotlistModel *m_model;
    QTableView *m_view;
    QLabel *m_none;
    QLabel *m_heading;
};

} // namespace Ui
