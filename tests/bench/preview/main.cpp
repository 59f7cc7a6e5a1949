// Click-to-first-frame of the preview player: from openUrl() (what a click
// on a clip does) to the first frame handed to the picture, for a 1080p
// H.264 proxy streamed over loopback by nginx and by the reference portal
// (preview_url read from GET /videos/{id}, as the client does). Also the
// time from a click on a shot to its frame on screen. See ../README.md.

#include "tests/support/nginxprocess.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/player/previewplayer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoSink>
#include <QVideoWidget>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr double GoalMs = 300.0;
const QByteArray Secret = "bench-preview-secret";

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until `done` holds or the time is up; the elapsed ms.
template<class Predicate>
std::optional<double> waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    if (!done())
        return std::nullopt;
    return double(clock.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

struct Figures
{
    QList<double> firstFrame;
    QList<double> shotSeek;
};

// One open per run, each on a fresh address (no cache anywhere in between).
std::optional<Figures> measure(Ui::PreviewPlayer &player, const std::function<QUrl(int)> &urlFor, int runs,
                               bool verbose)
{
    auto *screen = player.findChild<QVideoWidget *>(QStringLiteral("videoWidget"))->videoSink();
    const QList<Catalogue::ShotlistEntry> shots {
        {QStringLiteral("00:00:00:00"),
         QStringLiteral("00:00:06:00"),
         false,
         QStringLiteral("Opening"),
         {},
         {}},
        {QStringLiteral("00:00:06:00"), QStringLiteral("00:00:14:12"), true, QStringLiteral("Statement"),
         QStringLiteral("Spokesperson"), QStringLiteral("en")}};
    Figures figures;
    for (int run = 0; run < runs; ++run) {
        int frames = 0;
        const QMetaObject::Connection counting = QObject::connect(
            screen, &QVideoSink::videoFrameChanged, &player, [&frames](const QVideoFrame &frame) {
                if (frame.isValid())
                    ++frames;
            });
        QElapsedTimer clock;
        clock.start();
        player.openUrl(urlFor(run), QStringLiteral("Benchmark"), QStringLiteral("25"), false, shots);
        const std::optional<double> first =
            waitFor([&] { return frames > 0 || !player.problem().isEmpty(); }, 20000);
        const double firstMs = double(clock.nsecsElapsed()) / 1e6;
        if (!first || frames == 0) {
            say(QStringLiteral("  run %1: no frame (%2)").arg(run + 1).arg(player.problem()));
            QObject::disconnect(counting);
            return std::nullopt;
        }
        figures.firstFrame.append(firstMs);
        if (player.shownFrame() > 5)
            say(QStringLiteral("  run %1: the first frame shown was frame %2")
                    .arg(run + 1)
                    .arg(player.shownFrame()));

        // A click on the second shot: from the click to its frame on screen.
        player.pause();
        waitFor([] { return false; }, 100);
        clock.restart();
        player.seekToShot(1);
        waitFor([&] { return !player.isSeeking(); }, 10000);
        const double seekMs = double(clock.nsecsElapsed()) / 1e6;
        if (player.shownFrame() == 150)
            figures.shotSeek.append(seekMs);
        if (verbose)
            say(QStringLiteral("  run %1: first frame %2 ms, shot %3 ms (frame %4)")
                    .arg(run + 1)
                    .arg(firstMs, 0, 'f', 1)
                    .arg(seekMs, 0, 'f', 1)
                    .arg(player.shownFrame()));
        QObject::disconnect(counting);
        player.close();
        // Let the previous pipeline wind down before the next click.
        waitFor([] { return false; }, 300);
    }
    return figures;
}

QString summary(const QList<double> &values)
{
    if (values.isEmpty())
        return QStringLiteral("n/a");
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("median %1 ms (min %2, max %3, %4 runs)")
        .arg(median(values), 0, 'f', 1)
        .arg(*low, 0, 'f', 1)
        .arg(*high, 0, 'f', 1)
        .arg(values.size());
}

} // namespace

int main(int argc, char *argv[])
{
    // Measured without a display unless there is one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Click-to-first-frame of the preview player over loopback"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("proxy"), QStringLiteral("The 1080p MP4 proxy to stream."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs per server."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("nginx, portal or both."),
                                          QStringLiteral("NAME"), QStringLiteral("both"));
    const QCommandLineOption strictOption(
        QStringLiteral("strict"), QStringLiteral("Exit with status 3 when a median misses the goal."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Print every run."));
    parser.addOptions({runsOption, serverOption, strictOption, verboseOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString proxy = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString server = parser.value(serverOption);
    const bool verbose = parser.isSet(verboseOption);

    QTemporaryDir content;
    TestSupport::SingleVideo video;
    video.videoId = QStringLiteral("v-bench");
    video.sizeBytes = 1024;
    if (TestSupport::writeSingleVideo(content.path(), video).isEmpty())
        return 1;
    const QString served = content.filePath(QStringLiteral("media/v-bench/proxy.mp4"));
    QFile::remove(served);
    if (!QFile::copy(proxy, served)) {
        say(QStringLiteral("cannot copy %1").arg(proxy));
        return 1;
    }

    Ui::PreviewPlayer player;
    player.resize(1280, 720);
    player.show();

    // The first open in a process also loads the media backend's plug-ins;
    // reported apart, and not counted in the medians.
    bool missed = false;
    TestSupport::NginxProcess nginx;
    TestSupport::PortalProcess portal;
    QList<std::pair<QString, std::function<QUrl(int)>>> servers;
    if (server == u"nginx" || server == u"both") {
        const QString error = nginx.start(content.path(), Secret);
        if (!error.isEmpty()) {
            say(error);
            return 1;
        }
        servers.append(
            {QStringLiteral("nginx"), [&nginx](int run) {
                 const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3600 + run;
                 const QString path = QStringLiteral("/media/v-bench/proxy.mp4");
                 const QByteArray signedPart = QByteArray::number(expires) + path.toUtf8() + ' ' + Secret;
                 const QByteArray md5 =
                     QCryptographicHash::hash(signedPart, QCryptographicHash::Md5)
                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                 QUrl url = nginx.mediaBaseUrl();
                 url.setPath(path);
                 url.setQuery(QStringLiteral("md5=%1&expires=%2").arg(QString::fromLatin1(md5)).arg(expires));
                 return url;
             }});
    }
    QUrl previewUrl;
    if (server == u"portal" || server == u"both") {
        if (!portal.start(content.path(), {}, false)) {
            say(QStringLiteral("mmdesk-portal did not start: %1").arg(portal.log()));
            return 1;
        }
        // preview_url as the catalogue gives it.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(portal.url(QStringLiteral("videos/v-bench"))));
        waitFor([reply] { return reply->isFinished(); }, 10000);
        previewUrl = QUrl(QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QStringLiteral("preview_url"))
                              .toString());
        reply->deleteLater();
        if (!previewUrl.isValid()) {
            say(QStringLiteral("GET /videos/v-bench gave no preview_url"));
            return 1;
        }
        servers.append({QStringLiteral("portal"), [previewUrl](int run) {
                            QUrl url = previewUrl;
                            url.setFragment(QString::number(run)); // distinct, same resource
                            return url;
                        }});
    }

    say(QStringLiteral("proxy: %1 (%2 MB)").arg(proxy).arg(QFileInfo(proxy).size() / 1e6, 0, 'f', 1));
    say(QStringLiteral("platform: %1, media backend: %2")
            .arg(QGuiApplication::platformName(),
                 qEnvironmentVariable("QT_MEDIA_BACKEND", QStringLiteral("default (gstreamer)"))));
    bool firstInProcess = true;
    for (const auto &[name, urlFor] : servers) {
        if (firstInProcess) {
            const std::optional<Figures> cold = measure(player, urlFor, 1, false);
            if (!cold) {
                say(QStringLiteral("%1: the proxy did not play").arg(name));
                return 1;
            }
            say(QStringLiteral("first open in the process (%1, not counted): %2 ms")
                    .arg(name)
                    .arg(cold->firstFrame.constFirst(), 0, 'f', 1));
            firstInProcess = false;
        }
        say(QStringLiteral("%1:").arg(name));
        const std::optional<Figures> figures = measure(player, urlFor, runs, verbose);
        if (!figures) {
            say(QStringLiteral("%1: the proxy did not play").arg(name));
            return 1;
        }
        const double firstMedian = median(figures->firstFrame);
        say(QStringLiteral("  click to first frame: %1 — goal < %2 ms: %3")
                .arg(summary(figures->firstFrame))
                .arg(GoalMs, 0, 'f', 0)
                .arg(firstMedian < GoalMs ? QStringLiteral("met") : QStringLiteral("MISSED")));
        say(QStringLiteral("  click on a shot to its frame: %1").arg(summary(figures->shotSeek)));
        missed = missed || firstMedian >= GoalMs;
    }
    return parser.isSet(strictOption) && missed ? 3 : 0;
}
