#pragma once

#include "core/catalogue/video.h"
#include "core/downloads/downloadrecord.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace Auth {
class AccountService;
}

namespace Downloads {
class DownloadManager;
}

namespace Portal {
class ConditionsGate;
struct Conditions;
} // namespace Portal

namespace Ui {

class MessageBar;

// Downloads asked for in the Videos section. Queued at once when someone
// is signed in; otherwise the wanted download is kept, signInRequested()
// is emitted, and the same download is queued once signedIn() is called or
// the account service reports a sign-in (a renewal under way is waited
// for). The portal's conditions of use are then asked for, and shown for
// acceptance before the first download and whenever they change. Every outcome is said in the notice bar:
// queued and where, already queued, waiting for a sign-in, or what went wrong.
class VideoDownloads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDownloads)

public:
    // downloads: null without a download queue. account: null when nobody
    // can sign in here (signedIn() must then be called).
    VideoDownloads(Downloads::DownloadManager *downloads, Auth::AccountService *account, MessageBar &notice,
                   const QString &folder, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }
    // The portal's conditions of use, asked for before each download and
    // shown for acceptance when new. Null: nothing to accept.
    void setConditions(Portal::ConditionsGate *conditions) { m_conditions = conditions; }

    void request(const Catalogue::Video &video, const Catalogue::Rendition &rendition);
    // The download waiting for a sign-in: the video and the rendition id.
    std::optional<std::pair<Catalogue::Video, QString>> pending() const;

public slots:
    void signedIn();

signals:
    void signInRequested();
    void queued(const Downloads::DownloadRecord &record);

private:
    struct Pending
    {
        Catalogue::Video video;
        Catalogue::Rendition rendition;
    };
    // Handed to the queue, not yet seen in it.
    struct Awaiting
    {
        QString videoId;
        QString renditionId;
        QString what;
        QSet<qint64> known; // downloads that were there before
    };

    // After the sign-in: the conditions of use, then the queue.
    void queue(const Pending &download);
    void askAcceptance(const Pending &download, const Portal::Conditions &conditions);
    void add(const Pending &download);
    void downloadChanged(const Downloads::DownloadRecord &record);
    void accountStateChanged();

    Downloads::DownloadManager *m_downloads;
    Auth::AccountService *m_account;
    MessageBar &m_notice;
    QString m_folder;
    QTimer *m_timeout;
    Portal::ConditionsGate *m_conditions = nullptr;
    std::optional<Pending> m_pending;
    QList<Awaiting> m_awaiting;
};

} // namespace Ui
