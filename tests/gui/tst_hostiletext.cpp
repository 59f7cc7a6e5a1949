// Text a portal, a feed or a file wrote is shown as written, never read as
// markup: a title "<img src=file:///etc/passwd width=99999>" must not make a
// label or a tooltip draw a local file (or a 99,999-pixel picture). Every
// label and tooltip of the widgets that show such text is checked, with the
// text in every field the portal fills.

#include "core/catalogue/thumbnailcache.h"
#include "core/catalogue/video.h"
#include "core/downloads/downloadmanager.h"
#include "core/downloads/queuestore.h"
#include "core/portal/portalclient.h"
#include "ui/account/accountform.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/library/taskpanel.h"
#include "ui/plaintext.h"
#include "ui/player/framerate.h"
#include "ui/player/playbackproblem.h"
#include "ui/player/playermessage.h"
#include "ui/player/shotlistmodel.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videothumbnails.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

const QString Hostile = QStringLiteral("<img src=file:///etc/passwd width=99999>");

// Whether Qt would read `text` as rich text with the hostile tag in it.
bool drawsMarkup(const QString &text, Qt::TextFormat format)
{
    if (!text.contains(QStringLiteral("<img")))
        return false;
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// Every label, tooltip and item-view tooltip under `root` that would draw
// the hostile text as markup; and whether the text showed anywhere at all.
QStringList markupUnder(QWidget *root, bool *shown)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().contains(Hostile))
                *shown = true;
            if (drawsMarkup(label->text(), label->textFormat()))
                found << QStringLiteral("label %1: %2").arg(label->objectName(), label->text());
        }
        if (drawsMarkup(widget->toolTip(), Qt::AutoText))
            found << QStringLiteral("tooltip of %1").arg(widget->objectName());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    if (model->data(index).toString().contains(Hostile))
                        *shown = true;
                    if (drawsMarkup(model->data(index, Qt::ToolTipRole).toString(), Qt::AutoText))
                        found << QStringLiteral("tooltip of %1 at %2,%3")
                                     .arg(view->objectName())
                                     .arg(row)
                                     .arg(column);
                }
            }
        }
    }
    return found;
}

// The form every account page is made of, its message shown from here.
class MessageForm final : public Ui::AccountForm
{
public:
    using AccountForm::AccountForm;
    using AccountForm::showError;
};

Catalogue::Video hostileVideo()
{
    Catalogue::Video video;
    video.id = QStringLiteral("v-hostile");
    video.title = Hostile;
    video.description = Hostile + QStringLiteral(" <b>bold</b> <a href=\"file:///etc\">link</a>");
    video.location = Hostile;
    video.credit = Hostile;
    video.usageTerms = Hostile;
    video.tags = {Hostile};
    video.publishedAt = QDateTime::currentDateTimeUtc();
    video.durationMs = 60'000;
    video.shotlist = {Catalogue::ShotlistEntry {QStringLiteral("10:00:00:00"), QStringLiteral("10:00:05:00"),
                                                false, Hostile, QString(), QString()},
                      Catalogue::ShotlistEntry {QStringLiteral("10:00:05:00"), QStringLiteral("10:00:09:00"),
                                                true, Hostile, Hostile, QString()}};
    Catalogue::Rendition rendition;
    rendition.id = QStringLiteral("r-1");
    rendition.label = Hostile;
    rendition.container = QStringLiteral("mxf");
    rendition.videoCodec = Hostile;
    rendition.frameRate = QStringLiteral("25");
    rendition.width = 1920;
    rendition.height = 1080;
    rendition.sizeBytes = 1'000'000;
    rendition.filename = QStringLiteral("clip.mxf");
    video.renditions = {rendition};
    return video;
}

} // namespace

class TestHostileText final : public QObject
{
    Q_OBJECT

private slots:
    void plainToolTipShowsTheTextAsWritten()
    {
        const QString tip = Ui::plainToolTip(Hostile + QStringLiteral("\nsecond line & more"));
        QVERIFY(!drawsMarkup(tip, Qt::AutoText));
        QTextDocument shown;
        shown.setHtml(tip);
        QCOMPARE(shown.toPlainText(), Hostile + QStringLiteral("\nsecond line & more"));
        QCOMPARE(Ui::plainToolTip(QString()), QString());
    }

    void videoDetailPane()
    {
        QNetworkAccessManager network;
        QTemporaryDir cacheDir;
        Catalogue::ThumbnailCache cache(network, cacheDir.path());
        Ui::VideoThumbnails thumbnails(cache);
        Ui::VideoDetailPane pane(thumbnails);
        pane.showVideo(hostileVideo());
        pane.setDownloadsAvailable(false, Hostile);
        pane.resize(600, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        bool shown = false;
        const QStringList markup = markupUnder(&pane, &shown);
        QVERIFY2(markup.isEmpty(), qPrintable(markup.join(u'\n')));
        QVERIFY(shown);
        const auto *title = pane.findChild<QLabel *>(QStringLiteral("detailTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), Hostile);
        QCOMPARE(title->textFormat(), Qt::PlainText);

        pane.showProblem(Hostile);
        shown = false;
        QVERIFY(markupUnder(&pane, &shown).isEmpty());
        QVERIFY(shown);
    }

    void shotListToolTips()
    {
        Ui::ShotlistModel model;
        model.setShotlist(hostileVideo().shotlist, Ui::FrameRate());
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QString tip = model.data(model.index(row, column), Qt::ToolTipRole).toString();
                QVERIFY2(!drawsMarkup(tip, Qt::AutoText), qPrintable(tip));
            }
        }
    }

    void downloadsToolTips()
    {
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        {
            auto store = Downloads::QueueStore::open(queue);
            QVERIFY(store.ok());
            Downloads::DownloadRecord record;
            record.videoId = QStringLiteral("v-hostile");
            record.renditionId = QStringLiteral("r-1");
            record.title = Hostile;
            record.label = Hostile;
            record.fileName = QStringLiteral("clip.mxf");
            record.destDir = state.path();
            record.sizeBytes = 1'000'000;
            QVERIFY(store.value()->add(record).ok());
        }
        QNetworkAccessManager network;
        Portal::PortalClient client(network, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
        Downloads::DownloadManager manager(client, queue);
        Ui::DownloadsModel model(manager);
        manager.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(model.data(model.index(0, Ui::DownloadsModel::NameColumn)).toString().contains(Hostile));
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString tip = model.data(model.index(0, column), Qt::ToolTipRole).toString();
            QVERIFY2(!drawsMarkup(tip, Qt::AutoText), qPrintable(tip));
        }
    }

    void messages()
    {
        Ui::MessageBar notice;
        notice.showMessage(Ui::MessageBar::Kind::Error, Hostile);
        Ui::PlayerMessage player;
        Ui::PlaybackProblem problem;
        problem.heading = Hostile;
        problem.explanation = Hostile;
        player.setProblem(problem, true);
        MessageForm form;
        form.showError(Hostile);
        Ui::MessageBar bar;
        bar.showMessage(Ui::MessageBar::Kind::Error, Hostile, Hostile);
        Ui::TaskPanel task;
        task.start(Hostile);
        task.setProgress(1, 2, Hostile);
        for (QWidget *widget :
             {static_cast<QWidget *>(&notice), static_cast<QWidget *>(&player), static_cast<QWidget *>(&form),
              static_cast<QWidget *>(&bar), static_cast<QWidget *>(&task)}) {
            bool shown = false;
            const QStringList markup = markupUnder(widget, &shown);
            QVERIFY2(markup.isEmpty(), qPrintable(markup.join(u'\n')));
            QVERIFY2(shown, widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
