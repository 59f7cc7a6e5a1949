// The Library section's model over a library of 20,000 clips: rows are
// read a page at a time, only where the view looks (keyset pages forwards
// and backwards, offset pages only after a jump), they agree with the
// store's own paging in several orders with ties, and the pages kept in
// memory stay bounded while every screen is scrolled through.

#include "core/library/librarystore.h"
#include "ui/library/librarymodel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Library::Status;
using Ui::LibraryModel;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), QTimeZone::utc());
}

} // namespace

class TestLibraryModel final : public QObject
{
    Q_OBJECT

private slots:
    void lazyLoadingOfALargeLibrary()
    {
        constexpr int Clips = 20'000;
        QTemporaryDir dir;
        auto opened = Library::LibraryStore::open(dir.filePath(u"large.sqlite"_s));
        QVERIFY(opened.ok());
        Library::LibraryStore &store = *opened.value();
        const QStringList words {u"Conseil"_s, u"Sommet"_s,  u"Ministres"_s, u"Parlement"_s, u"Élection"_s,
                                 u"Climat"_s,  u"Défense"_s, u"Énergie"_s,   u"Santé"_s,     u"Commerce"_s};
        QList<Library::Clip> clips;
        const QDateTime start = at(2020, 1, 1);
        for (int i = 0; i < Clips; ++i) {
            Library::Clip c;
            c.videoId = u"v%1"_s.arg(i);
            // Many equal titles, sizes and statuses: ties must page correctly.
            c.title = u"%1 %2"_s.arg(words.at(i % words.size())).arg(i % 50);
            c.filePath = u"/archive/large/clip-%1.mxf"_s.arg(i);
            c.downloadedAt = start.addSecs(qint64(i) * 3600);
            c.publishedAt = c.downloadedAt.addDays(-1);
            c.sizeBytes = (qint64(i) * 7919) % 1000 * 1'000'000;
            c.durationMs = (i % 300) * 1000;
            c.container = QStringList {u"mxf"_s, u"mp4"_s, u"mov"_s}.at(i % 3);
            c.status = static_cast<Status>(i % 4);
            c.sha256 = QByteArray::number(i, 16).rightJustified(64, '0');
            clips << c;
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY(store.addClips(clips).ok());
        const qint64 addMs = clock.elapsed();
        clips.clear();

        LibraryModel model(store, nullptr);
        QTableView tableView;
        tableView.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        tableView.verticalHeader()->setDefaultSectionSize(42);
        tableView.resize(900, 600);
        clock.restart();
        tableView.setModel(&model);
        model.setQuery({});
        tableView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tableView));
        tableView.viewport()->repaint();
        const qint64 openMs = clock.elapsed();
        const LibraryModel::Stats afterOpen = model.stats();
        QCOMPARE(model.rowCount(), Clips);
        QCOMPARE(afterOpen.pageQueries, 1);
        QCOMPARE(afterOpen.rowsRead, qint64(LibraryModel::PageSize));

        clock.restart();
        tableView.scrollToBottom();
        tableView.viewport()->repaint();
        const qint64 endMs = clock.elapsed();
        const LibraryModel::Stats atEnd = model.stats();
        // The last page, read backwards from the end by key: nothing between.
        QCOMPARE(atEnd.pageQueries, 2);
        QCOMPARE(atEnd.offsetPages, 0);
        QCOMPARE(atEnd.rowsRead, qint64(2 * LibraryModel::PageSize));

        clock.restart();
        tableView.verticalScrollBar()->setValue(tableView.verticalScrollBar()->maximum() / 2);
        tableView.viewport()->repaint();
        const qint64 middleMs = clock.elapsed();
        const LibraryModel::Stats middle = model.stats();
        QVERIFY(middle.pageQueries <= 4); // one page, or two where the screen straddles pages
        QVERIFY(middle.offsetPages >= 1);

        // Rows agree with the store's own offset paging, in several orders
        // (ties included), at the start, the end, a jump and the rows around it.
        const QList<std::pair<int, Qt::SortOrder>> sorts {
            {LibraryModel::DownloadedColumn, Qt::DescendingOrder},
            {LibraryModel::TitleColumn, Qt::AscendingOrder},
            {LibraryModel::SizeColumn, Qt::DescendingOrder},
            {LibraryModel::StatusColumn, Qt::AscendingOrder}};
        for (const auto &[column, order] : sorts) {
            model.sort(column, order);
            const Library::Query query = model.query();
            for (const int row : {0, 1, 199, 200, Clips / 2 - 1, Clips / 2, Clips / 2 + 201, 13'001, 12'999,
                                  12'800, 12'799, Clips - 201, Clips - 200, Clips - 1}) {
                const auto expected = store.page(query, row, 1);
                QVERIFY(expected.ok() && expected.value().size() == 1);
                QCOMPARE(model.idAt(row), expected.value().first().id);
            }
        }

        // Scrolling through everything, a screen at a time: memory stays bounded.
        model.sort(LibraryModel::DownloadedColumn, Qt::DescendingOrder);
        model.resetStats();
        clock.restart();
        const int perScreen = tableView.viewport()->height() / 42;
        for (int row = 0; row < Clips; row += perScreen) {
            tableView.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
            tableView.viewport()->repaint();
        }
        const qint64 throughMs = clock.elapsed();
        const LibraryModel::Stats through = model.stats();
        QCOMPARE(through.pageQueries, Clips / LibraryModel::PageSize);
        QCOMPARE(through.offsetPages, 0);
        QVERIFY(model.cachedPages() <= LibraryModel::MaxPages);

        qInfo().noquote() << u"%1 clips added in %2 ms"_s.arg(Clips).arg(addMs);
        qInfo().noquote() << u"open: %1 count, %2 page (%3 rows) read, first screen painted in %4 ms"_s
                                 .arg(afterOpen.countQueries)
                                 .arg(afterOpen.pageQueries)
                                 .arg(afterOpen.rowsRead)
                                 .arg(openMs);
        qInfo().noquote() << u"scroll to the end: +%1 page (keyset, backwards), painted in %2 ms"_s
                                 .arg(atEnd.pageQueries - afterOpen.pageQueries)
                                 .arg(endMs);
        qInfo().noquote() << u"jump to the middle: +%1 page(s), %2 by offset, painted in %3 ms"_s
                                 .arg(middle.pageQueries - atEnd.pageQueries)
                                 .arg(middle.offsetPages)
                                 .arg(middleMs);
        qInfo().noquote()
            << u"every screen from top to bottom: %1 pages (all keyset), %2 rows, %3 ms; %4 pages "
               u"kept in memory"_s.arg(through.pageQueries)
                   .arg(through.rowsRead)
                   .arg(throughMs)
                   .arg(model.cachedPages());
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
