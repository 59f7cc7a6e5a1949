// The Videos section as a person meets it, against the reference portal
// (content written here: pictures, shot lists with soundbites, broadcast
// renditions) and a real keyring: the catalogue in the grid, search and tag
// filter, a video's shot list and renditions, preview, downloads signed in
// and signed out, the list mode, and the catalogue offline. With
// MMDESK_SCREENSHOT_DIR set, the screens are saved there as videos-*.png.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/network/offlinemode.h"
#include "core/portal/portalclient.h"
#include "tests/gui/screencheck.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "ui/player/shotlistpanel.h"
#include "ui/translations.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videofilterbar.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"
#include "ui/videos/videothumbnails.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

struct Shot
{
    const char *in;
    const char *out;
    const char *description;
    const char *speaker = nullptr;
    const char *language = nullptr;
};

struct Encoding
{
    const char *id;
    const char *label;
    const char *container;
    const char *videoCodec;
    const char *audioCodec;
    int width;
    int height;
    const char *frameRate;
    bool interlaced;
    int bitrateKbps;
};

const Encoding Xdcam {"r-xdcam-hd422",
                      "Broadcast HD 1080i50, XDCAM HD422 50 Mb/s, PCM 24-bit (MXF)",
                      "mxf",
                      "mpeg2video",
                      "pcm_s24le",
                      1920,
                      1080,
                      "25",
                      true,
                      50000};
const Encoding H264 {
    "r-hd-mp4", "HD 1080p25, H.264 10 Mb/s, AAC stereo (MP4)", "mp4", "h264", "aac", 1920, 1080, "25", false,
    10000};
const Encoding ProRes {"r-prores422", "Edit master 1080p25, Apple ProRes 422, PCM 24-bit (MOV)",
                       "mov",         "prores",
                       "pcm_s24le",   1920,
                       1080,          "25",
                       false,         147000};
const Encoding Ntsc {"r-hd-2997", "HD 1080p29.97, H.264 8 Mb/s, AAC stereo (MP4)",
                     "mp4",       "h264",
                     "aac",       1920,
                     1080,        "30000/1001",
                     false,       8000};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A picture that reads as a frame of news footage: sky, ground, a building.
QByteArray thumbnail(QColor sky, QColor ground, int seed)
{
    QImage image(640, 360, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, 360);
    gradient.setColorAt(0, sky.lighter(130));
    gradient.setColorAt(0.62, sky);
    gradient.setColorAt(0.63, ground);
    gradient.setColorAt(1, ground.darker(140));
    painter.fillRect(image.rect(), gradient);
    QRandomGenerator random(static_cast<quint32>(seed));
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 6; ++i) {
        const int width = 40 + random.bounded(90);
        const int height = 60 + random.bounded(120);
        const int x = random.bounded(600);
        painter.setBrush(QColor::fromHsv(sky.hue(), 30, 80 + random.bounded(100)));
        painter.drawRect(x, 224 - height, width, height);
    }
    painter.setBrush(QColor(255, 255, 255, 60));
    painter.drawEllipse(QPoint(500, 70), 34, 34);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

class TestVideosView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    QTemporaryDir m_dest;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Downloads::DownloadManager> m_manager;
    std::unique_ptr<Catalogue::CatalogueCache> m_cache;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnails;
    std::unique_ptr<Ui::VideosPage> m_page;

    bool writeFile(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_content.filePath(relative);
        QFile file(path);
        return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
            && file.write(bytes) == bytes.size();
    }

    bool writeVideo(const QString &id, const char *title, const char *description, const char *published,
                    const char *location, const char *language, const QStringList &tags, int durationMs,
                    const QList<Shot> &shots, const QList<Encoding> &encodings, const QByteArray &picture)
    {
        const QString media = QStringLiteral("media/videos/") + id;
        QJsonArray shotlist;
        for (const Shot &shot : shots) {
            QJsonObject entry {
                {QStringLiteral("tc_in"), text(shot.in)},
                {QStringLiteral("tc_out"), text(shot.out)},
                {QStringLiteral("kind"), shot.speaker ? QStringLiteral("soundbite") : QStringLiteral("shot")},
                {QStringLiteral("description"), text(shot.description)}};
            if (shot.speaker)
                entry.insert(QStringLiteral("speaker"), text(shot.speaker));
            if (shot.language)
                entry.insert(QStringLiteral("language"), text(shot.language));
            shotlist.append(entry);
        }
        QJsonArray renditions;
        quint32 seed = static_cast<quint32>(qHash(id));
        for (const Encoding &e : encodings) {
            const QString fileName = id + u'-' + text(e.id).mid(2) + u'.' + text(e.container);
            QByteArray bytes(64 * 1024 + int(seed % 4096), Qt::Uninitialized);
            QRandomGenerator(seed++).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            if (!writeFile(media + u'/' + fileName, bytes))
                return false;
            renditions.append(QJsonObject {
                {QStringLiteral("id"), text(e.id)},
                {QStringLiteral("label"), text(e.label)},
                {QStringLiteral("container"), text(e.container)},
                {QStringLiteral("video_codec"), text(e.videoCodec)},
                {QStringLiteral("audio_codec"), text(e.audioCodec)},
                {QStringLiteral("width"), e.width},
                {QStringLiteral("height"), e.height},
                {QStringLiteral("frame_rate"), text(e.frameRate)},
                {QStringLiteral("interlaced"), e.interlaced},
                {QStringLiteral("bitrate_kbps"), e.bitrateKbps},
                {QStringLiteral("file"), QString(media + u'/' + fileName)},
                {QStringLiteral("filename"), fileName},
            });
        }
        const QJsonObject video {
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), text(title)},
            {QStringLiteral("description"), text(description)},
            {QStringLiteral("published_at"), text(published)},
            {QStringLiteral("recorded_at"), text(published)},
            {QStringLiteral("location"), text(location)},
            {QStringLiteral("language"), text(language)},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("credit"), QStringLiteral("Alliance Multimedia Library")},
            {QStringLiteral("usage_terms"),
             QStringLiteral(
                 "Free of charge for editorial use by registered media in news and current affairs. "
                 "Credit the Alliance Multimedia Library. Not for advertising.")},
            {QStringLiteral("thumbnail"), QString(media + QStringLiteral("/thumb.jpg"))},
            {QStringLiteral("preview"), QString(media + QStringLiteral("/proxy.mp4"))},
            {QStringLiteral("shotlist"), shotlist},
            {QStringLiteral("renditions"), renditions},
        };
        return writeFile(media + QStringLiteral("/thumb.jpg"), picture)
            && writeFile(media + QStringLiteral("/proxy.mp4"), "preview proxy")
            && writeFile(QStringLiteral("videos/") + id + QStringLiteral(".json"),
                         QJsonDocument(video).toJson());
    }

    bool writeContent()
    {
        return QDir(m_content.path()).mkpath(QStringLiteral("news"))
            && writeVideo(
                   QStringLiteral("v-summit-arrivals"), "Leaders arrive for the summit in The Hague",
                   "Heads of state and government arrive at the World Forum for the two-day summit. "
                   "Includes a doorstep by the Secretary General on air defence and industrial capacity.",
                   "2026-11-12T09:40:00Z", "The Hague, Netherlands", "en",
                   {QStringLiteral("summit"), QStringLiteral("leaders")}, 95000,
                   {{"00:00:00:00", "00:00:04:10",
                     "Wide shot of official cars arriving at the main entrance."},
                    {"00:00:04:10", "00:00:09:00",
                     "“We are here to make sure that what we promised is delivered, on time.”",
                     "Annelie Vørsund, Secretary General", "en"},
                    {"00:00:09:00", "00:00:12:15", "Leaders walk along the red carpet; photographers."},
                    {"00:00:12:15", "00:01:35:00", "Family photo in the atrium."}},
                   {Xdcam, H264, ProRes}, thumbnail(QColor(0x5f, 0x8f, 0xc8), QColor(0x4a, 0x55, 0x3c), 1))
            && writeVideo(
                   QStringLiteral("v-point-presse"), "Conférence de presse de la porte-parole",
                   "Point de presse hebdomadaire à Bruxelles : préparation du sommet, exercices en cours.",
                   "2026-11-05T11:00:00Z", "Bruxelles, Belgique", "fr", {QStringLiteral("press-conference")},
                   420000,
                   {{"00:00:00:00", "00:00:06:00", "Plan large de la salle de presse."},
                    {"00:00:06:00", "00:00:31:12", "« Le sommet se prépare dans un esprit d’unité. »",
                     "Élodie Marchand, porte-parole", "fr"}},
                   {Xdcam, Ntsc}, thumbnail(QColor(0x8a, 0x9b, 0xb0), QColor(0x6b, 0x5a, 0x4a), 2))
            && writeVideo(QStringLiteral("v-baltic-exercise"), "Naval exercise in the Baltic Sea",
                          "Allied ships sail in formation during a maritime exercise off the Baltic coast.",
                          "2026-10-29T07:15:00Z", "Baltic Sea", "en",
                          {QStringLiteral("exercise"), QStringLiteral("navy")}, 187000,
                          {{"00:00:00:00", "00:03:07:00", "Aerial views of frigates in formation."}}, {H264},
                          thumbnail(QColor(0x3f, 0x6e, 0x9a), QColor(0x21, 0x3c, 0x57), 3))
            && writeVideo(QStringLiteral("v-ministers-air-defence"), "Defence ministers meet on air defence",
                          "Defence ministers discuss integrated air and missile defence.",
                          "2026-10-20T13:30:00Z", "Brussels, Belgium", "en",
                          {QStringLiteral("defence-ministers")}, 62000, {}, {H264, Xdcam},
                          thumbnail(QColor(0xb8, 0x9a, 0x6c), QColor(0x5b, 0x4b, 0x3b), 4))
            // A thumbnail that is no picture: the placeholder stays.
            && writeVideo(QStringLiteral("v-flag-ceremony"), "Archive: flag-raising ceremony",
                          "Archive footage of a flag-raising ceremony.", "2026-10-02T08:00:00Z",
                          "Brussels, Belgium", "en", {QStringLiteral("archive")}, 30000, {}, {H264},
                          "placeholder thumbnail");
    }

    // Types as a keyboard would, accented letters included.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, static_cast<char>(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    Ui::VideosModel *model() const { return m_page->model(); }
    QStringList titles() const
    {
        QStringList list;
        for (int row = 0; row < model()->rowCount(); ++row)
            list << model()->index(row, 0).data().toString();
        return list;
    }

    // Clicks a video in the grid as a person would.
    void open(Ui::VideosPage &page, const QString &id)
    {
        const int row = page.model()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        QListView *grid = page.gridView();
        const QModelIndex index = page.model()->index(row, 0);
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        QTRY_VERIFY(page.detailPane()->video() && page.detailPane()->video()->id == id);
    }

    QPushButton *downloadButton(Ui::VideosPage &page, const QString &renditionId)
    {
        return page.detailPane()->downloadButton(renditionId);
    }

    QList<Downloads::DownloadRecord> queued(const QString &videoId, const QString &renditionId) const
    {
        QList<Downloads::DownloadRecord> found;
        for (const auto &record : m_manager->downloads()) {
            if (record.videoId == videoId && record.renditionId == renditionId)
                found << record;
        }
        return found;
    }

    void capture(const QString &screen)
    {
        ScreenCheck::capture(m_page.get(), screen, QStringLiteral("videos-%1.png").arg(screen));
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        // Dates as a newsroom in Brussels or London reads them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(writeContent());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        Portal::RetryPolicy quick;
        quick.maxAttempts = 2;
        quick.baseDelay = std::chrono::milliseconds(100);
        m_client->setRetryPolicy(quick);
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-videos-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        m_manager = std::make_unique<Downloads::DownloadManager>(
            *m_client, m_state.filePath(QStringLiteral("q.sqlite")));
        m_manager->start();
        m_cache =
            std::make_unique<Catalogue::CatalogueCache>(m_state.filePath(QStringLiteral("catalogue.sqlite")));
        m_thumbnails = std::make_unique<Catalogue::ThumbnailCache>(
            m_network, m_state.filePath(QStringLiteral("thumbnails")));
        m_page = std::make_unique<Ui::VideosPage>(*m_client, *m_cache, *m_thumbnails, m_manager.get(),
                                                  m_accounts.get(),
                                                  m_dest.filePath(QStringLiteral("Multimedia Desk")));
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_manager.reset();
        m_thumbnails.reset();
        m_cache.reset();
    }

    void loadsTheCatalogueNewestFirst()
    {
        QTRY_COMPARE(model()->rowCount(), 5);
        QTRY_COMPARE(model()->source(), Ui::VideosModel::Source::Portal);
        QCOMPARE(titles(),
                 (QStringList {QStringLiteral("Leaders arrive for the summit in The Hague"),
                               QStringLiteral("Conférence de presse de la porte-parole"),
                               QStringLiteral("Naval exercise in the Baltic Sea"),
                               QStringLiteral("Defence ministers meet on air defence"),
                               QStringLiteral("Archive: flag-raising ceremony")}));
        QVERIFY(m_page->gridView()->isVisible());
        QTRY_COMPARE(m_page->findChild<QLabel *>(QStringLiteral("statusLine"))->text(),
                     QStringLiteral("Videos: 5"));
        QVERIFY(!m_page->statusNotice()->isVisible());
        // The tags the portal knows, with the number of videos.
        QTRY_VERIFY(m_page->filterBar()->tagBox()->findData(QStringLiteral("summit")) > 0);
        QCOMPARE(m_page->filterBar()->tagBox()->itemText(
                     m_page->filterBar()->tagBox()->findData(QStringLiteral("summit"))),
                 QStringLiteral("summit (1)"));

        // Pictures arrive; the one that is no picture keeps its placeholder.
        auto *thumbs = m_page->findChild<Ui::VideoThumbnails *>();
        QVERIFY(thumbs);
        const QUrl first = model()->index(0, 0).data(Ui::VideosModel::ThumbnailUrlRole).toUrl();
        const QUrl broken = model()->index(4, 0).data(Ui::VideosModel::ThumbnailUrlRole).toUrl();
        QTRY_VERIFY(thumbs->isReady(first, QSize(192, 108), m_page->devicePixelRatioF()));
        QTRY_VERIFY(thumbs->hasFailed(broken));
    }

    void searchesAndFilters()
    {
        QLineEdit *search = m_page->filterBar()->searchField();
        search->setFocus();
        type(search, QStringLiteral("conférence"));
        QTRY_COMPARE(titles(), QStringList {QStringLiteral("Conférence de presse de la porte-parole")});
        QTRY_COMPARE(model()->source(), Ui::VideosModel::Source::Portal);
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 5);

        // A search that finds nothing says so, and offers to clear it.
        QTest::keyClicks(search, QStringLiteral("zeppelin"));
        QTRY_COMPARE(model()->rowCount(), 0);
        auto *stack = m_page->findChild<QStackedWidget *>();
        QTRY_COMPARE(stack->currentWidget()->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))
                         != nullptr,
                     true);
        stack->currentWidget()->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(model()->rowCount(), 5);

        QComboBox *tags = m_page->filterBar()->tagBox();
        tags->setCurrentIndex(tags->findData(QStringLiteral("navy")));
        QTRY_COMPARE(titles(), QStringList {QStringLiteral("Naval exercise in the Baltic Sea")});
        tags->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 5);
        QTRY_COMPARE(model()->source(), Ui::VideosModel::Source::Portal);
    }

    void showsShotListAndRenditions()
    {
        open(*m_page, QStringLiteral("v-summit-arrivals"));
        Ui::VideoDetailPane *detail = m_page->detailPane();
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("detailTitle"))->text(),
                 QStringLiteral("Leaders arrive for the summit in The Hague"));
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("detailFacts"))
                    ->text()
                    .contains(QStringLiteral("1:35")));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("detailCredit"))->text(),
                 QStringLiteral("Alliance Multimedia Library"));
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("detailUsage"))
                    ->text()
                    .startsWith(QStringLiteral("Free of charge")));
        QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("detailLanguage"))->text(),
                 QStringLiteral("English"));

        const QStringList shots = detail->shotRows();
        QCOMPARE(shots.size(), 4);
        QCOMPARE(shots.at(0),
                 QStringLiteral(
                     "00:00:00:00 – 00:00:04:10 Wide shot of official cars arriving at the main entrance."));
        QCOMPARE(shots.at(1),
                 QStringLiteral("00:00:04:10 – 00:00:09:00 Soundbite — Annelie Vørsund, Secretary General "
                                "(English): “We are here to make sure that what we promised is delivered, "
                                "on time.”"));

        const QStringList renditions = detail->renditionRows();
        QCOMPARE(renditions.size(), 3);
        QVERIFY2(renditions.at(0).startsWith(
                     QStringLiteral("Broadcast HD 1080i50, XDCAM HD422 50 Mb/s, PCM 24-bit (MXF) — "
                                    "MXF · MPEG-2 / PCM 24-bit · 1920×1080 · 25 fps interlaced · "
                                    "50.0 Mb/s · ")),
                 qPrintable(renditions.at(0)));
        QVERIFY2(renditions.at(1).contains(
                     QStringLiteral("MP4 · H.264 / AAC · 1920×1080 · 25 fps progressive · 10.0 Mb/s")),
                 qPrintable(renditions.at(1)));
        QVERIFY2(renditions.at(2).contains(QStringLiteral("MOV · ProRes / PCM 24-bit")),
                 qPrintable(renditions.at(2)));
        QVERIFY(renditions.at(2).endsWith(QStringLiteral(" kB")));
        for (const char *id : {"r-xdcam-hd422", "r-hd-mp4", "r-prores422"})
            QVERIFY(downloadButton(*m_page, QString::fromLatin1(id))->isEnabled());

        open(*m_page, QStringLiteral("v-point-presse"));
        QVERIFY(detail->renditionRows().at(1).contains(QStringLiteral("29.97 fps progressive")));
        QVERIFY(detail->shotRows().at(1).contains(
            QStringLiteral("Soundbite — Élodie Marchand, porte-parole (French)")));
        // A video without a shot list says so.
        open(*m_page, QStringLiteral("v-ministers-air-defence"));
        QVERIFY(detail->shotRows().isEmpty());
        const QList<QLabel *> labels = detail->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible()
                && label->text() == QStringLiteral("The portal gives no shot list for this video.");
        }));
        open(*m_page, QStringLiteral("v-summit-arrivals"));
        capture(QStringLiteral("grid"));
        // The shot list and the renditions, further down the pane.
        auto *scroll = detail->findChild<QScrollArea *>();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        capture(QStringLiteral("detail"));
        scroll->verticalScrollBar()->setValue(0);
    }

    void copyForScriptPutsABlockOnTheClipboard()
    {
        open(*m_page, QStringLiteral("v-summit-arrivals"));
        Ui::ShotlistPanel *shots = m_page->detailPane()->shotList();
        QVERIFY(shots);
        QTableView *view = shots->view();
        // The soundbite and the shot after it, as a person selects them.
        view->scrollTo(view->model()->index(1, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(1, 2)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          view->visualRect(view->model()->index(2, 2)).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QGuiApplication::clipboard()->clear();
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        const QString expected = QStringLiteral(
            "Leaders arrive for the summit in The Hague\n"
            "IN 00:00:04:10 OUT 00:00:09:00 DUR 0:05  SOUNDBITE Annelie Vørsund, Secretary General "
            "(English)\n"
            "“We are here to make sure that what we promised is delivered, on time.”\n"
            "IN 00:00:09:00 OUT 00:00:12:15 DUR 0:04\n"
            "Leaders walk along the red carpet; photographers.\n"
            "Credit: Alliance Multimedia Library\n"
            "Terms: Free of charge for editorial use by registered media in news and current affairs. "
            "Credit the Alliance Multimedia Library. Not for advertising.\n");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), expected);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data->hasHtml());
        QVERIFY2(
            data->html().contains(QStringLiteral("<td>00:00:04:10</td><td>00:00:09:00</td><td>0:05</td>")),
            qPrintable(data->html()));
        QVERIFY(data->html().contains(QStringLiteral("Alliance Multimedia Library")));

        // The button copies every shot when none is selected.
        view->clearSelection();
        shots->copyButton()->click();
        QTRY_VERIFY(
            QGuiApplication::clipboard()->text().contains(QStringLiteral("Family photo in the atrium.")));
        QCOMPARE(QGuiApplication::clipboard()->text().count(QStringLiteral("IN 00:")), 4);
    }

    void previewIsAskedFor()
    {
        QSignalSpy preview(m_page.get(), &Ui::VideosPage::previewRequested);
        open(*m_page, QStringLiteral("v-baltic-exercise"));
        QVERIFY(m_page->detailPane()->previewButton()->isEnabled());
        QTest::mouseClick(m_page->detailPane()->previewButton(), Qt::LeftButton);
        QCOMPARE(preview.size(), 1);
        const auto video = preview.first().first().value<Catalogue::Video>();
        QCOMPARE(video.id, QStringLiteral("v-baltic-exercise"));
        QVERIFY(video.previewUrl.toString().endsWith(QStringLiteral("/proxy.mp4")));
        // Double-click plays it too.
        const QModelIndex index = model()->index(model()->rowOf(QStringLiteral("v-baltic-exercise")), 0);
        QTest::mouseDClick(m_page->gridView()->viewport(), Qt::LeftButton, {},
                           m_page->gridView()->visualRect(index).center());
        QTRY_COMPARE(preview.size(), 2);
    }

    void downloadSignedOutAsksToSignInThenGoesOn()
    {
        QCOMPARE(m_accounts->state(), Auth::AccountService::State::SignedOut);
        QSignalSpy signIn(m_page.get(), &Ui::VideosPage::signInRequested);
        QSignalSpy queuedSpy(m_page.get(), &Ui::VideosPage::downloadQueued);
        open(*m_page, QStringLiteral("v-summit-arrivals"));
        QTest::mouseClick(downloadButton(*m_page, QStringLiteral("r-xdcam-hd422")), Qt::LeftButton);
        QCOMPARE(signIn.size(), 1);
        QVERIFY(m_page->pendingDownload());
        QCOMPARE(m_page->pendingDownload()->second, QStringLiteral("r-xdcam-hd422"));
        QVERIFY2(m_page->downloadNotice()->text().startsWith(QStringLiteral(
                     "Sign in to download “Leaders arrive for the summit in The Hague — Broadcast HD")),
                 qPrintable(m_page->downloadNotice()->text()));
        capture(QStringLiteral("signin"));
        // Decided at the click: nothing went to the queue (the end of the
        // test proves none arrives later either).
        QVERIFY(queued(QStringLiteral("v-summit-arrivals"), QStringLiteral("r-xdcam-hd422")).isEmpty());

        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("videos@example.org")));
        // The application also tells the page; the download is queued once.
        m_page->signedIn();
        QTRY_VERIFY2(queued(QStringLiteral("v-summit-arrivals"), QStringLiteral("r-xdcam-hd422")).size() == 1,
                     qPrintable(m_page->downloadNotice()->text()));
        QTRY_COMPARE(queuedSpy.size(), 1);
        QVERIFY(!m_page->pendingDownload());
        const Downloads::DownloadRecord record =
            queued(QStringLiteral("v-summit-arrivals"), QStringLiteral("r-xdcam-hd422")).first();
        QCOMPARE(record.destDir, m_dest.filePath(QStringLiteral("Multimedia Desk")));
        QCOMPARE(record.title, QStringLiteral("Leaders arrive for the summit in The Hague"));
        QCOMPARE(record.sha256.size(), 64);
        QVERIFY(record.sizeBytes > 0);
        QCOMPARE(QJsonDocument::fromJson(record.metadataJson).object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("v-summit-arrivals"));
        QTRY_VERIFY(m_page->downloadNotice()->text().contains(QStringLiteral("is in the download queue")));
        QCOMPARE(signIn.size(), 1);
        // The queue takes downloads in order: once one asked now is in it,
        // anything asked before is too. Still one of the first.
        QTest::mouseClick(downloadButton(*m_page, QStringLiteral("r-hd-mp4")), Qt::LeftButton);
        QTRY_COMPARE(queued(QStringLiteral("v-summit-arrivals"), QStringLiteral("r-hd-mp4")).size(), 1);
        QCOMPARE(queued(QStringLiteral("v-summit-arrivals"), QStringLiteral("r-xdcam-hd422")).size(), 1);
    }

    void downloadSignedInQueuesAtOnce()
    {
        QSignalSpy signIn(m_page.get(), &Ui::VideosPage::signInRequested);
        open(*m_page, QStringLiteral("v-point-presse"));
        QTest::mouseClick(downloadButton(*m_page, QStringLiteral("r-hd-2997")), Qt::LeftButton);
        QTRY_COMPARE(queued(QStringLiteral("v-point-presse"), QStringLiteral("r-hd-2997")).size(), 1);
        QCOMPARE(signIn.size(), 0);
        // "Download best": the largest picture, then the highest bitrate.
        QTest::mouseClick(m_page->detailPane()->downloadBestButton(), Qt::LeftButton);
        QTRY_COMPARE(queued(QStringLiteral("v-point-presse"), QStringLiteral("r-xdcam-hd422")).size(), 1);
        // Not twice while the first is under way.
        m_manager->pause(
            queued(QStringLiteral("v-point-presse"), QStringLiteral("r-xdcam-hd422")).first().id);
        QTRY_COMPARE(queued(QStringLiteral("v-point-presse"), QStringLiteral("r-xdcam-hd422")).first().state,
                     Downloads::State::Paused);
        QTest::mouseClick(m_page->detailPane()->downloadBestButton(), Qt::LeftButton);
        QTRY_VERIFY(
            m_page->downloadNotice()->text().contains(QStringLiteral("already in the download queue")));
        QCOMPARE(queued(QStringLiteral("v-point-presse"), QStringLiteral("r-xdcam-hd422")).size(), 1);
    }

    void aPageWithoutAccountServiceWaitsForSignedIn()
    {
        Ui::VideosPage page(*m_client, *m_cache, *m_thumbnails, m_manager.get(), nullptr,
                            m_dest.filePath(QStringLiteral("Other")));
        page.resize(1000, 700);
        page.show();
        QSignalSpy signIn(&page, &Ui::VideosPage::signInRequested);
        QTRY_COMPARE(page.model()->rowCount(), 5);
        open(page, QStringLiteral("v-baltic-exercise"));
        QTest::mouseClick(page.detailPane()->downloadButton(QStringLiteral("r-hd-mp4")), Qt::LeftButton);
        QCOMPARE(signIn.size(), 1);
        QVERIFY(queued(QStringLiteral("v-baltic-exercise"), QStringLiteral("r-hd-mp4")).isEmpty());
        page.signedIn();
        QTRY_COMPARE(queued(QStringLiteral("v-baltic-exercise"), QStringLiteral("r-hd-mp4")).size(), 1);
        QCOMPARE(queued(QStringLiteral("v-baltic-exercise"), QStringLiteral("r-hd-mp4")).first().destDir,
                 m_dest.filePath(QStringLiteral("Other")));
        // Cancel forgets the wanted download.
        open(page, QStringLiteral("v-ministers-air-defence"));
        QTest::mouseClick(page.detailPane()->downloadButton(QStringLiteral("r-hd-mp4")), Qt::LeftButton);
        QVERIFY(page.pendingDownload());
        page.downloadNotice()->actionButton()->click();
        QVERIFY(!page.pendingDownload());
        page.signedIn();
        // The queue takes downloads in order: once one asked after it is in,
        // the cancelled one would be too.
        open(page, QStringLiteral("v-summit-arrivals"));
        QTest::mouseClick(page.detailPane()->downloadButton(QStringLiteral("r-prores422")), Qt::LeftButton);
        page.signedIn();
        QTRY_COMPARE(queued(QStringLiteral("v-summit-arrivals"), QStringLiteral("r-prores422")).size(), 1);
        QVERIFY(queued(QStringLiteral("v-ministers-air-defence"), QStringLiteral("r-hd-mp4")).isEmpty());
    }

    void listModeKeepsTheSelection()
    {
        open(*m_page, QStringLiteral("v-point-presse"));
        m_page->filterBar()->findChild<QAbstractButton *>(QStringLiteral("listButton"))->click();
        QTreeView *list = m_page->listView();
        QVERIFY(list->isVisible());
        QVERIFY(!m_page->gridView()->isVisible());
        QCOMPARE(list->currentIndex().data(Ui::VideosModel::IdRole).toString(),
                 QStringLiteral("v-point-presse"));
        QCOMPARE(model()->headerData(Ui::VideosModel::DurationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Duration"));
        QCOMPARE(model()->index(1, Ui::VideosModel::DurationColumn).data().toString(),
                 QStringLiteral("7:00"));
        QCOMPARE(model()->index(1, Ui::VideosModel::LocationColumn).data().toString(),
                 QStringLiteral("Bruxelles, Belgique"));
        // Keyboard: down moves to the next video and its details.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_COMPARE(m_page->detailPane()->video()->id, QStringLiteral("v-baltic-exercise"));
        // Every picture in, but the one that is none.
        for (int row = 0; row < 4; ++row)
            QTRY_VERIFY(m_page->findChild<Ui::VideoThumbnails *>()->isReady(
                model()->index(row, 0).data(Ui::VideosModel::ThumbnailUrlRole).toUrl(),
                Ui::VideosModel::listThumbnailSize(), m_page->devicePixelRatioF()));
        if (m_page->downloadNotice()->isVisible())
            m_page->downloadNotice()->findChild<QAbstractButton *>(QStringLiteral("messageClose"))->click();
        capture(QStringLiteral("list"));
        m_page->filterBar()->findChild<QAbstractButton *>(QStringLiteral("gridButton"))->click();
        QVERIFY(m_page->gridView()->isVisible());
    }

    void workingOfflineAsksNothingAndComesBack()
    {
        QTRY_COMPARE(model()->rowCount(), 5);
        const qsizetype asked = m_portal.requests().size();
        Network::OfflineMode::setOn(true);
        QTRY_VERIFY(m_page->statusNotice()->text().startsWith(
            QStringLiteral("Working offline — showing the catalogue as of ")));
        QCOMPARE(m_page->statusNotice()->kind(), Ui::MessageBar::Kind::Information);
        QVERIFY(m_page->isOffline());
        // Searching reads the catalogue kept here, and asks the portal nothing.
        QLineEdit *search = m_page->filterBar()->searchField();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("CONFERENCE"));
        QTRY_COMPARE(titles(), QStringList {QStringLiteral("Conférence de presse de la porte-parole")});
        QCOMPARE(model()->source(), Ui::VideosModel::Source::Cache);
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(m_portal.requests().size(), asked);

        // The notice's button goes back online; the portal is asked again.
        auto *online = m_page->statusNotice()->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QCOMPARE(online->text(), QStringLiteral("Work Online"));
        online->click();
        QVERIFY(!Network::OfflineMode::isOn());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isOffline(), 10000);
        QTRY_COMPARE(model()->source(), Ui::VideosModel::Source::Portal);
        QVERIFY(!m_page->statusNotice()->isVisible());
        QVERIFY(m_portal.requests().size() > asked);
    }

    void offlineShowsTheCatalogueKeptHere()
    {
        QVERIFY(m_portal.stop());
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isOffline(), 10000);
        QTRY_VERIFY(m_page->statusNotice()->text().startsWith(
            QStringLiteral("Offline — showing the catalogue as of ")));
        QCOMPARE(m_page->statusNotice()->kind(), Ui::MessageBar::Kind::Warning);
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(model()->source(), Ui::VideosModel::Source::Cache);
        // Searching works offline, accents and case ignored.
        QLineEdit *search = m_page->filterBar()->searchField();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("CONFERENCE"));
        QTRY_COMPARE(titles(), QStringList {QStringLiteral("Conférence de presse de la porte-parole")});
        open(*m_page, QStringLiteral("v-point-presse"));
        QCOMPARE(m_page->detailPane()->shotRows().size(), 2);
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 5);
        open(*m_page, QStringLiteral("v-summit-arrivals"));
        QTRY_VERIFY(m_page->statusNotice()->isVisible());
        if (m_page->downloadNotice()->isVisible())
            m_page->downloadNotice()->findChild<QAbstractButton *>(QStringLiteral("messageClose"))->click();
        QVERIFY(!m_page->downloadNotice()->isVisible());
        capture(QStringLiteral("offline"));
    }
};

QTEST_MAIN(TestVideosView)
#include "tst_videosview.moc"
