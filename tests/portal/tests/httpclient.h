#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

namespace PortalTest {

// A synchronous HTTP client on libcurl for the integration suites: exact
// control over the headers sent, every header received (repeated ones too)
// and the bytes of a body that ends early.
struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case, in order
    QByteArray body;
    int curlCode = 0; // 0 = complete; 18 = body shorter than announced...
    double seconds = 0;

    QByteArray header(const QByteArray &name) const; // the last one; empty if none
    int headerCount(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const; // error.code of the contract's error body
};

class HttpClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpReply get(const QUrl &url, const Headers &headers = {}) const;
    HttpReply head(const QUrl &url, const Headers &headers = {}) const;
    HttpReply post(const QUrl &url, const QJsonObject &body, const Headers &headers = {}) const;
    HttpReply postRaw(const QUrl &url, const QByteArray &body, const Headers &headers = {}) const;
    HttpReply patch(const QUrl &url, const QJsonObject &body, const Headers &headers = {}) const;
    HttpReply del(const QUrl &url, const Headers &headers = {}) const;
    HttpReply request(const QByteArray &method, const QUrl &url, const QByteArray *body,
                      const Headers &headers) const;

    static Headers bearer(const QString &accessToken);

    // Gives up on a transfer after this long (stalls and rate caps).
    int timeoutMs = 60'000;
    // The address to send from, e.g. "127.0.0.2": another client to a
    // server that counts per client address (Linux routes all of 127/8 to
    // loopback). Empty: the system's choice.
    QByteArray localAddress;
};

} // namespace PortalTest
