#include "ui/library/clipoperations.h"

#include "core/library/ebucore.h"
#include "core/library/librarystore.h"
#include "core/library/librarytasks.h"
#include "ui/library/librarymodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace Ui {

using Kind = MessageBar::Kind;

namespace {

// A question names this many files and counts the rest.
constexpr int NamedInQuestion = 8;

QString fileName(const Library::Clip &clip)
{
    return QFileInfo(clip.filePath).fileName();
}

} // namespace

ClipOperations::ClipOperations(Library::LibraryStore &store, QWidget *dialogParent)
    : QObject(dialogParent), m_store(store), m_dialogParent(dialogParent)
{ }

void ClipOperations::askToDelete(const QList<Library::Clip> &clips)
{
    if (clips.isEmpty())
        return;
    qint64 total = 0;
    QStringList names;
    QStringList paths;
    for (const Library::Clip &clip : clips) {
        total += std::max<qint64>(0, clip.sizeBytes);
        if (names.size() < NamedInQuestion)
            names << fileName(clip);
        paths << QDir::toNativeSeparators(clip.filePath);
    }
    if (clips.size() > NamedInQuestion)
        names << tr("… and %Ln more", nullptr, static_cast<int>(clips.size() - NamedInQuestion));
    const QString question = clips.size() == 1
        ? tr("Delete “%1” (%2) from the disk and from the library?")
              .arg(fileName(clips.first()), LibraryModel::formatSize(total))
        : tr("Delete %Ln clip(s), %1 in all, from the disk and from the library?", nullptr,
             static_cast<int>(clips.size()))
              .arg(LibraryModel::formatSize(total));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete clips"), question, QMessageBox::NoButton,
                                m_dialogParent);
    box->setObjectName(QStringLiteral("deleteQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        (clips.size() > 1 ? names.join(u'\n') + QStringLiteral("\n\n") : QString())
        + tr("The files are deleted for good, with their EBUCore sidecars; their tags, notes and places in "
             "collections are forgotten. This cannot be undone."));
    box->setDetailedText(paths.join(u'\n'));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("deleteConfirm"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, clips] {
        const bool confirmed = box->clickedButton() == yes;
        emit deleteAnswered(confirmed);
        if (confirmed)
            deleteClips(clips);
    });
    box->open();
}

void ClipOperations::deleteClips(const QList<Library::Clip> &clips)
{
    QStringList failures;
    int deleted = 0;
    qint64 freed = 0;
    for (const Library::Clip &clip : clips) {
        QFile file(clip.filePath);
        // A file already gone is what the person wanted; only the record is left to forget.
        if (file.exists() && !file.remove()) {
            failures << tr("%1: %2").arg(QDir::toNativeSeparators(clip.filePath), file.errorString());
            continue;
        }
        freed += std::max<qint64>(0, clip.sizeBytes);
        QFile sidecar(Library::EbuCore::sidecarPath(clip.filePath));
        if (sidecar.exists() && !sidecar.remove())
            failures << tr("%1: %2").arg(QDir::toNativeSeparators(sidecar.fileName()), sidecar.errorString());
        if (const auto removed = m_store.remove(clip.id); !removed) {
            failures << tr("%1: the file is deleted, but the library could not forget the clip: %2")
                            .arg(QDir::toNativeSeparators(clip.filePath), removed.error().message);
            continue;
        }
        ++deleted;
    }
    emit clipsDeleted();
    if (failures.isEmpty()) {
        emit reported(
            Kind::Success,
            tr("Deleted %Ln clip(s); %1 freed.", nullptr, deleted).arg(LibraryModel::formatSize(freed)), {});
        return;
    }
    emit reported(
        Kind::Error,
        tr("%Ln file(s) could not be deleted, so their clips stay in the library. Check that you may "
           "change their folder and that the disk is not read-only, then try again.",
           nullptr, static_cast<int>(failures.size()))
            + (failures.size() == 1 ? u'\n' + failures.first() : QString()),
        failures.join(u'\n'));
}

void ClipOperations::exportClips(const QList<qint64> &ids, ExportFormat format, const QString &path)
{
    if (ids.isEmpty()) {
        emit reported(Kind::Warning, tr("Select the clips to export first."), {});
        return;
    }
    const auto exported = format == ExportFormat::Csv ? Library::LibraryTasks::exportCsv(m_store, ids)
                                                      : Library::LibraryTasks::exportJson(m_store, ids);
    if (!exported) {
        emit reported(Kind::Error, tr("The export could not be prepared: %1").arg(exported.error().message),
                      {});
        return;
    }
    // All or nothing: a half-written export is worse than none.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) != exported.value().size()
        || !file.commit()) {
        emit reported(
            Kind::Error,
            tr("The export could not be written to “%1”: %2. Choose another folder, or make room on "
               "the disk, and export again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            {});
        return;
    }
    emit reported(Kind::Success,
                  tr("Exported %Ln clip(s) to “%1”.", nullptr, static_cast<int>(ids.size()))
                      .arg(QDir::toNativeSeparators(path)),
                  {});
}

void ClipOperations::writeSidecars(const QList<Library::Clip> &clips)
{
    QStringList failures;
    for (const Library::Clip &clip : clips) {
        if (const auto written = Library::LibraryTasks::writeSidecar(clip); !written)
            failures << tr("%1: %2").arg(QDir::toNativeSeparators(clip.filePath), written.error().message);
    }
    const int written = static_cast<int>(clips.size() - failures.size());
    if (failures.isEmpty()) {
        emit reported(
            Kind::Success,
            tr("Wrote %Ln EBUCore sidecar(s), each beside its file as <file>.ebucore.xml.", nullptr, written),
            {});
        return;
    }
    emit reported(
        Kind::Error,
        tr("%Ln sidecar(s) could not be written. Check that you may write to the clips' folders and "
           "that there is room on the disk.",
           nullptr, static_cast<int>(failures.size()))
            + (written > 0 ? u' ' + tr("%Ln other(s) were written.", nullptr, written) : QString()),
        failures.join(u'\n'));
}

} // namespace Ui
