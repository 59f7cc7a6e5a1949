#pragma once

#include "core/library/clip.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Library {
class LibraryStore;
}

namespace Ui {

class PathField;

class EmptyStatePage;
class ShotlistModel;
class ShotlistPanel;
class ThumbnailProvider;

// Everything about the current clip: its picture, the portal's description
// (dates, place, credit, usage terms, shot list with soundbites, copied for a
// script as in the player), the technical format, where the file is, when it
// was last found intact and whether it went to the watch folder;
// and what the person adds: tags, a note (saved when editing finishes) and
// the collections it belongs to.
class ClipDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipDetailPane)

public:
    static constexpr QSize ThumbnailSize {320, 180};

    ClipDetailPane(Library::LibraryStore &store, ThumbnailProvider *thumbnails, QWidget *parent = nullptr);

    // 0: no clip (the pane says to select one).
    void showClip(qint64 id);
    // Reads the clip again, after a task changed it.
    void reload();
    qint64 clipId() const { return m_clip ? m_clip->id : 0; }
    std::optional<Library::Clip> clip() const { return m_clip; }
    // Saves a note still being typed; called before the clip goes away.
    void commitEdits();
    ShotlistPanel *shotlistPanel() const { return m_shotlist; }

signals:
    void clipEdited(qint64 id);
    void collectionsChanged();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildDetails();
    void fill();
    // The clip's texts that follow the language (not what is typed).
    void sayClip();
    void showThumbnail();
    void showCollections();
    void showDelivery();
    void saveTags();
    void saveNote();
    void collectionToggled(QListWidgetItem *item);
    void newCollection();
    void createCollection(const QString &name);

    Library::LibraryStore &m_store;
    ThumbnailProvider *m_thumbnails;
    std::optional<Library::Clip> m_clip;
    QStackedWidget *m_stack;
    QLabel *m_thumbnail;
    QLabel *m_title;
    QLabel *m_published;
    QLabel *m_downloaded;
    QLabel *m_location;
    QLabel *m_credit;
    QLabel *m_usage;
    QLabel *m_format;
    PathField *m_path;
    QLabel *m_status;
    QLabel *m_delivery;
    QFormLayout *m_form = nullptr;
    QLabel *m_description;
    ShotlistModel *m_shotModel;
    ShotlistPanel *m_shotlist;
    QLabel *m_portalTags;
    QLineEdit *m_userTags;
    QPlainTextEdit *m_note;
    QListWidget *m_collections;
    QPushButton *m_newCollection;
    EmptyStatePage *m_none;
    QList<QLabel *> m_rowLabels;
    QLabel *m_shotlistHeading = nullptr;
    QLabel *m_tagsHeading = nullptr;
    QLabel *m_noteHeading = nullptr;
    QLabel *m_collectionsHeading = nullptr;
};

} // namespace Ui
