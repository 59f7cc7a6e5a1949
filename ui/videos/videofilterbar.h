#pragma once

#include "core/catalogue/cataloguestore.h"
#include "ui/videos/videosmodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Ui {

// The row above the catalogue: search (sent a moment after the last key
// press), tag, date range, grid or list, and refresh.
class VideoFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoFilterBar)

public:
    explicit VideoFilterBar(QWidget *parent = nullptr);

    VideoFilter filter() const;
    // Clears every filter; filterChanged follows once.
    void clearFilter();
    void setTags(const QList<Catalogue::TagCount> &tags);
    void setGridMode(bool grid);
    bool isGridMode() const;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagBox() const { return m_tags; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QToolButton *refreshButton() const { return m_refresh; }
    QToolButton *saveSearchButton() const { return m_save; }

    static constexpr int SearchDelayMs = 350;

signals:
    void filterChanged(const Ui::VideoFilter &filter);
    void gridModeChanged(bool grid);
    void refreshRequested();
    void saveSearchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void changed();
    void setUpDateEdit(QDateEdit *edit, const QString &objectName);

    QLineEdit *m_search;
    QComboBox *m_tags;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_grid;
    QToolButton *m_list;
    QToolButton *m_refresh;
    QToolButton *m_save;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QTimer *m_searchDelay;
    VideoFilter m_last;
    bool m_quiet = false;
};

} // namespace Ui
