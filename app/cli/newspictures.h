#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Catalogue {
class ThumbnailCache;
}

namespace Cli {

// The pictures a news sync found, fetched into the cache the desktop
// application reads (News::imageCacheFolder) before the command ends, so
// that what was synced here also reads complete offline. When the cache
// cannot be opened (the desktop application holds it while it runs), the
// pictures are left to that application.
class NewsPictures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsPictures)

public:
    struct Outcome
    {
        bool cacheAvailable = true;
        int kept = 0; // in the cache now, fetched or already there
        int failed = 0;
        QString firstError;
    };

    NewsPictures(QNetworkAccessManager &network, const QString &folder, QObject *parent = nullptr);
    ~NewsPictures() override;

    void add(const QList<QUrl> &urls);
    // Calls `done` once every picture added so far has an answer.
    void whenDone(std::function<void(Outcome)> done);

private:
    void settle();

    Catalogue::ThumbnailCache *m_cache;
    bool m_known = false; // whether the cache said it can keep pictures
    QSet<QUrl> m_seen;
    QList<QUrl> m_waiting; // until m_known
    QSet<QUrl> m_pending;
    Outcome m_outcome;
    std::function<void(Outcome)> m_done;
};

} // namespace Cli
