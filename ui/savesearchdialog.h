#pragma once

#include "core/watch/watchstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Ui {

// "Save Search…" in the News and Videos sections: a name for the current
// search and, for videos, whether each new match is downloaded by itself,
// and no taller or larger than what.
// Saves into the watch store on OK; a name in use or an empty one is said
// in the dialog, which stays open.
class SaveSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveSearchDialog)

public:
    SaveSearchDialog(Watch::WatchStore &store, Watch::SavedSearch search, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *downloadBox() const { return m_download; }
    QComboBox *maxHeightBox() const { return m_maxHeight; }
    QDoubleSpinBox *maxSizeBox() const { return m_maxSize; }
    QCheckBox *offHoursBox() const { return m_offHours; }

    void accept() override;

signals:
    void saved(const Watch::SavedSearch &search);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Watch::WatchStore &m_store;
    Watch::SavedSearch m_search;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QComboBox *m_download = nullptr;
    QLabel *m_downloadLabel = nullptr;
    // The limits on what is downloaded (videos, with a download rule).
    QComboBox *m_maxHeight = nullptr;
    QLabel *m_maxHeightLabel = nullptr;
    QDoubleSpinBox *m_maxSize = nullptr;
    QLabel *m_maxSizeLabel = nullptr;
    QCheckBox *m_offHours = nullptr;
    QLabel *m_problem;
};

} // namespace Ui
