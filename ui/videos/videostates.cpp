#include "ui/videos/videostates.h"

#include "core/downloads/downloadmanager.h"
#include "core/library/librarystore.h"
#include "core/util/logging.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Ui {

namespace {

int rank(VideoStates::Kind kind)
{
    return static_cast<int>(kind);
}

// Of two clips of one rendition, the one checked good says most.
bool better(Library::Status a, Library::Status b)
{
    const auto score = [](Library::Status status) {
        switch (status) {
        case Library::Status::Ok:
            return 3;
        case Library::Status::Unverified:
            return 2;
        case Library::Status::Corrupt:
            return 1;
        case Library::Status::Missing:
            return 0;
        }
        return 0;
    };
    return score(a) > score(b);
}

VideoStates::State heldState(Library::Status status)
{
    switch (status) {
    case Library::Status::Ok:
        return {VideoStates::Kind::Verified, -1};
    case Library::Status::Unverified:
        return {VideoStates::Kind::InLibrary, -1};
    case Library::Status::Corrupt:
    case Library::Status::Missing:
        // Its file is gone or damaged: not something to count on.
        return {};
    }
    return {};
}

} // namespace

VideoStates::VideoStates(QObject *parent) : QObject(parent) { }

void VideoStates::setDownloads(Downloads::DownloadManager *downloads)
{
    if (m_downloads)
        disconnect(m_downloads, nullptr, this, nullptr);
    m_downloads = downloads;
    m_queue.clear();
    if (!downloads)
        return;
    connect(downloads, &Downloads::DownloadManager::changed, this, &VideoStates::take);
    connect(downloads, &Downloads::DownloadManager::removed, this, &VideoStates::forget);
    connect(downloads, &Downloads::DownloadManager::progress, this,
            [this](qint64 id, qint64 done, qint64 size, double) { progress(id, done, size); });
    connect(downloads, &Downloads::DownloadManager::started, this, [this] {
        for (const Downloads::DownloadRecord &record : m_downloads->downloads())
            take(record);
    });
    // A finished download enters the library by itself (DownloadIntake);
    // its clip is read when the library tells, or at the next refresh.
    for (const Downloads::DownloadRecord &record : downloads->downloads())
        take(record);
}

void VideoStates::setLibrary(Library::LibraryStore *library)
{
    m_library = library;
    refreshLibrary();
}

void VideoStates::refreshLibrary()
{
    QHash<QString, QHash<QString, Library::Status>> held;
    if (m_library) {
        auto holdings = m_library->holdings();
        if (!holdings) {
            qCWarning(lcApp) << "library holdings:" << holdings.error().message;
            return;
        }
        for (const Library::Holding &holding : holdings.value()) {
            auto &renditions = held[holding.videoId];
            const auto found = renditions.constFind(holding.renditionId);
            if (found == renditions.constEnd() || better(holding.status, *found))
                renditions.insert(holding.renditionId, holding.status);
        }
    }
    QSet<QString> touched;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (m_held.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        if (!held.contains(it.key()))
            touched.insert(it.key());
    }
    m_held = std::move(held);
    for (const QString &videoId : std::as_const(touched))
        emit changed(videoId);
}

void VideoStates::take(const Downloads::DownloadRecord &record)
{
    if (record.videoId.isEmpty())
        return;
    if (record.state == Downloads::State::Completed) {
        // Done: the library says the rest once the clip is in it.
        if (m_queue.remove(record.id) > 0)
            emit changed(record.videoId);
        return;
    }
    Download &download = m_queue[record.id];
    const State before = stateOf(download);
    const bool known = !download.videoId.isEmpty();
    download.videoId = record.videoId;
    download.renditionId = record.renditionId;
    download.state = record.state;
    download.bytesDone = record.bytesDone;
    download.sizeBytes = record.sizeBytes;
    if (!known || stateOf(download) != before)
        emit changed(record.videoId);
}

void VideoStates::progress(qint64 id, qint64 bytesDone, qint64 sizeBytes)
{
    const auto found = m_queue.find(id);
    if (found == m_queue.end())
        return;
    const State before = stateOf(*found);
    found->bytesDone = bytesDone;
    if (sizeBytes > 0)
        found->sizeBytes = sizeBytes;
    // Progress reports come often; a view hears of whole percents.
    if (stateOf(*found) != before)
        emit changed(found->videoId);
}

void VideoStates::forget(qint64 id)
{
    const auto found = m_queue.find(id);
    if (found == m_queue.end())
        return;
    const QString videoId = found->videoId;
    m_queue.erase(found);
    emit changed(videoId);
}

VideoStates::State VideoStates::stateOf(const Download &download)
{
    switch (download.state) {
    case Downloads::State::Queued:
        return {Kind::Queued, -1};
    case Downloads::State::Active:
        return {Kind::Downloading,
                download.sizeBytes > 0 ? static_cast<int>(
                    std::clamp<qint64>(download.bytesDone * 100 / download.sizeBytes, 0, 100))
                                       : -1};
    case Downloads::State::Paused:
        return {Kind::Paused, -1};
    case Downloads::State::Failed:
    case Downloads::State::Corrupt:
        return {Kind::Failed, -1};
    case Downloads::State::Completed:
        return {};
    }
    return {};
}

VideoStates::State VideoStates::stronger(State a, State b)
{
    return rank(b.kind) > rank(a.kind) ? b : a;
}

VideoStates::State VideoStates::ofVideo(const QString &videoId) const
{
    State state;
    if (const auto held = m_held.constFind(videoId); held != m_held.constEnd()) {
        for (const Library::Status status : *held)
            state = stronger(state, heldState(status));
    }
    for (const Download &download : m_queue) {
        if (download.videoId == videoId)
            state = stronger(state, stateOf(download));
    }
    return state;
}

VideoStates::State VideoStates::ofRendition(const QString &videoId, const QString &renditionId) const
{
    State state;
    if (const auto held = m_held.constFind(videoId); held != m_held.constEnd()) {
        if (const auto status = held->constFind(renditionId); status != held->constEnd())
            state = heldState(*status);
    }
    for (const Download &download : m_queue) {
        if (download.videoId == videoId && download.renditionId == renditionId)
            state = stronger(state, stateOf(download));
    }
    return state;
}

QString VideoStates::text(State state)
{
    switch (state.kind) {
    case Kind::None:
        return {};
    case Kind::InLibrary:
        return tr("✓ In library");
    case Kind::Verified:
        return tr("✓ Verified");
    case Kind::Queued:
        return tr("Queued");
    case Kind::Paused:
        return tr("Paused");
    case Kind::Downloading:
        return state.percent >= 0
            ? tr("↓ %1").arg(QLocale().toString(state.percent) + QStringLiteral("\u202f%"))
            : tr("↓ Downloading");
    case Kind::Failed:
        return tr("Failed");
    }
    return {};
}

QString VideoStates::words(State state)
{
    switch (state.kind) {
    case Kind::None:
        return {};
    case Kind::InLibrary:
        return tr("In the library");
    case Kind::Verified:
        return tr("In the library, verified");
    case Kind::Queued:
        return tr("Queued");
    case Kind::Paused:
        return tr("Paused");
    case Kind::Downloading:
        return state.percent >= 0 ? tr("Downloading, %1").arg(QLocale().toString(state.percent) + u'%')
                                  : tr("Downloading");
    case Kind::Failed:
        return tr("Download failed");
    }
    return {};
}

} // namespace Ui
