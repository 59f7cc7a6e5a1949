#pragma once

#include "ui/player/scriptblock.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace Ui {

class ShotlistModel;

// A shot list, the one of the player and of the Videos section: a line per
// shot or soundbite; a click (or Enter) on a line asks to go to its tc_in;
// the current shot is kept in view as the clip plays. Shots selected (or all)
// are copied for a script (Ctrl+C, the context menu or the Copy for Script
// button): timecodes, duration, speaker, quote, credit and terms.
class ShotlistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotlistPanel)

public:
    ShotlistPanel(ShotlistModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QToolButton *copyButton() const { return m_copy; }
    // The title, credit, terms and rate a copied block carries.
    void setScriptSource(const ScriptSource &source) { m_source = source; }
    // The selected shots as a block, or every shot when none is selected.
    ScriptBlock scriptBlock() const;
    void copyForScript() const;
    // As tall as its rows, without scrolling of its own (inside a page that
    // scrolls); off: it fills what it is given and scrolls.
    void setFitToContents(bool fit);
    // Where the page says "Shot list" itself.
    void setHeadingVisible(bool visible);
    // Where a window has its own key for Copy for Script (the player's
    // actions): that action is used instead of the list's own.
    void setCopyAction(QAction *action);
    // Says "no shot list" instead of an empty table.
    void setEmpty(bool empty);
    void showRow(int row);

signals:
    void shotChosen(int row);

protected:
    void changeEvent(QEvent *event) override;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fit();
    void nameCopyButton();

    ShotlistModel *m_model;
    QTableView *m_view;
    QLabel *m_none;
    QLabel *m_heading;
    QToolButton *m_copy;
    QAction *m_copyAction;
    ScriptSource m_source;
    bool m_fitToContents = false;
};

} // namespace Ui
