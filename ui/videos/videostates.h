#pragma once

#include "core/downloads/downloadrecord.h"
#include "core/library/clip.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Downloads {
class DownloadManager;
}
namespace Library {
class LibraryStore;
}

namespace Ui {

// What is already on this computer of each portal video and what is on its
// way: the library's clips and the download queue, followed as they change,
// so that every place a video appears can say it at a glance.
class VideoStates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoStates)

public:
    // From the least to the most pressing: a video shows the most pressing
    // state of its renditions.
    enum class Kind { None, InLibrary, Verified, Queued, Paused, Downloading, Failed };
    struct State
    {
        Kind kind = Kind::None;
        int percent = -1; // Downloading, when the size is known
        bool operator==(const State &) const = default;
    };

    explicit VideoStates(QObject *parent = nullptr);

    void setDownloads(Downloads::DownloadManager *downloads);
    void setLibrary(Library::LibraryStore *library);

    State ofVideo(const QString &videoId) const;
    State ofRendition(const QString &videoId, const QString &renditionId) const;

    // "✓ Verified", "↓ 42 %", "Queued", … in the language in use now; empty for None.
    static QString text(State state);
    // One word for a column or an accessible name: "Verified", "Downloading 42 %".
    static QString words(State state);

public slots:
    // Reads the library's clips again (after a download entered it, a check,
    // a removal).
    void refreshLibrary();

signals:
    void changed(const QString &videoId);

private:
    struct Download
    {
        QString videoId;
        QString renditionId;
        Downloads::State state = Downloads::State::Queued;
        qint64 bytesDone = 0;
        qint64 sizeBytes = -1;
    };
    static State stateOf(const Download &download);
    static State stronger(State a, State b);
    void take(const Downloads::DownloadRecord &record);
    void progress(qint64 id, qint64 bytesDone, qint64 sizeBytes);
    void forget(qint64 id);

    QPointer<Downloads::DownloadManager> m_downloads;
    Library::LibraryStore *m_library = nullptr;
    QHash<qint64, Download> m_queue;
    // videoId → renditionId → the best status among its clips.
    QHash<QString, QHash<QString, Library::Status>> m_held;
};

} // namespace Ui
