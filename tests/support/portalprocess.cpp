#include "tests/support/portalprocess.h"

#include "tests/support/requestlogentries.h"

#include "tests/support/testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace TestSupport {

namespace {
// Generous: sanitizer builds start slowly and hash content on first start.
constexpr int StartTimeoutMs = 60'000;
} // namespace

PortalProcess::PortalProcess() = default;

PortalProcess::~PortalProcess()
{
    stop();
}

bool PortalProcess::start(const QString &contentDir, const QStringList &extraArgs, bool dev)
{
    stop();
    m_state = std::make_unique<QTemporaryDir>();
    if (!m_state->isValid())
        return false;
    m_contentDir = contentDir;
    m_extraArgs = extraArgs;
    m_dev = dev;
    return launch();
}

bool PortalProcess::restart(const QStringList &extraArgs)
{
    if (!stop())
        return false;
    m_extraArgs = extraArgs;
    return m_state && launch();
}

bool PortalProcess::launch()
{
    m_process = std::make_unique<QProcess>();
    QStringList args {
        QStringLiteral("serve"), QStringLiteral("--content"), m_contentDir,       QStringLiteral("--state"),
        m_state->path(),         QStringLiteral("--port"),    QStringLiteral("0")};
    if (m_dev)
        args.append(QStringLiteral("--dev"));
    args.append(m_extraArgs);
    // Appends: the log of every run of this state folder stays readable.
    m_process->setStandardErrorFile(QDir(m_state->path()).filePath(QStringLiteral("portal.log")),
                                    QIODevice::Append);
    m_process->start(program(QStringLiteral("mmdesk-portal")), args);
    if (!m_process->waitForStarted(StartTimeoutMs))
        return false;

    static const QRegularExpression listening(QStringLiteral(R"(^mmdesk-portal listening on (\S+)\s*$)"));
    QByteArray pending;
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        pending += m_process->readAllStandardOutput();
        const qsizetype newline = pending.indexOf('\n');
        if (newline < 0)
            continue;
        const auto match = listening.match(QString::fromUtf8(pending.left(newline)));
        if (!match.hasMatch())
            break;
        m_baseUrl = QUrl(match.captured(1));
        return m_baseUrl.isValid();
    }
    qWarning("mmdesk-portal did not start: %s", qPrintable(log()));
    m_process->kill();
    m_process->waitForFinished(5'000);
    m_process.reset();
    return false;
}

bool PortalProcess::stop()
{
    if (!m_process)
        return true;
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
            clean = false;
        }
    }
    clean = clean && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (!clean)
        qWarning("mmdesk-portal did not stop cleanly: %s", qPrintable(log().right(2000)));
    m_process.reset();
    return clean;
}

bool PortalProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl PortalProcess::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + u'/' + pathAndQuery);
}

QUrl PortalProcess::origin() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("/")));
}

QString PortalProcess::stateDir() const
{
    return m_state ? m_state->path() : QString();
}

QString PortalProcess::log() const
{
    QFile file(QDir(stateDir()).filePath(QStringLiteral("portal.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

namespace {

// A test helper may wait: the test has nothing else to do meanwhile.
// Returns the status (0 when no answer came) and the body.
std::pair<int, QByteArray> exchange(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return {status, answer};
}

} // namespace

QJsonArray PortalProcess::outbox(const QString &email) const
{
    QUrl url = this->url(QStringLiteral("dev/outbox"));
    url.setQuery(QUrlQuery {{QStringLiteral("email"), email}});
    const QByteArray body = exchange("GET", url).second;
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray();
}

bool PortalProcess::setFaults(const QJsonObject &faults) const
{
    const QUrl url = this->url(QStringLiteral("dev/faults"));
    if (exchange("DELETE", url).first != 200)
        return false;
    return faults.isEmpty() || exchange("POST", url, QJsonDocument(faults).toJson()).first == 200;
}

bool PortalProcess::reloadContent() const
{
    return exchange("POST", url(QStringLiteral("dev/reload")), QByteArray("{}")).first == 200;
}

QList<LoggedRequest> PortalProcess::requests() const
{
    return parseRequestLog(log());
}

QString PortalProcess::latestCode(const QString &email, const QString &notThis, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        const QJsonArray mails = outbox(email);
        if (!mails.isEmpty()) {
            const QString code = mails.first().toObject().value(QStringLiteral("code")).toString();
            if (!code.isEmpty() && code != notThis)
                return code;
        }
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return {};
}

} // namespace TestSupport
