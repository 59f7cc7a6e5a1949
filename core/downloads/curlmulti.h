#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

class QSocketNotifier;

namespace Downloads {

// libcurl's multi interface driven by the Qt event loop of the thread it
// lives in: curl tells which sockets to watch (QSocketNotifier) and when to
// time out (QTimer); nothing polls and nothing blocks. Handles are added and
// removed here; each finished one is reported with its CURLcode.
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)

public:
    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    void add(CURL *easy);
    // Stops a transfer at once; no finished() for it.
    void remove(CURL *easy);
    int runningCount() const { return m_running; }

signals:
    void finished(CURL *easy, int curlCode);

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *self, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *self);
    void watch(curl_socket_t socket, int what);
    void act(curl_socket_t socket, int events);
    void collect();

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches;
    int m_running = 0;
};

} // namespace Downloads
