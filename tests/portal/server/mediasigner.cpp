#include "tests/portal/server/mediasigner.h"

#include "tests/portal/server/crypto.h"
#include "tests/portal/server/timeutil.h"
#include "tests/portal/server/urlbuilder.h"

namespace RefPortal {

MediaSigner::MediaSigner(QByteArray secret, qint64 lifetimeSecs, QUrl mediaBaseUrl, QByteArray mediaSecret)
    : m_secret(std::move(secret)),
      m_lifetimeSecs(lifetimeSecs),
      m_mediaBaseUrl(std::move(mediaBaseUrl)),
      m_mediaSecret(std::move(mediaSecret))
{ }

QString MediaSigner::localSignature(const QString &urlPath, qint64 expires) const
{
    return Crypto::base64Url(
        Crypto::hmacSha256(m_secret, QString::number(expires).toUtf8() + '\n' + urlPath.toUtf8()));
}

QString MediaSigner::nginxSignature(const QString &uri, qint64 expires, const QByteArray &secret)
{
    return Crypto::base64Url(Crypto::md5(QString::number(expires).toUtf8() + uri.toUtf8() + ' ' + secret));
}

MediaSigner::Link MediaSigner::link(const QString &localBase, const QString &urlPath) const
{
    const qint64 expires = TimeUtil::nowSecs() + m_lifetimeSecs;
    if (m_mediaBaseUrl.isEmpty()) {
        return {localBase + UrlBuilder::encodePath(urlPath) + QStringLiteral("?expires=")
                    + QString::number(expires) + QStringLiteral("&sig=") + localSignature(urlPath, expires),
                expires};
    }
    // The other host's base stands for our "/media".
    QString basePath = m_mediaBaseUrl.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QString uri = basePath + urlPath.mid(QStringLiteral("/media").size());
    QString origin = m_mediaBaseUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (origin.endsWith(u'/'))
        origin.chop(1);
    return {origin + UrlBuilder::encodePath(uri) + QStringLiteral("?md5=")
                + nginxSignature(uri, expires, m_mediaSecret) + QStringLiteral("&expires=")
                + QString::number(expires),
            expires};
}

MediaSigner::Verdict MediaSigner::verify(const QString &urlPath, const QString &expires,
                                         const QString &signature, qint64 now) const
{
    bool ok = false;
    const qint64 expiresAt = expires.toLongLong(&ok);
    if (!ok || signature.isEmpty())
        return Verdict::BadSignature;
    if (!Crypto::constantTimeEquals(localSignature(urlPath, expiresAt).toLatin1(), signature.toLatin1()))
        return Verdict::BadSignature;
    return now >= expiresAt ? Verdict::Expired : Verdict::Valid;
}

} // namespace RefPortal
