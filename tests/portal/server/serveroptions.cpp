#include "tests/portal/server/serveroptions.h"

#include <QCommandLineParser>
#include <QDir>

#include <functional>

#include <arpa/inet.h>

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
    {"dev", nullptr, "Development mode (loopback only): /dev/ endpoints, faults, short code lifetimes."},
    {"public-url", "URL", "Base of absolute URLs in answers (default: from the Host header)."},
    {"media-base-url", "URL", "Hand out download links on this host, nginx secure_link style."},
    {"media-secret", "SECRET", "The nginx secure_link secret for --media-base-url."},
    {"tls-cert", "FILE", "PEM certificate: serve HTTPS."},
    {"tls-key", "FILE", "PEM private key for --tls-cert."},
    {"link-lifetime", "SECONDS", "Lifetime of download links (default 21600)."},
    {"access-lifetime", "SECONDS", "Lifetime of access tokens (default 900)."},
    {"code-lifetime", "SECONDS", "Lifetime of mailed codes (default 1800; --dev)."},
    {"resend-cooldown", "SECONDS",
     "Wait after a mail to an address, doubled for each mail that day (default 60; --dev)."},
    {"session-max-age", "SECONDS", "Absolute lifetime of a session from its login (default 2592000)."},
    {"auth-rate-per-client", "N",
     "/auth/* requests per minute per client address (default 300; 0 = no limit)."},
    {"auth-rate-per-account", "N", "/auth/* requests per minute per account (default 30; 0 = no limit)."},
    {"code-failures-per-client", "N", "Wrong codes per hour per client address (default 30; 0 = no limit)."},
    {"code-failures-per-account", "N",
     "Wrong codes per day per account before code entry locks (default 20; 0 = no limit)."},
    {"hash-concurrency", "N", "Passwords hashed at once (default: the number of CPU cores)."},
    {"hash-queue", "N", "Requests waiting for a hashing slot before 503 (default 32)."},
    {"hash-wait-ms", "MS", "How long a request waits for a hashing slot before 503 (default 5000)."},
    {"dev-pbkdf2-iterations", "N",
     "PBKDF2 iterations of new password hashes, for fast test servers (default 600000; --dev)."},
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

bool ServerOptions::isLoopback(const QString &address)
{
    if (address.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray text = address.toLatin1();
    in_addr v4 {};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6 {};
    if (inet_pton(AF_INET6, text.constData(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6) || (IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127);
    return false;
}

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
    const auto count = [&number](const char *name, qint64 min, qint64 max,
                                 int *target) -> Util::Result<void> {
        qint64 value = *target;
        if (auto r = number(name, min, max, &value); !r)
            return r;
        *target = static_cast<int>(value);
        return {};
    };
    constexpr qint64 Year = 365 * 24 * 3600;
    for (auto r :
         {count("port", 0, 65535, &o.port), number("link-lifetime", 1, 7 * 24 * 3600, &o.linkLifetimeSecs),
          number("access-lifetime", 1, 24 * 3600, &o.accessLifetimeSecs),
          number("code-lifetime", 1, 24 * 3600, &o.codeLifetimeSecs),
          number("resend-cooldown", 0, 3600, &o.resendCooldownSecs),
          number("session-max-age", 60, Year, &o.sessionMaxAgeSecs),
          count("auth-rate-per-client", 0, 1'000'000, &o.authRatePerClient),
          count("auth-rate-per-account", 0, 1'000'000, &o.authRatePerAccount),
          count("code-failures-per-client", 0, 1'000'000, &o.codeFailuresPerClient),
          count("code-failures-per-account", 0, 1'000'000, &o.codeFailuresPerAccount),
          count("hash-concurrency", 1, 1024, &o.hashConcurrency),
          count("hash-queue", 0, 100'000, &o.hashQueue), count("hash-wait-ms", 0, 600'000, &o.hashWaitMs),
          count("dev-pbkdf2-iterations", 1000, 10'000'000, &o.pbkdf2Iterations)}) {
        if (!r)
            return r.error();
    }
    for (const char *devOnly : {"code-lifetime", "resend-cooldown", "dev-pbkdf2-iterations"}) {
        if (!o.dev && parser.isSet(QString::fromLatin1(devOnly)))
            return usage(QStringLiteral("--%1 needs --dev").arg(QString::fromLatin1(devOnly)));
    }
    // /dev/outbox hands every mailed code to whoever asks: never beyond this machine.
    if (o.dev && !isLoopback(o.listen))
        return usage(QStringLiteral("--dev serves every mailed code at /dev/outbox, so it only listens on a "
                                    "loopback address (127.0.0.1, ::1, localhost); refusing --listen %1")
                         .arg(o.listen));

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
