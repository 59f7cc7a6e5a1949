#pragma once

#include "ui/player/playbackproblem.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ui {

// Asks the server of a stream that would not play for its first bytes, the
// way any HTTP client would, to learn why: media backends tend to report
// every network failure as "internal data stream error".
class StreamProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamProbe)

public:
    explicit StreamProbe(QObject *parent = nullptr);
    ~StreamProbe() override;

    void start(const QUrl &url);
    void cancel();

signals:
    void finished(const Ui::PlaybackProblem::Probe &probe);

private:
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Ui
