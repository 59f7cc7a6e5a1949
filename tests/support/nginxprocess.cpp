#include "tests/support/nginxprocess.h"

#include "tests/support/requestlogentries.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace TestSupport {

namespace {

// The server block of docs/portal-server.md, with paths for a test.
QByteArray config(const QString &runDir, const QString &contentDir, quint16 port, const QByteArray &secret,
                  qint64 limitRate, bool tls)
{
    QByteArray conf = R"(daemon off;
master_process off;
error_log @RUN@/error.log;
pid @RUN@/nginx.pid;
events { worker_connections 64; }
http {
    # The reference portal's request log format (requestlogentries.h).
    log_format mmdesk '$time_iso8601 $request_method $uri $status $body_bytes_sent B 0 ms'
                      ' range=$http_range if-range=$http_if_range etag=$sent_http_etag';
    access_log @RUN@/access.log mmdesk;
    # Which connection and protocol each request came over.
    log_format protocols '$connection $server_protocol range=$http_range';
    access_log @RUN@/protocols.log protocols;
    client_body_temp_path @RUN@/body;
    proxy_temp_path @RUN@/proxy;
    fastcgi_temp_path @RUN@/fastcgi;
    uwsgi_temp_path @RUN@/uwsgi;
    scgi_temp_path @RUN@/scgi;
    server {
        listen 127.0.0.1:@PORT@@LISTEN@;
@TLS@        location /media/ {
            root @CONTENT@;
            secure_link $arg_md5,$arg_expires;
            secure_link_md5 "$secure_link_expires$uri @SECRET@";
            if ($secure_link = "")  { return 403; }
            if ($secure_link = "0") { return 410; }
            types { video/mp4 mp4; video/quicktime mov; application/mxf mxf; image/jpeg jpg; }
            default_type application/octet-stream;
            etag on;
            max_ranges 1;
            limit_rate @LIMIT@;
        }
        # A redirect to wherever ?to= says (its value as sent), as a CDN or
        # a misconfigured host sends one: for the client's redirect rules.
        location = /redirect {
            return 302 $arg_to;
        }
        # Plain files of the content folder's files/, as any web server
        # serves them (feeds for the News tests), with ETag and 304.
        location /files/ {
            alias @CONTENT@/files/;
            types { application/atom+xml atom; application/rss+xml rss; text/html html; application/xml xml; }
            etag on;
        }
    }
}
)";
    conf.replace("@LISTEN@", tls ? " ssl http2" : "");
    conf.replace("@TLS@",
                 tls ? "        ssl_certificate @RUN@/cert.pem;\n"
                       "        ssl_certificate_key @RUN@/key.pem;\n"
                     : "");
    conf.replace("@RUN@", runDir.toUtf8());
    conf.replace("@CONTENT@", contentDir.toUtf8());
    conf.replace("@PORT@", QByteArray::number(port));
    conf.replace("@SECRET@", secret);
    conf.replace("@LIMIT@", QByteArray::number(limitRate));
    return conf;
}

} // namespace

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

QString NginxProcess::start(const QString &contentDir, const QByteArray &secret, qint64 limitRate, Tls tls)
{
    const QString nginx = executable();
    if (nginx.isEmpty())
        return QStringLiteral("nginx is not installed (Debian package nginx-light)");
    m_tls = tls == Tls::Http2;
    if (m_tls) {
        // A self-signed certificate for 127.0.0.1: the test trusts it alone.
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       m_run.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificatePath()});
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
            || openssl.exitCode() != 0)
            return QStringLiteral("openssl could not make a certificate: %1")
                .arg(QString::fromLocal8Bit(openssl.readAll()));
    }
    {
        QTcpServer probe; // a free port for nginx
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free loopback port");
        m_port = probe.serverPort();
    }
    QFile conf(m_run.filePath(QStringLiteral("nginx.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(conf.fileName());
    conf.write(config(m_run.path(), contentDir, m_port, secret, limitRate, m_tls));
    conf.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nginx, {QStringLiteral("-p"), m_run.path(), QStringLiteral("-c"), conf.fileName()});
    if (!m_process.waitForStarted())
        return QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return {};
        QThread::msleep(50);
    }
    return QStringLiteral("nginx does not answer: %1").arg(QString::fromLocal8Bit(m_process.readAll()));
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QUrl NginxProcess::mediaBaseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/media").arg(m_tls ? u"https" : u"http").arg(m_port));
}

QString NginxProcess::certificatePath() const
{
    return m_run.filePath(QStringLiteral("cert.pem"));
}

QStringList NginxProcess::protocols() const
{
    QFile log(m_run.filePath(QStringLiteral("protocols.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QList<LoggedRequest> NginxProcess::requests() const
{
    QFile log(m_run.filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return parseRequestLog(QString::fromUtf8(log.readAll()));
}

} // namespace TestSupport
