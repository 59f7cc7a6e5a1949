#include "tests/portal/server/serveroptions.h"

#include <QCommandLineParser>
#include <QDir>

#include <functional>

namespace RefPortal {

namespace {
struct Flag
{
    const char *name;
    const char *valueName; // null for switches
    const char *help;
};

// Fault flags and the /dev/faults member each one sets.
struct FaultFlag
{
    Flag flag;
    const char *member;
    bool isDouble;
};

const Flag Flags[] = {
    {"content", "DIR", "Content folder (news/, videos/, media/)."},
    {"state", "DIR", "State folder: database, server key, outbox."},
    {"listen", "ADDRESS", "Address to listen on (default 127.0.0.1)."},
    {"port", "N", "Port; 0 picks a free one (default 8080)."},
    {"dev", nullptr, "Development mode: /dev/ endpoints, faults, short code lifetimes."},
    {"public-url", "URL", "Base of absolute URLs in answers (default: from the Host header)."},
    {"media-base-url", "URL", "Hand out download links on this host, nginx secure_link style."},
    {"media-secret", "SECRET", "The nginx secure_link secret for --media-base-url."},
    {"tls-cert", "FILE", "PEM certificate: serve HTTPS."},
    {"tls-key", "FILE", "PEM private key for --tls-cert."},
    {"link-lifetime", "SECONDS", "Lifetime of download links (default 21600)."},
    {"access-lifetime", "SECONDS", "Lifetime of access tokens (default 900)."},
    {"code-lifetime", "SECONDS", "Lifetime of mailed codes (default 1800; --dev)."},
    {"resend-cooldown", "SECONDS", "Minimum time between two mails to one address (default 60; --dev)."},
};

const FaultFlag FaultFlags[] = {
    {{"fault-drop-after", "BYTES", "Close media connections after BYTES body bytes."},
     "drop_after_bytes",
     false},
    {{"fault-drop-count", "N", "Only for the next N media responses."}, "drop_count", false},
    {{"fault-stall", "SECONDS", "Stall media responses once for SECONDS."}, "stall_seconds", true},
    {{"fault-stall-after", "BYTES", "Stall after BYTES body bytes (default 0)."}, "stall_after_bytes", false},
    {{"fault-stall-count", "N", "Only for the next N media responses."}, "stall_count", false},
    {{"fault-fail-next", "N", "Fail the next N media requests."}, "fail_next", false},
    {{"fault-fail-status", "CODE", "Status of those failures: 500, 503 or 429 (default 503)."},
     "fail_status",
     false},
    {{"fault-retry-after", "SECONDS", "Retry-After of 429/503 failures (default 1)."}, "retry_after", false},
    {{"fault-rate", "BYTES_PER_SECOND", "Cap each media connection to this rate."},
     "rate_bytes_per_second",
     false},
    {{"fault-expired-status", "CODE", "403 or 410 for expired links (default 410)."},
     "expired_status",
     false},
    {{"fault-link-fail-next", "N", "Answer the next N link requests 503 (maintenance)."},
     "link_fail_next",
     false},
    {{"fault-link-retry-after", "SECONDS", "Retry-After of those answers (default 2)."},
     "link_retry_after",
     false},
};

const FaultFlag FaultSwitches[] = {
    {{"fault-ignore-range", nullptr, "Ignore Range: answer 200 with the whole file."}, "ignore_range", false},
    {{"fault-change-etag", nullptr, "Give every media response a new ETag."}, "change_etag", false},
    {{"fault-expire-links", nullptr, "Treat every signed link as expired."}, "expire_links", false},
};

QCommandLineOption option(const Flag &flag)
{
    const QString name = QString::fromLatin1(flag.name);
    if (flag.valueName)
        return QCommandLineOption(name, QString::fromUtf8(flag.help), QString::fromLatin1(flag.valueName));
    return QCommandLineOption(name, QString::fromUtf8(flag.help));
}

void addAll(QCommandLineParser &parser)
{
    parser.addHelpOption();
    for (const Flag &flag : Flags)
        parser.addOption(option(flag));
    for (const FaultFlag &fault : FaultFlags)
        parser.addOption(option(fault.flag));
    for (const FaultFlag &fault : FaultSwitches)
        parser.addOption(option(fault.flag));
}

Util::Error usage(const QString &message)
{
    return Util::makeError(QStringLiteral("usage"), message);
}
} // namespace

QString ServerOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reference portal server (Portal API v1)."));
    addAll(parser);
    return parser.helpText();
}

Util::Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addAll(parser);
    if (!parser.parse(QStringList {QStringLiteral("mmdesk-portal serve")} + arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("Unexpected argument %1").arg(parser.positionalArguments().first()));
    if (parser.isSet(QStringLiteral("help")))
        return usage(QString());

    ServerOptions o;
    o.contentDir = parser.value(QStringLiteral("content"));
    o.stateDir = parser.value(QStringLiteral("state"));
    if (o.contentDir.isEmpty() || o.stateDir.isEmpty())
        return usage(QStringLiteral("--content and --state are required"));
    if (!QDir(o.contentDir).exists())
        return usage(QStringLiteral("Content folder %1 does not exist").arg(o.contentDir));
    if (parser.isSet(QStringLiteral("listen")))
        o.listen = parser.value(QStringLiteral("listen"));
    o.dev = parser.isSet(QStringLiteral("dev"));
    o.publicUrl = parser.value(QStringLiteral("public-url"));
    if (!o.publicUrl.isEmpty()) {
        const QUrl url(o.publicUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return usage(QStringLiteral("--public-url must be an http(s) URL"));
    }

    const auto number = [&parser](const char *name, qint64 min, qint64 max,
                                  qint64 *target) -> Util::Result<void> {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return {};
        bool ok = false;
        const qint64 value = parser.value(key).toLongLong(&ok);
        if (!ok || value < min || value > max)
            return usage(QStringLiteral("--%1 must be a number from %2 to %3").arg(key).arg(min).arg(max));
        *target = value;
        return {};
    };
    qint64 port = o.port;
    for (auto r :
         {number("port", 0, 65535, &port), number("link-lifetime", 1, 7 * 24 * 3600, &o.linkLifetimeSecs),
          number("access-lifetime", 1, 24 * 3600, &o.accessLifetimeSecs),
          number("code-lifetime", 1, 24 * 3600, &o.codeLifetimeSecs),
          number("resend-cooldown", 0, 3600, &o.resendCooldownSecs)}) {
        if (!r)
            return r.error();
    }
    o.port = static_cast<int>(port);
    if (!o.dev
        && (parser.isSet(QStringLiteral("code-lifetime")) || parser.isSet(QStringLiteral("resend-cooldown"))))
        return usage(QStringLiteral("--code-lifetime and --resend-cooldown need --dev"));

    if (parser.isSet(QStringLiteral("media-base-url"))) {
        o.mediaBaseUrl = QUrl(parser.value(QStringLiteral("media-base-url")), QUrl::StrictMode);
        o.mediaSecret = parser.value(QStringLiteral("media-secret")).toUtf8();
        if (!o.mediaBaseUrl.isValid() || o.mediaBaseUrl.host().isEmpty() || o.mediaSecret.isEmpty())
            return usage(QStringLiteral("--media-base-url needs an http(s) URL and --media-secret"));
    }
    o.tlsCert = parser.value(QStringLiteral("tls-cert"));
    o.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));

    for (const FaultFlag &fault : FaultFlags) {
        const QString key = QString::fromLatin1(fault.flag.name);
        if (!parser.isSet(key))
            continue;
        bool ok = false;
        const double value = parser.value(key).toDouble(&ok);
        if (!ok)
            return usage(QStringLiteral("--%1 needs a number").arg(key));
        o.faults.insert(QLatin1String(fault.member),
                        fault.isDouble ? QJsonValue(value) : QJsonValue(qint64(value)));
    }
    for (const FaultFlag &fault : FaultSwitches) {
        if (parser.isSet(QString::fromLatin1(fault.flag.name)))
            o.faults.insert(QLatin1String(fault.member), true);
    }
    if (!o.faults.isEmpty() && !o.dev)
        return usage(QStringLiteral("Fault flags need --dev"));
    return o;
}

} // namespace RefPortal
