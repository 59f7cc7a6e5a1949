#include "ui/player/playbackproblem.h"

#include <QDir>

namespace Ui {

namespace {

bool usesFfmpegBackend()
{
    return qEnvironmentVariable("QT_MEDIA_BACKEND").compare(u"ffmpeg", Qt::CaseInsensitive) == 0;
}

// GStreamer's words for a decoder or demuxer it does not have.
bool soundsLikeMissingCodec(const QString &backendText)
{
    for (const char *word : {"plug-in", "plugin", "decoder", "codec", "Cannot play stream of type"}) {
        if (backendText.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString PlaybackProblem::decoderPackages()
{
    if (usesFfmpegBackend())
        return QStringLiteral("libavcodec-extra59");
    return QStringLiteral("gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav");
}

PlaybackProblem PlaybackProblem::noBackend()
{
    return {tr("Video playback is not available"),
            tr("Qt Multimedia found no media backend on this computer, so clips cannot be previewed. "
               "Install the Qt Multimedia plug-ins and GStreamer (on Debian: sudo apt install "
               "libqt6multimedia6 %1), then restart Multimedia Desk.")
                .arg(decoderPackages())};
}

PlaybackProblem PlaybackProblem::fileMissing(const QString &path)
{
    return {tr("The file is not there"),
            tr("“%1” does not exist any more. It may have been moved, renamed or deleted; find it again "
               "from the Library, or download the clip again.")
                .arg(QDir::toNativeSeparators(path))};
}

PlaybackProblem PlaybackProblem::fileUnreadable(const QString &path)
{
    return {tr("The file cannot be read"),
            tr("Multimedia Desk is not allowed to read “%1”. Check the file's permissions and that its "
               "disk is mounted, then try again.")
                .arg(QDir::toNativeSeparators(path))};
}

PlaybackProblem PlaybackProblem::fromPlayer(QMediaPlayer::Error error, const QString &backendText,
                                            bool remote)
{
    const QString said =
        backendText.isEmpty() ? QString() : u' ' + tr("(The media backend said: “%1”)").arg(backendText);
    if (error == QMediaPlayer::FormatError || soundsLikeMissingCodec(backendText)) {
        return {tr("No decoder for this clip"),
                tr("This computer has no decoder for the clip's format, so it cannot be shown. Install "
                   "the missing media plug-ins (on Debian: sudo apt install %1) and open the clip again.")
                        .arg(decoderPackages())
                    + said};
    }
    if (error == QMediaPlayer::AccessDeniedError) {
        return {tr("Access to the clip was refused"),
                remote ? tr("The server refused to send the clip. The link may have expired: open the "
                            "clip again from the catalogue.")
                       : tr("Check the file's permissions, then try again.")};
    }
    if (error == QMediaPlayer::NetworkError) {
        return {tr("The clip could not be streamed"),
                tr("The connection to the media server failed. Check your network and proxy settings, "
                   "then try again.")
                    + said};
    }
    if (backendText.contains(QLatin1String("determine type"), Qt::CaseInsensitive)) {
        return {tr("This is not a video Multimedia Desk can read"),
                remote ? tr("The server sent data that is not a video in a known format. Try again later, "
                            "or tell the portal's support which clip it is.")
                       : tr("The file is damaged or is not a video file (it may be incomplete). Download "
                            "it again, or check it against the portal's checksum in the Library.")};
    }
    return {tr("The clip stopped playing"),
            remote ? tr("The stream failed. Check your network, then try again.") + said
                   : tr("The file could not be played to the end; it may be damaged. Download it again, or "
                        "check it against the portal's checksum in the Library.")
                    + said};
}

PlaybackProblem PlaybackProblem::noPicture(const QSize &codecSize, bool hasAudio, bool remote)
{
    QString what = hasAudio ? tr("The clip has sound, but its picture cannot be decoded on this computer.")
                            : tr("Nothing in this clip could be decoded on this computer.");
    if (codecSize.isValid())
        what += u' ' + tr("The clip has a %1×%2 video track.").arg(codecSize.width()).arg(codecSize.height());
    const QString todo =
        tr("Install the media plug-ins that decode it (on Debian: sudo apt install %1) and open the clip "
           "again.")
            .arg(decoderPackages());
    const QString streamHint =
        remote ? u' ' + tr("Broadcast files such as MXF may only play once downloaded.") : QString();
    return {tr("No picture"), what + u' ' + todo + streamHint};
}

PlaybackProblem PlaybackProblem::fromProbe(const Probe &probe, QMediaPlayer::Error error,
                                           const QString &backendText)
{
    switch (probe.error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::SslHandshakeFailedError:
        return {tr("The media server cannot be reached"),
                tr("The preview could not be fetched: %1. Check your network connection and proxy "
                   "settings, then try again.")
                    .arg(probe.errorString)};
    default:
        break;
    }
    if (probe.httpStatus == 401 || probe.httpStatus == 403 || probe.httpStatus == 410) {
        return {tr("The preview link was refused"),
                tr("The media server answered HTTP %1: the link has expired or is not valid any more. "
                   "Open the clip again from the catalogue to get a fresh link.")
                    .arg(probe.httpStatus)};
    }
    if (probe.httpStatus == 404) {
        return {tr("The preview is not on the server"),
                tr("The media server answered HTTP 404 (not found): the portal may have withdrawn or "
                   "replaced this clip. Refresh the catalogue and try again.")};
    }
    if (probe.httpStatus >= 500) {
        return {tr("The media server has a problem"),
                tr("The media server answered HTTP %1. This is on the server's side; try again in a few "
                   "minutes.")
                    .arg(probe.httpStatus)};
    }
    if (probe.httpStatus >= 200 && probe.httpStatus < 300
        && probe.contentType.startsWith(QLatin1String("text/html"), Qt::CaseInsensitive)) {
        return {tr("The server sent a web page, not a video"),
                tr("The preview address leads to a web page (perhaps a sign-in page of a network or "
                   "proxy). Check your network access, then try again.")};
    }
    return fromPlayer(error, backendText, true);
}

} // namespace Ui
