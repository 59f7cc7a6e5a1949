#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace TestSupport {

// A small HTTP/1.1 server on 127.0.0.1 for tests that need answers the
// reference portal does not give (a busy server, a late answer, a picture
// for every path). Each request is answered by `handler`, once, and the
// connection closed; an answer may be held back for a while.
class LoopbackHttpServer final : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QString target; // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1") + target); }
    };

    struct Answer
    {
        QByteArray status = "200 OK";
        QByteArray contentType = "application/octet-stream";
        QByteArray body;
        QByteArray extraHeaders; // whole lines, each ending in \r\n
        int delayMs = 0;
    };

    using Handler = std::function<Answer(const Request &)>;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr);
    // Sockets still open are closed without calling back into a half-destroyed server.
    ~LoopbackHttpServer() override;

    bool listen();
    QUrl url(const QString &target) const;
    // Requests answered or being answered: all of them, or those for `path`.
    int requests() const { return m_total; }
    int requests(const QString &path) const { return m_byPath.value(path); }

private:
    void read(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_byPath;
    int m_total = 0;
};

} // namespace TestSupport
