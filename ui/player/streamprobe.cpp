#include "ui/player/streamprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Ui {

namespace {
constexpr int ProbeTimeoutMs = 8000;
}

StreamProbe::StreamProbe(QObject *parent) : QObject(parent) { }

StreamProbe::~StreamProbe()
{
    cancel();
}

void StreamProbe::start(const QUrl &url)
{
    cancel();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setRawHeader("Range", "bytes=0-1023");
    request.setTransferTimeout(ProbeTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply.clear();
        PlaybackProblem::Probe probe;
        probe.error = reply->error();
        probe.errorString = reply->errorString();
        probe.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        probe.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        // An HTTP error status is an answer, not a failure to reach the server.
        if (probe.httpStatus >= 400)
            probe.error = QNetworkReply::NoError;
        emit finished(probe);
    });
}

void StreamProbe::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply.clear();
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Ui
