#pragma once

#include <QCoreApplication>
#include <QMediaPlayer>
#include <QNetworkReply>
#include <QSize>
#include <QString>

namespace Ui {

// What went wrong with a clip, said for the person in front of the player:
// a heading, and an explanation of what happened and what to do about it.
class PlaybackProblem final
{
    Q_DECLARE_TR_FUNCTIONS(PlaybackProblem)

public:
    QString heading;
    QString explanation;

    QString text() const { return heading + u' ' + explanation; }

    // Qt Multimedia found no media backend at all.
    static PlaybackProblem noBackend();
    static PlaybackProblem fileMissing(const QString &path);
    static PlaybackProblem fileUnreadable(const QString &path);
    // An error of the media backend. backendText is its own (terse) wording.
    static PlaybackProblem fromPlayer(QMediaPlayer::Error error, const QString &backendText, bool remote);
    // The media opened but gave no picture: its video could not be decoded
    // (codecSize is the picture size the container announced, if any).
    static PlaybackProblem noPicture(const QSize &codecSize, bool hasAudio, bool remote);

    // What a plain HTTP request to a stream that failed to play found out.
    struct Probe
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        int httpStatus = 0;
        QString contentType;
    };
    // A sharper account of a streaming failure, when the probe found a cause
    // (the server unreachable, the link refused or gone, a web page instead
    // of a video); otherwise the backend's account.
    static PlaybackProblem fromProbe(const Probe &probe, QMediaPlayer::Error error,
                                     const QString &backendText);

    // The Debian packages that give the media backend its decoders.
    static QString decoderPackages();
};

} // namespace Ui
