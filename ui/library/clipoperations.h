#pragma once

#include "core/library/clip.h"
#include "ui/widgets/messagebar.h"

#include <QObject>

namespace Library {
class LibraryStore;
}

namespace Ui {

// What is done to the files of chosen clips at once: deleting them (after
// a question that names them and their size), exporting their records and
// writing their EBUCore sidecars. Each ends with a report for the page's
// message bar that says what happened and, on failure, what to do.
class ClipOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipOperations)

public:
    enum class ExportFormat { Csv, Json };

    // dialogParent: where the question opens.
    ClipOperations(Library::LibraryStore &store, QWidget *dialogParent);

    void askToDelete(const QList<Library::Clip> &clips);
    void exportClips(const QList<qint64> &ids, ExportFormat format, const QString &path);
    void writeSidecars(const QList<Library::Clip> &clips);

signals:
    void reported(Ui::MessageBar::Kind kind, const QString &text, const QString &details);
    void deleteAnswered(bool confirmed);
    // After a deletion pass, whatever its outcome: the list has changed.
    void clipsDeleted();

private:
    void deleteClips(const QList<Library::Clip> &clips);

    Library::LibraryStore &m_store;
    QWidget *m_dialogParent;
};

} // namespace Ui
