#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace RefPortal {

// Signed download links. By default links point at this server's /media/
// and carry ?expires=<unix time>&sig=<base64url HMAC-SHA256(secret,
// "<expires>\n<url path>")>. With a media base URL they point at another
// host in nginx secure_link form: ?md5=<base64url MD5("<expires><uri> <secret>")>&expires=<unix time>.
class MediaSigner final
{
public:
    enum class Verdict {
        Valid,
        Expired,
        BadSignature,
    };

    struct Link
    {
        QString url;
        qint64 expiresAt = 0;
    };

    MediaSigner(QByteArray secret, qint64 lifetimeSecs, QUrl mediaBaseUrl = {}, QByteArray mediaSecret = {});

    // localBase: this server's public base (see UrlBuilder); urlPath: the
    // file's path here, "/media/videos/v1/hd.mxf".
    Link link(const QString &localBase, const QString &urlPath) const;
    Verdict verify(const QString &urlPath, const QString &expires, const QString &signature,
                   qint64 now) const;

    // The secure_link_md5 value nginx computes for a URI.
    static QString nginxSignature(const QString &uri, qint64 expires, const QByteArray &secret);
    qint64 lifetimeSecs() const { return m_lifetimeSecs; }

private:
    QString localSignature(const QString &urlPath, qint64 expires) const;

    QByteArray m_secret;
    qint64 m_lifetimeSecs;
    QUrl m_mediaBaseUrl;
    QByteArray m_mediaSecret;
};

} // namespace RefPortal
