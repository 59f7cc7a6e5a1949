// bench-library-tool: builds a synthetic clip library through LibraryStore's
// bulk path and measures what the library view asks of it.
//
//   bench-library-tool build DB [--clips N] [--batch N] [--seed S]
//   bench-library-tool measure DB [--searches N] [--seed S] [--strict]
//
// `measure` evicts the database from the page cache first (posix_fadvise),
// so that opening it is timed from the disk, not from memory.

#include "core/library/librarystore.h"
#include "tests/bench/library/wordlists.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double SearchP95GoalMs = 20.0;
constexpr double FirstRowsGoalMs = 1000.0;
constexpr double PeakRssGoalMb = 300.0;
constexpr int PageSize = 200;

QStringList fromUtf8(const char *const *begin, const char *const *end)
{
    QStringList list;
    for (auto it = begin; it != end; ++it)
        list << QString::fromUtf8(*it);
    return list;
}

template<size_t N>
QStringList list(const char *const (&words)[N])
{
    return fromUtf8(words, words + N);
}

// Weights 1/rank^s: a few words everywhere, most words rare, as in any text.
std::discrete_distribution<int> zipf(qsizetype size, double exponent)
{
    std::vector<double> weights;
    for (qsizetype rank = 1; rank <= size; ++rank)
        weights.push_back(1.0 / std::pow(double(rank), exponent));
    return std::discrete_distribution<int>(weights.begin(), weights.end());
}

QString withoutAccents(const QString &text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    return plain;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_rng(seed),
          m_french(list(Bench::FrenchWords)),
          m_english(list(Bench::EnglishWords)),
          m_places(list(Bench::Places)),
          m_people(list(Bench::People)),
          m_tags(list(Bench::Tags))
    {
        std::shuffle(m_french.begin(), m_french.end(), m_rng);
        std::shuffle(m_english.begin(), m_english.end(), m_rng);
        // A long tail of made-up names (people, firms, villages): the rare
        // words of a real archive.
        static const QStringList syllables {u"ka"_s, u"ro"_s,  u"mé"_s,  u"li"_s,  u"van"_s,  u"tor"_s,
                                            u"sé"_s, u"du"_s,  u"ber"_s, u"nia"_s, u"gol"_s,  u"fa"_s,
                                            u"zè"_s, u"mir"_s, u"pol"_s, u"an"_s,  u"quet"_s, u"rin"_s,
                                            u"ço"_s, u"lu"_s,  u"dra"_s, u"ven"_s, u"hé"_s,   u"stan"_s};
        std::uniform_int_distribution<int> count(2, 4);
        std::uniform_int_distribution<int> pick(0, int(syllables.size()) - 1);
        while (m_rare.size() < 50'000) {
            QString name;
            for (int n = count(m_rng); n > 0; --n)
                name += syllables.at(pick(m_rng));
            name[0] = name.at(0).toUpper();
            m_rare << name;
        }
        m_frenchZipf = zipf(m_french.size(), 1.0);
        m_englishZipf = zipf(m_english.size(), 1.0);
        // News comes in stories: each clip draws most of its words from one
        // or two topics of a few words, so that a content word is common in
        // some clips and absent from most, rather than spread evenly.
        for (int t = 0; t < TopicCount; ++t) {
            Topic topic;
            for (int w = 0; w < TopicWords; ++w) {
                topic.french << any(m_french);
                topic.english << any(m_english);
            }
            m_topics.push_back(topic);
        }
        m_topicZipf = zipf(TopicCount, 0.8);
        m_rareZipf = zipf(m_rare.size(), 1.1);
    }

    Library::Clip clip(qint64 index, const QDateTime &start)
    {
        const bool french = chance(0.55);
        m_story = {m_topicZipf(m_rng), chance(0.3) ? m_topicZipf(m_rng) : -1};
        const QString videoId = u"v%1"_s.arg(index, 7, 10, QLatin1Char('0'));
        QString title = sentence(french, between(4, 9));
        title[0] = title.at(0).toUpper();
        if (chance(0.5))
            title += (french ? u" à "_s : u" in "_s) + any(m_places);
        const QString description =
            sentence(french, between(12, 22)) + u". "_s + sentence(french, between(8, 16)) + u"."_s;

        QJsonArray shotlist;
        const int shots = between(3, 8);
        for (int s = 0; s < shots; ++s) {
            const bool soundbite = chance(0.3);
            QJsonObject shot {{u"tc_in"_s, timecode(s * 10)},
                              {u"tc_out"_s, timecode(s * 10 + 10)},
                              {u"kind"_s, soundbite ? u"soundbite"_s : u"shot"_s},
                              {u"description"_s, sentence(french, between(5, 12))}};
            if (soundbite)
                shot.insert(u"speaker"_s, chance(0.5) ? any(m_people) : m_rare.at(m_rareZipf(m_rng)));
            shotlist.append(shot);
        }
        QStringList tags;
        for (int t = between(2, 5); t > 0; --t)
            tags << any(m_tags);

        QJsonArray renditions;
        static const char *const containers[] = {"mp4", "mxf", "mov"};
        const int chosen = between(0, 2);
        Library::Clip c;
        for (int r = 0; r < 3; ++r) {
            const QString container = QString::fromLatin1(containers[r]);
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(index * 3 + r), QCryptographicHash::Sha256)
                    .toHex());
            const qint64 size = qint64(between(200, 9000)) * 1'000'000;
            renditions.append(
                QJsonObject {{u"id"_s, QString(u"r-"_s + container)},
                             {u"label"_s, QString(u"Broadcast HD 1080i50 "_s + container.toUpper())},
                             {u"container"_s, container},
                             {u"video_codec"_s, r == 0 ? u"h264"_s : u"mpeg2video"_s},
                             {u"audio_codec"_s, u"pcm_s24le"_s},
                             {u"width"_s, 1920},
                             {u"height"_s, 1080},
                             {u"frame_rate"_s, u"25"_s},
                             {u"interlaced"_s, r != 0},
                             {u"bitrate_kbps"_s, 50'000},
                             {u"size_bytes"_s, size},
                             {u"sha256"_s, sha},
                             {u"filename"_s, QString(videoId + u'.' + container)}});
            if (r == chosen) {
                c.renditionId = u"r-"_s + container;
                c.container = container;
                c.sizeBytes = size;
                c.sha256 = sha.toLatin1();
            }
        }

        c.videoId = videoId;
        c.title = title;
        c.description = description;
        c.location = any(m_places);
        c.credit = u"Audiovisual Service"_s;
        c.usageTerms = u"Free of charge for news use"_s;
        c.downloadedAt = start.addSecs(index * 90 + between(0, 60));
        c.publishedAt = c.downloadedAt.addSecs(-between(600, 30 * 86400));
        c.durationMs = qint64(between(20, 600)) * 1000;
        c.videoCodec = chosen == 0 ? u"h264"_s : u"mpeg2video"_s;
        c.width = 1920;
        c.height = 1080;
        c.frameRate = u"25"_s;
        c.tags = tags;
        if (chance(0.02))
            c.userTags = {any(m_tags)};
        if (chance(0.01))
            c.note = sentence(french, between(4, 10));
        c.filePath =
            u"/srv/footage/%1/%2.%3"_s.arg(c.downloadedAt.toString(u"yyyy/MM"_s), videoId, c.container);
        c.status = chance(0.97) ? Library::Status::Ok
            : chance(0.5)       ? Library::Status::Unverified
                                : Library::Status::Missing;
        c.lastVerifiedAt = c.downloadedAt;
        const QJsonObject video {
            {u"id"_s, videoId},
            {u"title"_s, title},
            {u"description"_s, description},
            {u"published_at"_s, c.publishedAt.toString(Qt::ISODate)},
            {u"updated_at"_s, c.publishedAt.toString(Qt::ISODate)},
            {u"location"_s, c.location},
            {u"language"_s, french ? u"fr"_s : u"en"_s},
            {u"duration_ms"_s, c.durationMs},
            {u"tags"_s, QJsonArray::fromStringList(tags)},
            {u"credit"_s, c.credit},
            {u"usage_terms"_s, c.usageTerms},
            {u"thumbnail_url"_s, u"https://portal.example.org/thumbs/%1.jpg"_s.arg(videoId)},
            {u"preview_url"_s, u"https://portal.example.org/previews/%1.mp4"_s.arg(videoId)},
            {u"shotlist"_s, shotlist},
            {u"renditions"_s, renditions},
        };
        c.metadataJson = QJsonDocument(video).toJson(QJsonDocument::Compact);
        return c;
    }

    // What people type: mostly one or two words, some names, some typed
    // without accents; `typing` when the last word is cut short, as it is
    // while search-as-you-type runs.
    struct Search
    {
        QString text;
        bool typing = false;
    };

    Search query()
    {
        const bool french = chance(0.55);
        const auto word = [&] {
            // Half any word alike, half the words of the stories in the news.
            const Topic &topic = m_topics.at(m_topicZipf(m_rng));
            QString w =
                chance(0.5) ? any(french ? m_french : m_english) : any(french ? topic.french : topic.english);
            return french && chance(0.4) ? withoutAccents(w) : w;
        };
        const double kind = uniform();
        if (kind < 0.35)
            return {word()};
        if (kind < 0.50)
            return {m_rare.at(m_rareZipf(m_rng))};
        if (kind < 0.60)
            return {any(m_places).split(u' ').first()};
        if (kind < 0.85)
            return {word() + u' ' + (chance(0.5) ? word() : any(m_places).split(u' ').first())};
        const QString full = word();
        const QString typing = full.left(std::max<qsizetype>(3, full.size() - between(1, 3)));
        return {chance(0.5) ? word() + u' ' + typing : typing, true};
    }

private:
    bool chance(double p) { return uniform() < p; }
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    QString any(const QStringList &words) { return words.at(between(0, int(words.size()) - 1)); }
    QString common(bool french)
    {
        return french ? m_french.at(m_frenchZipf(m_rng)) : m_english.at(m_englishZipf(m_rng));
    }

    QString sentence(bool french, int words)
    {
        static const QStringList frenchGlue {u"de"_s,   u"la"_s, u"le"_s,  u"les"_s,  u"des"_s, u"du"_s,
                                             u"et"_s,   u"à"_s,  u"en"_s,  u"pour"_s, u"sur"_s, u"avec"_s,
                                             u"dans"_s, u"un"_s, u"une"_s, u"au"_s,   u"par"_s};
        static const QStringList englishGlue {u"the"_s, u"of"_s,   u"and"_s, u"to"_s, u"in"_s, u"for"_s,
                                              u"on"_s,  u"with"_s, u"at"_s,  u"a"_s,  u"by"_s, u"from"_s};
        QStringList parts;
        for (int i = 0; i < words; ++i) {
            const int topic = m_story.second >= 0 && chance(0.4) ? m_story.second : m_story.first;
            const double r = uniform();
            if (r < 0.25)
                parts << any(french ? frenchGlue : englishGlue);
            else if (r < 0.70)
                parts << any(french ? m_topics.at(topic).french : m_topics.at(topic).english);
            else if (r < 0.80)
                parts << common(french);
            else if (r < 0.86)
                parts << any(m_places);
            else if (r < 0.90)
                parts << m_rare.at(m_rareZipf(m_rng));
            else
                parts << any(french ? m_french : m_english);
        }
        return parts.join(u' ');
    }

    static QString timecode(int seconds)
    {
        return u"00:%1:%2:00"_s.arg(seconds / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }

    static constexpr int TopicCount = 600;
    static constexpr int TopicWords = 8;
    struct Topic
    {
        QStringList french, english;
    };

    std::mt19937_64 m_rng;
    std::vector<Topic> m_topics;
    std::discrete_distribution<int> m_topicZipf;
    std::pair<int, int> m_story {0, -1}; // the current clip's topics
    QStringList m_french, m_english, m_places, m_people, m_tags, m_rare;
    std::discrete_distribution<int> m_frenchZipf, m_englishZipf, m_rareZipf;
};

struct Percentiles
{
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        const size_t rank = size_t(std::ceil(q * double(values.size())));
        return values.at(std::clamp<size_t>(rank, 1, values.size()) - 1);
    };
    return {at(0.50), at(0.95), values.back()};
}

int fail(const QString &message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    return 1;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

void evictFromPageCache(const QString &path)
{
    for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        fdatasync(fd);
        posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

int build(const QString &path, const QStringList &args)
{
    const qint64 clips = option(args, u"--clips"_s, u"1000000"_s).toLongLong();
    const int batch = option(args, u"--batch"_s, u"20000"_s).toInt();
    const quint64 seed = option(args, u"--seed"_s, u"20250301"_s).toULongLong();
    if (QFile::exists(path))
        return fail(u"%1 exists; remove it or measure it"_s.arg(path));
    auto store = Library::LibraryStore::open(path);
    if (!store)
        return fail(store.error().message);

    Generator generator(seed);
    const QDateTime start(QDate(2023, 1, 2), QTime(8, 0), QTimeZone::utc());
    QElapsedTimer total;
    total.start();
    qint64 generatingNs = 0;
    for (qint64 done = 0; done < clips;) {
        QElapsedTimer generating;
        generating.start();
        QList<Library::Clip> chunk;
        const qint64 end = std::min(clips, done + batch);
        chunk.reserve(end - done);
        for (qint64 i = done; i < end; ++i)
            chunk << generator.clip(i, start);
        generatingNs += generating.nsecsElapsed();
        if (auto added = store.value()->addClips(chunk); !added)
            return fail(added.error().message);
        done = end;
        if (done % 100'000 == 0 || done == clips)
            std::printf("  %lld clips, %.0f s\n", done, double(total.nsecsElapsed()) / 1e9);
        std::fflush(stdout);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const double storeSeconds = seconds - double(generatingNs) / 1e9;
    store.value().reset(); // closes (and runs PRAGMA optimize)
    const double closedSeconds = double(total.nsecsElapsed()) / 1e9;

    std::printf("bulk insert: %lld clips in transactions of %d: %.1f s total, %.1f s in the store "
                "(%.0f clips/s), %.1f s with the close\n",
                clips, batch, seconds, storeSeconds, double(clips) / storeSeconds, closedSeconds);
    std::printf("database: %.0f MB\n", double(QFileInfo(path).size()) / 1e6);
    std::printf("peak RSS (build): %.0f MB\n", peakRssMb());
    return 0;
}

struct Timed
{
    QString text;
    double ms = 0;
    double cpuMs = 0;
    qint64 matches = 0;
};

// CPU time of this thread: on a busy machine, what the work itself costs
// apart from waiting for a core.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// count() (or countUpTo()) and the first page of a query, as the view asks for them.
Util::Result<Timed> countAndFirstPage(Library::LibraryStore &store, const Library::Query &query,
                                      qint64 countLimit = 0)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    const auto counted = countLimit > 0 ? store.countUpTo(query, countLimit) : store.count(query);
    if (!counted)
        return counted.error();
    const auto rows = store.page(query, 0, PageSize);
    if (!rows)
        return rows.error();
    return Timed {query.text, msSince(timer), threadCpuMs() - cpuStart, counted.value()};
}

QString summary(const std::vector<Timed> &timed)
{
    std::vector<double> ms, cpu, matches;
    for (const Timed &t : timed) {
        ms.push_back(t.ms);
        cpu.push_back(t.cpuMs);
        matches.push_back(double(t.matches));
    }
    const Percentiles p = percentiles(ms);
    const Percentiles c = percentiles(cpu);
    const Percentiles m = percentiles(matches);
    return u"%1 queries: p50 %2 ms, p95 %3 ms, max %4 ms (CPU p50 %5 ms, p95 %6 ms; matches p50 %7, p95 %8)"_s
        .arg(timed.size())
        .arg(p.p50, 0, 'f', 1)
        .arg(p.p95, 0, 'f', 1)
        .arg(p.max, 0, 'f', 1)
        .arg(c.p50, 0, 'f', 1)
        .arg(c.p95, 0, 'f', 1)
        .arg(m.p50, 0, 'f', 0)
        .arg(m.p95, 0, 'f', 0);
}

int measure(const QString &path, const QStringList &args)
{
    const int searches = option(args, u"--searches"_s, u"200"_s).toInt();
    const quint64 seed = option(args, u"--seed"_s, u"7"_s).toULongLong();
    const bool strict = args.contains(u"--strict"_s);
    if (!QFile::exists(path))
        return fail(u"%1 does not exist: run `build` first"_s.arg(path));

    evictFromPageCache(path);
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::LibraryStore::open(path);
    if (!opened)
        return fail(opened.error().message);
    Library::LibraryStore &store = *opened.value();
    const double openMs = msSince(timer);
    const Library::Query defaultView; // newest download first
    const auto total = store.count(defaultView);
    const double countMs = msSince(timer) - openMs;
    const auto first = store.page(defaultView, 0, PageSize);
    const double firstRowsMs = msSince(timer);
    if (!total || !first)
        return fail(u"default view failed"_s);
    std::printf("database: %.0f MB, %lld clips\n", double(QFileInfo(path).size()) / 1e6, total.value());
    std::printf("first rows, from the disk: open %.1f ms + count %.1f ms + first %d rows %.1f ms = %.1f ms\n",
                openMs, countMs, PageSize, firstRowsMs - openMs - countMs, firstRowsMs);

    Generator generator(seed);
    std::vector<Generator::Search> queries;
    for (int i = 0; i < searches; ++i)
        queries.push_back(generator.query());

    // Searching right after the open reads the index from the disk; the
    // same searches again run on what is cached, as in a session.
    bool goalsMet = firstRowsMs < FirstRowsGoalMs;
    double wordsP95 = 0;
    const struct
    {
        const char *name;
        Library::SortColumn sort;
        qint64 countLimit;
    } passes[] = {
        {"newest first, just opened", Library::SortColumn::DownloadedAt, 0},
        {"newest first, cached", Library::SortColumn::DownloadedAt, 0},
        {"newest first, cached, counting up to 10,000", Library::SortColumn::DownloadedAt, 10'000},
        {"relevance, cached", Library::SortColumn::Relevance, 0},
    };
    for (const auto &pass : passes) {
        std::vector<Timed> all, words, typing;
        for (const Generator::Search &search : queries) {
            Library::Query q;
            q.text = search.text;
            q.sort = pass.sort;
            auto timed = countAndFirstPage(store, q, pass.countLimit);
            if (!timed)
                return fail(u"search \"%1\" failed: %2"_s.arg(search.text, timed.error().message));
            all.push_back(timed.value());
            (search.typing ? typing : words).push_back(timed.value());
        }
        std::printf("search, %s, count + first %d rows:\n  all %s\n  whole words %s\n  typing %s\n",
                    pass.name, PageSize, qPrintable(summary(all)), qPrintable(summary(words)),
                    qPrintable(summary(typing)));
        if (&pass == &passes[1]) {
            std::vector<double> ms;
            for (const Timed &t : words)
                ms.push_back(t.ms);
            wordsP95 = percentiles(ms).p95;
            std::sort(all.begin(), all.end(), [](const Timed &a, const Timed &b) { return a.ms > b.ms; });
            QStringList slowest;
            for (size_t i = 0; i < std::min<size_t>(5, all.size()); ++i)
                slowest
                    << u"\"%1\" %2 ms (%3)"_s.arg(all[i].text).arg(all[i].ms, 0, 'f', 1).arg(all[i].matches);
            std::printf("  slowest: %s\n", qPrintable(slowest.join(u", "_s)));
        }
    }
    goalsMet = goalsMet && wordsP95 < SearchP95GoalMs;

    timer.restart();
    (void)store.count(defaultView);
    (void)store.page(defaultView, 0, PageSize);
    std::printf("default view, cached: %.1f ms\n", msSince(timer));
    timer.restart();
    auto keyset = store.pageAfter(defaultView, {}, PageSize);
    for (int i = 0; i < 49 && keyset; ++i)
        keyset = store.pageAfter(defaultView, keyset.value().next, PageSize);
    std::printf("scrolling, 50 keyset pages of %d: %.1f ms\n", PageSize, msSince(timer));
    timer.restart();
    (void)store.page(defaultView, total.value() / 2, PageSize);
    std::printf("one page at offset %lld: %.1f ms\n", total.value() / 2, msSince(timer));

    Library::Query missing;
    missing.status = Library::Status::Missing;
    Library::Query europe;
    europe.tag = u"Europe"_s;
    Library::Query mxf;
    mxf.container = u"mxf"_s;
    Library::Query mxfByTitle = mxf;
    mxfByTitle.sort = Library::SortColumn::Title;
    mxfByTitle.order = Qt::AscendingOrder;
    for (const auto &[name, query] :
         {std::pair {"status missing", missing}, std::pair {"tag Europe", europe},
          std::pair {"format mxf", mxf}, std::pair {"format mxf by title", mxfByTitle}}) {
        auto timed = countAndFirstPage(store, query);
        if (!timed)
            return fail(timed.error().message);
        std::printf("filter, %s, count + first %d rows: %.1f ms (%lld clips)\n", name, PageSize,
                    timed.value().ms, timed.value().matches);
    }

    QStringList sample;
    for (size_t i = 0; i < std::min<size_t>(12, queries.size()); ++i)
        sample << queries[i].text;
    std::printf("sample queries: %s\n", qPrintable(sample.join(u" | "_s)));

    const double rss = peakRssMb();
    std::printf("peak RSS (measure): %.0f MB\n", rss);
    goalsMet = goalsMet && rss < PeakRssGoalMb;
    std::printf("goals (whole-word search p95 < %.0f ms newest first and cached, first rows < %.0f ms, "
                "RSS < %.0f MB): %s\n",
                SearchP95GoalMs, FirstRowsGoalMs, PeakRssGoalMb, goalsMet ? "met" : "missed");
    return strict && !goalsMet ? 3 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.at(1) != u"build" && args.at(1) != u"measure"))
        return fail(u"usage: bench-library-tool build|measure DB [options]"_s);
    return args.at(1) == u"build" ? build(args.at(2), args) : measure(args.at(2), args);
}
