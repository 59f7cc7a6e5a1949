#include "tests/portal/tests/httpclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <curl/curl.h>

#include <memory>

namespace PortalTest {

namespace {
size_t onBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<HttpReply *>(user)->body.append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *reply = static_cast<HttpReply *>(user);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        reply->headers.clear(); // a new response (after 100 Continue)
    } else {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}
} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    QByteArray value;
    for (const auto &[key, v] : headers) {
        if (key == name.toLower())
            value = v;
    }
    return value;
}

int HttpReply::headerCount(const QByteArray &name) const
{
    int n = 0;
    for (const auto &[key, v] : headers)
        n += key == name.toLower() ? 1 : 0;
    return n;
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

HttpClient::Headers HttpClient::bearer(const QString &accessToken)
{
    return {{"Authorization", "Bearer " + accessToken.toUtf8()}};
}

HttpReply HttpClient::request(const QByteArray &method, const QUrl &url, const QByteArray *body,
                              const Headers &headers) const
{
    HttpReply reply;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    const QByteArray urlBytes = url.toEncoded();
    curl_easy_setopt(curl.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &reply);
    curl_easy_setopt(curl.get(), CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl.get(), CURLOPT_HEADERDATA, &reply);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    if (!localAddress.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_INTERFACE, localAddress.constData());
    // Test certificates are self-signed.
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl.get(), CURLOPT_SSL_VERIFYHOST, 0L);
    if (method == "HEAD") {
        curl_easy_setopt(curl.get(), CURLOPT_NOBODY, 1L);
    } else if (method != "GET") {
        curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, method.constData());
    }
    if (body) {
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body->constData());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    }
    curl_slist *list = nullptr;
    QList<QByteArray> lines;
    for (const auto &[name, value] : headers)
        lines.append(name + ": " + value);
    if (body)
        lines.append("Content-Type: application/json");
    for (const QByteArray &line : lines)
        list = curl_slist_append(list, line.constData());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, list);

    QElapsedTimer timer;
    timer.start();
    reply.curlCode = curl_easy_perform(curl.get());
    reply.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    reply.status = static_cast<int>(status);
    curl_slist_free_all(list);
    return reply;
}

HttpReply HttpClient::get(const QUrl &url, const Headers &headers) const
{
    return request("GET", url, nullptr, headers);
}

HttpReply HttpClient::head(const QUrl &url, const Headers &headers) const
{
    return request("HEAD", url, nullptr, headers);
}

HttpReply HttpClient::post(const QUrl &url, const QJsonObject &body, const Headers &headers) const
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request("POST", url, &bytes, headers);
}

HttpReply HttpClient::postRaw(const QUrl &url, const QByteArray &body, const Headers &headers) const
{
    return request("POST", url, &body, headers);
}

HttpReply HttpClient::patch(const QUrl &url, const QJsonObject &body, const Headers &headers) const
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request("PATCH", url, &bytes, headers);
}

HttpReply HttpClient::del(const QUrl &url, const Headers &headers) const
{
    return request("DELETE", url, nullptr, headers);
}

} // namespace PortalTest
