// bench-news-tool: the pieces of the News benchmark (news.sh).
//
//   bench-news-tool content DIR --articles N   a portal content folder of N articles
//   bench-news-tool feed FILE --items N        an RSS 2.0 feed of N items
//   bench-news-tool parse FILE [--runs R]      FeedParser on FILE, median of R runs
//   bench-news-tool measure DB [--searches N]  first screen and search latency of a synced store

#include "core/news/feedparser.h"
#include "core/news/newsstore.h"
#include "tests/bench/library/wordlists.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

#include <cstdio>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>

namespace {

template<std::size_t N>
QString pick(QRandomGenerator &random, const char *const (&words)[N])
{
    return QString::fromUtf8(words[random.bounded(int(N))]);
}

QString sentence(QRandomGenerator &random, bool french, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << (french ? pick(random, Bench::FrenchWords) : pick(random, Bench::EnglishWords));
    QString text = out.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

int makeContent(const QString &dir, int articles)
{
    QRandomGenerator random(2026);
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("news")))
        return 1;
    const QDateTime start(QDate(2020, 1, 1), QTime(8, 0), QTimeZone::utc());
    const char *const kinds[] = {"news", "press_release", "speech", "statement", "transcript"};
    for (int n = 0; n < articles; ++n) {
        const bool french = n % 5 == 0;
        QString body;
        for (int p = 0; p < 6; ++p)
            body += QStringLiteral("<p>%1 %2</p>")
                        .arg(sentence(random, french, 18), sentence(random, french, 14));
        const QDateTime published = start.addSecs(qint64(n) * 1500);
        const QJsonObject article {
            {QStringLiteral("id"), QStringLiteral("b-%1").arg(n, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("kind"), QString::fromLatin1(kinds[n % 5])},
            {QStringLiteral("title"), sentence(random, french, 7)},
            {QStringLiteral("summary"), sentence(random, french, 24)},
            {QStringLiteral("body_html"), body},
            {QStringLiteral("published_at"), published.toString(Qt::ISODate)},
            {QStringLiteral("updated_at"), published.addSecs(600).toString(Qt::ISODate)},
            {QStringLiteral("location"), pick(random, Bench::Places)},
            {QStringLiteral("language"), french ? QStringLiteral("fr") : QStringLiteral("en")},
            {QStringLiteral("tags"), QJsonArray {pick(random, Bench::Tags), pick(random, Bench::Tags)}},
            {QStringLiteral("video_ids"), QJsonArray {}},
            {QStringLiteral("web_url"), QStringLiteral("https://portal.example.org/news/%1").arg(n)},
        };
        QFile file(root.filePath(QStringLiteral("news/b-%1.json").arg(n, 6, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(article).toJson(QJsonDocument::Compact)) < 0)
            return 1;
    }
    return 0;
}

int makeFeed(const QString &path, int items)
{
    QRandomGenerator random(5000);
    QByteArray feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench</title>"
                      "<link>https://bench.example.org/</link><description>5,000 items</description>\n";
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());
    for (int n = 0; n < items; ++n) {
        const QString title = sentence(random, n % 3 == 0, 8).toHtmlEscaped();
        const QString body =
            QString(QStringLiteral("<p>") + sentence(random, n % 3 == 0, 40) + QStringLiteral("</p>"))
                .toHtmlEscaped();
        feed +=
            QStringLiteral("<item><title>%1</title><link>https://bench.example.org/%2</link>"
                           "<guid isPermaLink=\"false\">bench-%2</guid><pubDate>%3</pubDate>"
                           "<dc:creator>%4</dc:creator><category>%5</category><description>%6</description>"
                           "</item>\n")
                .arg(title)
                .arg(n)
                .arg(QLocale::c().toString(start.addSecs(qint64(n) * 60),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                     + QStringLiteral(" +0000"))
                .arg(pick(random, Bench::People), pick(random, Bench::Tags), body)
                .toUtf8();
    }
    feed += "</channel></rss>\n";
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(feed) == feed.size() ? 0 : 1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int parse(const QString &path, int runs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray body = file.readAll();
    QList<double> times;
    qsizetype entries = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const News::ParsedFeed feed =
            News::FeedParser::parse(body, QUrl(QStringLiteral("https://bench.example.org/feed")),
                                    "application/rss+xml", QDateTime::currentDateTimeUtc());
        times << double(timer.nsecsElapsed()) / 1e6;
        entries = feed.entries.size();
    }
    std::printf("parse: %lld entries, %.1f ms median of %d runs (%.1f MB)\n", static_cast<long long>(entries),
                median(times), runs, double(body.size()) / 1e6);
    return 0;
}

// Drops a file from the page cache, so that what follows reads the disk.
void evict(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

int measure(const QString &path, int searches)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        evict(path + suffix);
    // The first screen: the store opened and the newest page read, as the
    // News section does on start, from the disk.
    QElapsedTimer first;
    first.start();
    auto store = News::NewsStore::open(path);
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.error().message));
        return 1;
    }
    News::NewsQuery newest;
    newest.limit = 200;
    const auto page = store.value()->list(newest);
    const double firstMs = double(first.nsecsElapsed()) / 1e6;
    if (!page || page.value().items.isEmpty())
        return 1;
    const int count = store.value()->portalSyncState().value().itemCount;
    std::printf("articles: %d\nfirst screen (open + newest 200, from the disk): %.1f ms (goal < 200)\n",
                count, firstMs);

    // Twice the same 200 searches: right after opening (the index read from
    // the disk), then again (cached, as during a session).
    for (const char *pass : {"from the disk", "cached"}) {
        QRandomGenerator random(200);
        QList<double> times;
        QList<std::pair<double, QString>> slowest;
        qsizetype hits = 0;
        for (int i = 0; i < searches; ++i) {
            News::NewsQuery query;
            const int words = 1 + random.bounded(2);
            QStringList text;
            for (int w = 0; w < words; ++w) {
                const int kind = random.bounded(4);
                text << (kind == 0       ? pick(random, Bench::FrenchWords)
                             : kind == 1 ? pick(random, Bench::EnglishWords)
                             : kind == 2 ? pick(random, Bench::Places)
                                         : pick(random, Bench::Tags));
            }
            // Typed as a person types: the last word may be cut short.
            if (random.bounded(3) == 0 && text.last().size() > 4)
                text.last().chop(2);
            query.text = text.join(u' ');
            query.limit = 200;
            QElapsedTimer timer;
            timer.start();
            const auto found = store.value()->list(query);
            times << double(timer.nsecsElapsed()) / 1e6;
            slowest.append({times.last(), query.text});
            hits += found ? found.value().items.size() : 0;
        }
        std::sort(times.begin(), times.end());
        const auto at = [&times](double share) {
            return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(share * double(times.size()))));
        };
        std::printf("search, %s (%d queries, first 200 hits each, %lld hits): p50 %.1f ms, p95 %.1f ms "
                    "(goal < 20), max %.1f ms\n",
                    pass, searches, static_cast<long long>(hits), at(0.5), at(0.95), times.last());
        std::sort(slowest.begin(), slowest.end(),
                  [](const auto &x, const auto &y) { return x.first > y.first; });
        for (qsizetype i = 0; i < std::min<qsizetype>(3, slowest.size()); ++i)
            std::printf("  slowest: %.1f ms \"%s\"\n", slowest.at(i).first,
                        qUtf8Printable(slowest.at(i).second));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const QString command = args.value(1);
    const QString target = args.value(2);
    if (command == u"content" && !target.isEmpty())
        return makeContent(target, option(QStringLiteral("--articles"), 100000));
    if (command == u"feed" && !target.isEmpty())
        return makeFeed(target, option(QStringLiteral("--items"), 5000));
    if (command == u"parse" && !target.isEmpty())
        return parse(target, option(QStringLiteral("--runs"), 5));
    if (command == u"measure" && !target.isEmpty())
        return measure(target, option(QStringLiteral("--searches"), 200));
    std::fputs(
        "usage: bench-news-tool content DIR [--articles N] | feed FILE [--items N] | parse FILE [--runs R] | "
        "measure DB [--searches N]\n",
        stderr);
    return 2;
}
