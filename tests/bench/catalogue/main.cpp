// bench-catalogue-scroll: the Videos section scrolled from the first video
// to the last of a large catalogue kept in the cache, on the offscreen
// platform, measuring how long the event loop ever stalls.
//
//   bench-catalogue-scroll [--videos N] [--step PX] [--mode grid|list|both] [--strict]
//                          [--no-thumbnails] [--explain]
//
// The cache is filled with N synthetic videos (default 10,000); the portal
// address leads nowhere, so the page browses the cache as it does offline.
// Thumbnails come from a small HTTP server on a thread of its own (24
// pictures of 480×270, a distinct URL per video), through the real
// thumbnail cache, decoder and delegate. A 10 ms heartbeat timer records
// the largest gap between its ticks while a 16 ms driver moves the scroll
// bar by --step pixels until the model has nothing more to fetch. Goal: no
// gap over 50 ms. --strict exits 3 when the goal is missed. --no-thumbnails
// gives every video an address that refuses, for comparison; --explain
// names every event of the GUI thread that took over 15 ms, with the
// processor time it used (what is left was spent waiting for a processor).

#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/cataloguestore.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/portal/portalclient.h"
#include "ui/videos/videofilterbar.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPaintEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double StallGoalMs = 50.0;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Names the events that keep the loop busy longest (--explain).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool explain = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!explain || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const int type = event->type();
        const QByteArray name =
            receiver->metaObject()->className() + QByteArray("/") + receiver->objectName().toUtf8();
        const QRect painted = type == QEvent::Paint ? static_cast<QPaintEvent *>(event)->rect() : QRect();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > 15.0)
            std::fprintf(stderr, "slow event: %.1f ms (%.1f ms of processor), type %d, %s %dx%d\n", ms,
                         threadCpuMs() - cpu, type, name.constData(), painted.width(), painted.height());
        return result;
    }
};

const char *const Words[] = {
    "ministers",  "summit",  "défense",  "exercise", "naval",     "press",     "conférence", "secretary",
    "general",    "allies",  "brussels", "la",       "readiness", "air",       "missile",    "industry",
    "capacity",   "arrive",  "family",   "photo",    "doorstep",  "statement", "sécurité",   "partners",
    "meeting",    "council", "maritime", "baltic",   "northern",  "forces",    "training",   "cyber",
    "resilience", "energy",  "rapport",  "annuel",   "deputy",    "visit",     "troops",     "logistics"};
const char *const Places[] = {
    "Brussels, Belgium", "The Hague, Netherlands", "Vilnius, Lithuania", "Bruxelles, Belgique",
    "Baltic Sea",        "Riga, Latvia",           "Washington, D.C.",   "Kraków, Poland"};
const char *const Tags[] = {"summit",           "defence-ministers", "exercise", "navy",
                            "press-conference", "secretary-general", "cyber",    "industry",
                            "partners",         "training"};

template<std::size_t N>
QString pick(const char *const (&list)[N], QRandomGenerator &random)
{
    return QString::fromUtf8(list[random.bounded(static_cast<quint32>(N))]);
}

QString words(QRandomGenerator &random, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << pick(Words, random);
    QString text = list.join(u' ');
    text[0] = text[0].toUpper();
    return text;
}

QByteArray picture(int variant)
{
    QImage image(480, 270, QImage::Format_RGB32);
    QPainter painter(&image);
    const QColor sky = QColor::fromHsv((variant * 37) % 360, 90, 200);
    QLinearGradient gradient(0, 0, 0, 270);
    gradient.setColorAt(0, sky.lighter(130));
    gradient.setColorAt(0.6, sky);
    gradient.setColorAt(0.61, sky.darker(250));
    gradient.setColorAt(1, sky.darker(400));
    painter.fillRect(image.rect(), gradient);
    QRandomGenerator random(static_cast<quint32>(variant));
    for (int i = 0; i < 8; ++i)
        painter.fillRect(random.bounded(440), 60 + random.bounded(100), 30 + random.bounded(60), 200,
                         QColor::fromHsv(sky.hue(), 30, 60 + random.bounded(120)));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// GET /thumb/<n>.jpg → one of the pictures, HTTP/1.1 with keep-alive.
class ThumbnailServer final : public QTcpServer
{
public:
    explicit ThumbnailServer(QList<QByteArray> pictures) : m_pictures(std::move(pictures)) { }
    int served() const { return m_served.loadRelaxed(); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            QByteArray &buffer = m_buffers[socket];
            for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
                const QByteArray request = buffer.left(end);
                buffer.remove(0, end + 4);
                const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
                const QByteArray path = line.value(1);
                const int n = path.mid(path.lastIndexOf('/') + 1).split('.').value(0).toInt();
                const QByteArray &body = m_pictures.at(n % m_pictures.size());
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n"
                              + body);
                m_served.fetchAndAddRelaxed(1);
            }
        });
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
    }

private:
    QList<QByteArray> m_pictures;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QAtomicInt m_served;
};

QJsonObject syntheticVideo(int index, quint16 port, QRandomGenerator &random)
{
    const QString id = u"v%1"_s.arg(index, 6, 10, QLatin1Char('0'));
    // Newest first: index 0 is the newest, an hour apart.
    const QDateTime published =
        QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC).addSecs(-3600LL * index);
    QJsonArray tags;
    for (int t = 0, n = 1 + random.bounded(3); t < n; ++t)
        tags.append(pick(Tags, random));
    QJsonArray shots;
    for (int s = 0; s < 3; ++s)
        shots.append(QJsonObject {{u"tc_in"_s, u"00:00:%1:00"_s.arg(s * 10, 2, 10, QLatin1Char('0'))},
                                  {u"tc_out"_s, u"00:00:%1:00"_s.arg(s * 10 + 10, 2, 10, QLatin1Char('0'))},
                                  {u"kind"_s, s == 1 ? u"soundbite"_s : u"shot"_s},
                                  {u"speaker"_s, s == 1 ? u"Annelie Vørsund"_s : QString()},
                                  {u"description"_s, words(random, 12)}});
    const QString sha = QString(64, u'a');
    QJsonArray renditions {QJsonObject {{u"id"_s, u"r-hd"_s},
                                        {u"label"_s, u"HD 1080p25"_s},
                                        {u"container"_s, u"mp4"_s},
                                        {u"width"_s, 1920},
                                        {u"height"_s, 1080},
                                        {u"size_bytes"_s, 100000000},
                                        {u"sha256"_s, sha}},
                           QJsonObject {{u"id"_s, u"r-xdcam"_s},
                                        {u"label"_s, u"XDCAM HD422"_s},
                                        {u"container"_s, u"mxf"_s},
                                        {u"width"_s, 1920},
                                        {u"height"_s, 1080},
                                        {u"size_bytes"_s, 500000000},
                                        {u"sha256"_s, sha}}};
    return QJsonObject {
        {u"id"_s, id},
        {u"title"_s, words(random, 4 + random.bounded(6))},
        {u"description"_s, words(random, 30)},
        {u"published_at"_s, published.toString(Qt::ISODate)},
        {u"updated_at"_s, published.toString(Qt::ISODate)},
        {u"duration_ms"_s, 20000 + random.bounded(600000)},
        {u"location"_s, pick(Places, random)},
        {u"tags"_s, tags},
        {u"credit"_s, u"Alliance Multimedia Library"_s},
        {u"usage_terms"_s, u"Editorial use only."_s},
        {u"thumbnail_url"_s, u"http://127.0.0.1:%1/thumb/%2.jpg"_s.arg(port).arg(index)},
        {u"preview_url"_s, u"http://127.0.0.1:%1/proxy/%2.mp4"_s.arg(port).arg(index)},
        {u"shotlist"_s, shots},
        {u"renditions"_s, renditions},
    };
}

bool fill(const QString &path, int count, quint16 port)
{
    auto store = Catalogue::CatalogueStore::open(path);
    if (!store) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(store.error().message));
        return false;
    }
    QRandomGenerator random(2026);
    for (int first = 0; first < count; first += 1000) {
        QList<Catalogue::Video> batch;
        for (int i = first; i < std::min(count, first + 1000); ++i)
            batch << *Catalogue::Video::fromJson(syntheticVideo(i, port, random));
        if (auto stored = store.value()->store(batch); !stored) {
            std::fprintf(stderr, "cannot fill the cache: %s\n", qPrintable(stored.error().message));
            return false;
        }
    }
    return true;
}

struct Figures
{
    QString mode;
    int rows = 0;
    int steps = 0;
    int fallbackFetches = 0;
    double seconds = 0;
    double maxGapMs = 0;
    double maxGapCpuMs = 0; // the GUI thread's processor time within the longest gap
    double maxCpuGapMs = 0; // the most processor time the GUI thread spent within one gap
    double p99GapMs = 0;
    int gapsOver33 = 0;
    int gapsOver50 = 0;
    double maxStepMs = 0;
    int thumbnailsServed = 0;
};

// Scrolls `view` to the very end, fetching more as it goes.
Figures scroll(const QString &mode, QAbstractItemView *view, Ui::VideosModel *model, int step,
               const ThumbnailServer &server)
{
    Figures figures;
    figures.mode = mode;
    const int servedBefore = server.served();
    QScrollBar *bar = view->verticalScrollBar();
    // A view that scrolls by rows counts its bar in rows.
    if (view->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        step = std::max(1, step / std::max(1, view->sizeHintForRow(0)));
    bar->setValue(0);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    QList<double> gaps;
    QElapsedTimer beat;
    double lastCpu = threadCpuMs();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const double gap = double(beat.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs();
        gaps << gap;
        // How much of a gap the GUI thread spent working rather than
        // waiting for a processor (other processes, the decoders).
        if (gap > figures.maxGapMs) {
            figures.maxGapMs = gap;
            figures.maxGapCpuMs = cpu - lastCpu;
        }
        figures.maxCpuGapMs = std::max(figures.maxCpuGapMs, cpu - lastCpu);
        lastCpu = cpu;
        beat.restart();
    });

    QEventLoop loop;
    QTimer driver;
    driver.setTimerType(Qt::PreciseTimer);
    driver.setInterval(16);
    QElapsedTimer total;
    QObject::connect(&driver, &QTimer::timeout, &driver, [&] {
        if (bar->value() >= bar->maximum()) {
            if (model->isLoading())
                return;
            if (model->canFetchMore({})) {
                // The view asks when the bar reaches its end; a bar that was
                // already there when the last page came in is asked here.
                ++figures.fallbackFetches;
                model->fetchMore({});
                return;
            }
            loop.quit();
            return;
        }
        QElapsedTimer one;
        one.start();
        bar->setValue(std::min(bar->maximum(), bar->value() + step));
        figures.maxStepMs = std::max(figures.maxStepMs, double(one.nsecsElapsed()) / 1e6);
        ++figures.steps;
    });
    total.start();
    beat.start();
    lastCpu = threadCpuMs();
    heartbeat.start();
    driver.start();
    loop.exec();
    driver.stop();
    heartbeat.stop();
    figures.seconds = double(total.elapsed()) / 1000.0;
    figures.rows = model->rowCount();
    if (!gaps.isEmpty()) {
        std::sort(gaps.begin(), gaps.end());
        figures.p99GapMs =
            gaps.at(std::min<qsizetype>(gaps.size() - 1, qsizetype(double(gaps.size()) * 0.99)));
        figures.gapsOver33 =
            int(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 33.0; }));
        figures.gapsOver50 =
            int(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > StallGoalMs; }));
    }
    figures.thumbnailsServed = server.served() - servedBefore;
    return figures;
}

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int count = option(u"--videos"_s, u"10000"_s).toInt();
    const int step = option(u"--step"_s, u"240"_s).toInt();
    const QString mode = option(u"--mode"_s, u"both"_s);
    const bool strict = args.contains(u"--strict"_s);
    app.explain = args.contains(u"--explain"_s);
    // For comparison: every thumbnail fails at once, nothing is decoded.
    const bool noThumbnails = args.contains(u"--no-thumbnails"_s);

    QList<QByteArray> pictures;
    for (int i = 0; i < 24; ++i)
        pictures << picture(i);
    ThumbnailServer server(pictures);
    QThread serverThread;
    server.moveToThread(&serverThread);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        &server, [&] { listening = server.listen(QHostAddress::LocalHost, 0); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"catalogue.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (!fill(cachePath, count, noThumbnails ? quint16(9) : server.serverPort()))
        return 1;
    std::printf("filled the cache with %d videos in %.1f s\n", count, double(timer.elapsed()) / 1000.0);

    QNetworkAccessManager network;
    // Port 9 (discard) refuses on loopback: the portal cannot be reached.
    Portal::PortalClient client(network, QUrl(u"http://127.0.0.1:9/api/v1"_s));
    Portal::RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    Catalogue::CatalogueCache cache(cachePath);
    Catalogue::ThumbnailCache thumbnails(network, dir.filePath(u"thumbnails"_s));

    timer.restart();
    Ui::VideosPage page(client, cache, thumbnails, nullptr, nullptr, dir.filePath(u"downloads"_s));
    page.resize(1280, 800);
    page.show();
    while (page.model()->rowCount() == 0 && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    std::printf("first %d rows shown %lld ms after the page was made\n", page.model()->rowCount(),
                static_cast<long long>(timer.elapsed()));

    QList<Figures> results;
    if (mode == u"grid" || mode == u"both") {
        page.setViewMode(Ui::VideosPage::ViewMode::Grid);
        results << scroll(u"grid"_s, page.gridView(), page.model(), step, server);
    }
    if (mode == u"list" || mode == u"both") {
        page.setViewMode(Ui::VideosPage::ViewMode::List);
        page.model()->reload();
        while (page.model()->rowCount() == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        results << scroll(u"list"_s, page.listView(), page.model(), step, server);
    }

    std::printf("\n%-5s %6s %5s %6s %8s %8s %8s %8s %6s %6s %8s %6s\n", "view", "rows", "steps", "time s",
                "max gap", "its cpu", "max cpu", "p99 gap", ">33ms", ">50ms", "max step", "thumbs");
    bool met = true;
    for (const Figures &f : results) {
        std::printf("%-5s %6d %5d %6.1f %8.1f %8.1f %8.1f %8.1f %6d %6d %8.1f %6d\n", qPrintable(f.mode),
                    f.rows, f.steps, f.seconds, f.maxGapMs, f.maxGapCpuMs, f.maxCpuGapMs, f.p99GapMs,
                    f.gapsOver33, f.gapsOver50, f.maxStepMs, f.thumbnailsServed);
        met = met && f.maxGapMs <= StallGoalMs && f.rows == count;
    }
    std::printf(
        "\nIn ms: the longest gap between 10 ms heartbeats (wall clock), the GUI thread's processor\n"
        "time within it, the most processor time within any one gap, and the longest single step.\n"
        "Steps of %d px every 16 ms; each view starts from an empty list and pages in as it scrolls.\n",
        step);
    std::printf("Peak memory %ld MB. Goal: no event-loop gap over %.0f ms, every video reached: %s\n",
                peakRssMb(), StallGoalMs, met ? "met" : "MISSED");

    QMetaObject::invokeMethod(
        &server,
        [&server] {
            server.close();
            qDeleteAll(server.findChildren<QTcpSocket *>());
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return strict && !met ? 3 : 0;
}
