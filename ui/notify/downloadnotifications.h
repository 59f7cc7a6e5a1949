#pragma once

#include "core/downloads/downloadrecord.h"

#include <QHash>
#include <QObject>

namespace Downloads {
class DownloadManager;
}

namespace Ui {

class DesktopNotifier;

// Tells the person, without them watching, when a download is done and
// verified, failed, or paused because the disk is full: one notification for
// each such change seen while the application runs (not for what the queue
// already held when it opened).
class DownloadNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadNotifications)

public:
    DownloadNotifications(Downloads::DownloadManager &downloads, DesktopNotifier &notifier,
                          QObject *parent = nullptr);

private:
    void changed(const Downloads::DownloadRecord &record);

    DesktopNotifier &m_notifier;
    // What each download was when last seen, to notify a change once.
    QHash<qint64, QString> m_seen;
};

} // namespace Ui
