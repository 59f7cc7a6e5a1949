#include "core/portal/portalurl.h"

#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>

namespace Portal {

bool PortalUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool PortalUrl::isInsecure(const QUrl &url)
{
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host());
}

Util::Result<QUrl> PortalUrl::parse(const QString &text, Insecure insecure)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Util::makeError(QStringLiteral("invalid_portal_url"),
                               tr("“%1” is not a portal address. Give the full API address, for example "
                                  "https://portal.example.org/api/v1.")
                                   .arg(trimmed));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        return Util::makeError(
            QStringLiteral("invalid_portal_url"),
            tr("The portal address must start with https:// or http://, not “%1://”.").arg(url.scheme()));
    }
    if (scheme == u"http" && insecure == Insecure::Refuse && !isLoopbackHost(url.host())) {
        return Util::makeError(
            QStringLiteral("insecure_portal_url"),
            tr("The portal address %1 uses plain http://: your password and sign-in would cross the network "
               "unencrypted. Use the portal's https:// address. If this portal has no https, start with "
               "--allow-insecure-portal (not recommended).")
                .arg(url.toDisplayString()));
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return Util::makeError(
            QStringLiteral("invalid_portal_url"),
            tr("The portal address must not contain a query, a fragment or a user name: %1")
                .arg(url.toDisplayString()));
    }
    QUrl normalised = url;
    normalised.setScheme(scheme);
    QString path = normalised.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normalised.setPath(path);
    return normalised;
}

Util::Result<QUrl> PortalUrl::resolve(const QString &commandLineValue, const Settings::AppSettings &settings,
                                      Insecure insecure)
{
    if (!commandLineValue.isEmpty())
        return parse(commandLineValue, insecure);
    const QUrl saved = settings.portalUrl();
    if (!saved.isEmpty())
        return parse(saved.toString(), insecure);
    const QString fromEnvironment = qEnvironmentVariable("MMDESK_PORTAL");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment, insecure);
    return QUrl();
}

QUrl PortalUrl::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString relative = path;
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    url.setPath(base.path() + u'/' + relative);
    return url;
}

QString PortalUrl::fileKey(const QUrl &portal)
{
    const QByteArray address = portal.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                                   .toString(QUrl::FullyEncoded)
                                   .toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(address, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace Portal
