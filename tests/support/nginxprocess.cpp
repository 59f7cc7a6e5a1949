#include "tests/support/nginxprocess.h"

#include "tests/support/requestlogentries.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace TestSupport {

namespace {

// The server block of docs/portal-server.md, with paths for a test.
QByteArray config(const QString &runDir, const QString &contentDir, quint16 port, const QByteArray &secret,
                  qint64 limitRate)
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
    client_body_temp_path @RUN@/body;
    proxy_temp_path @RUN@/proxy;
    fastcgi_temp_path @RUN@/fastcgi;
    uwsgi_temp_path @RUN@/uwsgi;
    scgi_temp_path @RUN@/scgi;
    server {
        listen 127.0.0.1:@PORT@;
        location /media/ {
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
    }
}
)";
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

QString NginxProcess::start(const QString &contentDir, const QByteArray &secret, qint64 limitRate)
{
    const QString nginx = executable();
    if (nginx.isEmpty())
        return QStringLiteral("nginx is not installed (Debian package nginx-light)");
    {
        QTcpServer probe; // a free port for nginx
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free loopback port");
        m_port = probe.serverPort();
    }
    QFile conf(m_run.filePath(QStringLiteral("nginx.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(conf.fileName());
    conf.write(config(m_run.path(), contentDir, m_port, secret, limitRate));
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
    return QUrl(QStringLiteral("http://127.0.0.1:%1/media").arg(m_port));
}

QList<LoggedRequest> NginxProcess::requests() const
{
    QFile log(m_run.filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return parseRequestLog(QString::fromUtf8(log.readAll()));
}

} // namespace TestSupport
