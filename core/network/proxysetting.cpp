#include "core/network/proxysetting.h"

#include <QNetworkProxyFactory>

namespace Network {

namespace {

// The schemes both stacks speak: Qt Network has HTTP (CONNECT) and SOCKS5
// proxies; libcurl names them the same way.
bool knownScheme(const QString &scheme)
{
    return scheme == u"http" || scheme == u"socks5" || scheme == u"socks5h";
}

} // namespace

Util::Result<ProxySetting> ProxySetting::parse(const QString &text)
{
    ProxySetting setting;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"system", Qt::CaseInsensitive) == 0)
        return setting;
    if (trimmed.compare(u"none", Qt::CaseInsensitive) == 0) {
        setting.mode = Mode::None;
        return setting;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !knownScheme(scheme) || url.host().isEmpty() || url.port() < 1
        || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment()) {
        return Util::makeError(
            QStringLiteral("invalid_value"),
            tr("“%1” is no proxy setting: write system, none, or the proxy's address with its port, "
               "such as http://proxy.example.org:3128 or socks5://127.0.0.1:1080.")
                .arg(text));
    }
    setting.mode = Mode::Manual;
    setting.url = url;
    setting.url.setPath(QString());
    setting.url.setScheme(scheme);
    return setting;
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        break;
    }
    return url.toString(QUrl::FullyEncoded);
}

std::optional<QByteArray> ProxySetting::curlProxy() const
{
    switch (mode) {
    case Mode::System:
        return std::nullopt;
    case Mode::None:
        return QByteArray();
    case Mode::Manual:
        break;
    }
    return url.toEncoded();
}

QNetworkProxy ProxySetting::qtProxy() const
{
    if (mode != Mode::Manual)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // socks5h (names resolved by the proxy) is how Qt's SOCKS5 proxy works anyway.
    const auto type =
        url.scheme().startsWith(u"socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

void ProxySetting::applyToQt() const
{
    if (mode == Mode::System) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(qtProxy());
}

} // namespace Network
