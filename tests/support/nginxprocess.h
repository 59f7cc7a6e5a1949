#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace TestSupport {

struct LoggedRequest;

// nginx (Debian's nginx-light) serving a content folder's media/ on a free
// loopback port with the secure_link configuration of docs/portal-server.md:
// links signed by `mmdesk-portal --media-base-url URL --media-secret S` work,
// forged ones get 403 and expired ones 410; the folder's files/ as plain
// public files under /files/; and /redirect?to=URL answers 302 to URL.
// Stopped when destroyed.
class NginxProcess final
{
public:
    NginxProcess() = default;
    ~NginxProcess();
    NginxProcess(const NginxProcess &) = delete;
    NginxProcess &operator=(const NginxProcess &) = delete;

    // Whether nginx is installed here (tests may skip without it).
    static QString executable();

    // Starts nginx and waits until it answers. Returns an error text, or an
    // empty string on success.
    enum class Tls {
        Off, // plain HTTP/1.1
        Http2, // HTTPS offering HTTP/2 (ALPN), with a certificate of its own
    };

    // limitRate: nginx's limit_rate, bytes per second per connection (0: none).
    QString start(const QString &contentDir, const QByteArray &secret, qint64 limitRate = 0,
                  Tls tls = Tls::Off);
    void stop();

    quint16 port() const { return m_port; }
    // http(s)://127.0.0.1:PORT/media: what the portal's --media-base-url takes.
    QUrl mediaBaseUrl() const;
    // With Tls::Http2: the server's self-signed certificate (PEM), the one
    // authority a client of it must trust.
    QString certificatePath() const;
    // One line per request: "<connection number> <protocol> range=<Range>",
    // e.g. "3 HTTP/2.0 range=bytes=0-1023".
    QStringList protocols() const;
    // The access log so far, in the reference portal's request log form
    // (Range, If-Range and the answer's ETag included; "-" when absent).
    QList<LoggedRequest> requests() const;

private:
    QTemporaryDir m_run;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace TestSupport
