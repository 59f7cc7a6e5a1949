#include "ui/news/newspage.h"

#include "core/network/offlinemode.h"

#include "core/catalogue/thumbnailcache.h"
#include "core/news/feedfetcher.h"
#include "core/news/newscache.h"
#include "core/news/newssync.h"
#include "core/portal/conditions.h"
#include "core/watch/watchstore.h"
#include "ui/news/addfeeddialog.h"
#include "ui/news/newsmodel.h"
#include "ui/news/newsreader.h"
#include "ui/plaintext.h"
#include "ui/savesearchdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/widgets/datetimetext.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

NewsPage::NewsPage(News::NewsCache &cache, News::NewsSync *sync, News::FeedFetcher *feeds,
                   Catalogue::ThumbnailCache *images, int refreshMinutes, QWidget *parent)
    : QWidget(parent),
      m_cache(cache),
      m_sync(sync),
      m_feeds(feeds),
      m_images(images),
      m_model(new NewsModel(cache, this)),
      m_reader(new NewsReader(this)),
      m_list(new QTreeView(this)),
      m_search(new QLineEdit(this)),
      m_source(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_unread(new QCheckBox(this)),
      m_starred(new QCheckBox(this)),
      m_refresh(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this)),
      m_note(new MessageBar(this)),
      m_searchDelay(new QTimer(this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newsPage"));
    m_search->setObjectName(QStringLiteral("newsSearch"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("newsKind"));
    m_kind->addItem(QString(), QString());
    for (const char *kind : {"news", "press_release", "speech", "statement", "transcript"})
        m_kind->addItem(QString(), QString::fromLatin1(kind));
    m_source->setObjectName(QStringLiteral("newsSource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unread->setObjectName(QStringLiteral("newsUnread"));
    m_starred->setObjectName(QStringLiteral("newsStarred"));
    m_refresh->setObjectName(QStringLiteral("newsRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(m_sync != nullptr);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_source);
    filters->addWidget(m_kind);
    filters->addWidget(m_unread);
    filters->addWidget(m_starred);
    filters->addWidget(m_refresh);
    m_saveSearch = new QPushButton(this);
    m_saveSearch->setObjectName(QStringLiteral("newsSaveSearch"));
    m_saveSearch->hide(); // until there is a store to save into
    connect(m_saveSearch, &QPushButton::clicked, this, &NewsPage::saveSearch);
    filters->addWidget(m_saveSearch);
    if (m_feeds) {
        m_addFeed = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
        m_addFeed->setObjectName(QStringLiteral("newsAddFeed"));
        connect(m_addFeed, &QPushButton::clicked, this, &NewsPage::addFeed);
        filters->addWidget(m_addFeed);
    }

    m_list->setObjectName(QStringLiteral("newsList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NewsModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(NewsModel::SummaryColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(NewsModel::SummaryColumn, 260);
    for (int column : {NewsModel::KindColumn, NewsModel::SourceColumn, NewsModel::DateColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this);
    m_copy->setObjectName(QStringLiteral("newsCopyQuote"));
    m_export = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_export->setObjectName(QStringLiteral("newsExport"));
    connect(m_export, &QPushButton::clicked, this, &NewsPage::exportArticle);
    auto *readerBox = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerBox);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(m_reader, 1);
    auto *readerButtons = new QHBoxLayout;
    readerButtons->addStretch(1);
    readerButtons->addWidget(m_export);
    readerButtons->addWidget(m_copy);
    readerLayout->addLayout(readerButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(readerBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &NewsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewsPage::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &NewsPage::applyFilters);
    connect(m_unread, &QCheckBox::toggled, this, &NewsPage::applyFilters);
    connect(m_starred, &QCheckBox::toggled, this, &NewsPage::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, &NewsPage::syncNow);
    connect(m_copy, &QPushButton::clicked, this, &NewsPage::copyQuote);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NewsPage::showCurrent);
    connect(m_model, &NewsModel::loaded, this, [this](const QString &problem) {
        m_problem = problem;
        updateNote();
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid() && m_shownKey == 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        else if (const int row = m_model->rowOf(m_shownKey); row >= 0)
            m_list->setCurrentIndex(m_model->index(row, 0));
        emit contentChanged();
    });
    connect(m_reader, &NewsReader::videoRequested, this, &NewsPage::videoRequested);

    const auto shortcut = [this](const QKeySequence &keys, const char *description, auto slot) {
        auto *action = new QShortcut(keys, this, slot);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        describeShortcut(action, "Ui::NewsPage", description);
        return action;
    };
    shortcut(QKeySequence(Qt::Key_J), QT_TRANSLATE_NOOP("Ui::NewsPage", "Next article"), [this] { step(1); });
    shortcut(QKeySequence(Qt::Key_K), QT_TRANSLATE_NOOP("Ui::NewsPage", "Previous article"),
             [this] { step(-1); });
    shortcut(QKeySequence(Qt::Key_S), QT_TRANSLATE_NOOP("Ui::NewsPage", "Star or unstar the article"),
             [this] { toggleStar(); });
    shortcut(QKeySequence(Qt::Key_M), QT_TRANSLATE_NOOP("Ui::NewsPage", "Mark the article read or unread"),
             [this] { toggleRead(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
             QT_TRANSLATE_NOOP("Ui::NewsPage", "Copy the selected text as a quote with its source"),
             [this] { copyQuote(); });

    if (m_sync) {
        connect(m_sync, &News::NewsSync::started, this, [this] {
            m_refresh->setEnabled(false);
            updateNote();
        });
        connect(m_sync, &News::NewsSync::finished, this, [this] {
            m_offline = false;
            m_refresh->setEnabled(true);
            updateNote();
            refreshFeeds();
            // The portal answers: its conditions of use may have changed too.
            if (m_conditions)
                m_conditions->check(this, [this](const auto &) { showCreditLine(); });
        });
        connect(m_sync, &News::NewsSync::failed, this, &NewsPage::syncFailed);
        if (m_images) {
            connect(m_sync, &News::NewsSync::imagesFound, this, [this](const QList<QUrl> &urls) {
                for (const QUrl &url : urls)
                    m_images->request(url);
            });
        }
    }
    if (m_images) {
        connect(m_images, &Catalogue::ThumbnailCache::ready, this,
                [this](const QUrl &url, const QByteArray &bytes) {
                    QImage image;
                    if (image.loadFromData(bytes))
                        m_reader->setImage(url, image);
                    else
                        m_images->reject(url);
                });
    }
    connect(m_refreshTimer, &QTimer::timeout, this, &NewsPage::syncNow);
    // Offline by choice: said at once; online again: brought up to date.
    connect(&Network::OfflineMode::instance(), &Network::OfflineMode::changed, this, [this](bool on) {
        if (on) {
            m_offline = true;
            m_problem.clear();
            updateNote();
        } else if (m_started) {
            syncNow();
        }
    });
    setRefreshMinutes(refreshMinutes);
    retranslate();
    loadSources();
    m_model->setQuery(News::NewsQuery {});
}

void NewsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NewsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search the news (accents and case ignored)"));
    m_search->setAccessibleName(tr("Search the news"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, NewsModel::kindName(m_kind->itemData(i).toString()));
    m_kind->setAccessibleName(tr("Kind of article"));
    m_source->setAccessibleName(tr("Source"));
    sayFixedSources();
    m_unread->setText(tr("&Unread"));
    m_unread->setAccessibleName(tr("Unread only"));
    m_starred->setText(tr("S&tarred"));
    m_starred->setAccessibleName(tr("Starred only"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Fetch what changed on the portal (F5)"));
    m_saveSearch->setText(tr("Save Search…"));
    m_saveSearch->setAccessibleName(tr("Save Search…"));
    m_saveSearch->setToolTip(tr("Keep this search: after each sync you are told what is new for it"));
    if (m_addFeed) {
        m_addFeed->setText(tr("Add &Feed…"));
        m_addFeed->setAccessibleName(tr("Add Feed…"));
        m_addFeed->setToolTip(tr("Follow an RSS or Atom feed beside the portal's news"));
    }
    m_list->setAccessibleName(tr("Articles"));
    m_copy->setText(tr("&Copy Quote"));
    m_copy->setAccessibleName(tr("Copy Quote"));
    m_copy->setToolTip(tr("Copy the selected text with its title, source, date and link (Ctrl+Shift+C)"));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export…"));
    m_export->setToolTip(tr("Save the article with its source as Markdown or PDF"));
    updateNote();
}

void NewsPage::sayFixedSources()
{
    // The feeds keep their own names; the two choices before them (see loadSources()) are ours.
    if (m_source->count() < 2)
        return;
    m_source->setItemText(0, tr("All sources"));
    m_source->setItemText(1, tr("Portal"));
}

void NewsPage::loadSources(qint64 select)
{
    m_cache.feeds(this, [this, select](Util::Result<QList<News::FeedSource>> feeds) {
        const QVariant current = select >= 0 ? QVariant(select) : m_source->currentData();
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItem(QString(), QVariant());
        m_source->addItem(QString(), QVariant(qint64(News::PortalSource)));
        sayFixedSources();
        QHash<qint64, QString> names;
        for (const News::FeedSource &feed : feeds.valueOr({})) {
            const QString name = feed.name.isEmpty() ? feed.url.host() : feed.name;
            names.insert(feed.id, name);
            m_source->addItem(name, QVariant(feed.id));
            if (!feed.lastError.isEmpty())
                m_source->setItemData(m_source->count() - 1,
                                      plainToolTip(tr("Last refresh failed: %1").arg(feed.lastError)),
                                      Qt::ToolTipRole);
        }
        m_model->setSourceNames(names);
        const int index = m_source->findData(current);
        m_source->setCurrentIndex(std::max(0, index));
        if (select >= 0)
            applyFilters();
    });
}

void NewsPage::refreshFeeds()
{
    if (!m_feeds || m_feedsRunning)
        return;
    m_feedsRunning = true;
    m_feeds->refreshAll([this, guard = QPointer<NewsPage>(this)](QList<News::FeedOutcome> outcomes) {
        if (!guard)
            return;
        m_feedsRunning = false;
        for (const News::FeedOutcome &outcome : outcomes) {
            if (!m_images)
                break;
            for (const QUrl &url : outcome.images)
                m_images->request(url);
        }
        loadSources();
    });
}

void NewsPage::addFeed()
{
    if (!m_feeds)
        return;
    auto *dialog = new AddFeedDialog(*m_feeds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { loadSources(dialog->feedId()); });
    dialog->open();
}

void NewsPage::setRefreshMinutes(int minutes)
{
    if (minutes > 0 && m_sync)
        m_refreshTimer->start(minutes * 60 * 1000);
    else
        m_refreshTimer->stop();
}

void NewsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        syncNow();
    }
}

void NewsPage::syncNow()
{
    // The feeds follow the portal (finished or failed); without a portal, alone.
    if (m_sync && !m_sync->isRunning())
        m_sync->start();
    else if (!m_sync)
        refreshFeeds();
}

void NewsPage::syncFailed(const QString &message, bool offline)
{
    m_offline = offline;
    m_problem = offline ? QString() : message;
    m_refresh->setEnabled(true);
    updateNote();
    refreshFeeds();
}

void NewsPage::updateNote()
{
    using Kind = MessageBar::Kind;
    if (!m_problem.isEmpty()) {
        m_note->showMessage(
            Kind::Warning, [problem = m_problem] { return problem; }, [] { return tr("Try Again"); },
            [this] { syncNow(); });
        return;
    }
    if (m_sync && m_sync->isRunning() && m_model->rowCount() == 0) {
        m_note->showMessage(Kind::Information, [] { return tr("Fetching the news from the portal…"); });
        return;
    }
    if (!m_offline) {
        m_note->dismiss();
        return;
    }
    m_cache.portalSyncState(this, [this](Util::Result<News::NewsSyncState> state) {
        if (!m_offline)
            return;
        const QDateTime asOf = state ? state.value().asOf() : QDateTime();
        if (Network::OfflineMode::isOn()) {
            m_note->showMessage(
                Kind::Information,
                [asOf] {
                    return asOf.isValid()
                        ? tr("Working offline: showing the news as of %1.").arg(DateTimeText::moment(asOf))
                        : tr("Working offline: no news was kept yet.");
                },
                [] { return tr("Work Online"); }, [] { Network::OfflineMode::setOn(false); });
            return;
        }
        m_note->showMessage(
            Kind::Warning,
            [asOf] {
                return asOf.isValid()
                    ? tr("Offline: showing the news as of %1. The portal could not be reached.")
                          .arg(DateTimeText::moment(asOf))
                    : tr("Offline: the portal cannot be reached and no news was kept yet.");
            },
            [] { return tr("Try Again"); }, [this] { syncNow(); });
    });
}

void NewsPage::applyFilters()
{
    News::NewsQuery query;
    query.text = m_search->text();
    query.kind = m_kind->currentData().toString();
    if (const QVariant source = m_source->currentData(); source.isValid())
        query.source = source.toLongLong();
    query.unreadOnly = m_unread->isChecked();
    query.starredOnly = m_starred->isChecked();
    m_model->setQuery(query);
}

void NewsPage::showCurrent()
{
    const auto item = m_model->itemAt(m_list->currentIndex().row());
    if (!item) {
        m_shownKey = 0;
        m_reader->clearItem();
        return;
    }
    if (item->key == m_shownKey && m_reader->item())
        return;
    m_shownKey = item->key;
    const QString source =
        m_model->data(m_model->index(m_list->currentIndex().row(), NewsModel::SourceColumn)).toString();
    m_cache.item(item->key, this,
                 [this, source, key = item->key](Util::Result<std::optional<News::NewsItem>> full) {
                     if (key != m_shownKey || !full || !full.value())
                         return;
                     m_reader->showItem(*full.value(), source);
                     if (m_images) {
                         for (const QUrl &url : m_reader->imageUrls())
                             m_images->request(url);
                     }
                     if (!full.value()->read) {
                         m_model->markLocally(key, true, std::nullopt);
                         m_cache.setRead(key, true);
                     }
                 });
}

void NewsPage::step(int delta)
{
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, std::max(0, m_model->rowCount() - 1));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void NewsPage::toggleStar()
{
    const auto item = m_model->itemAt(m_list->currentIndex().row());
    if (!item)
        return;
    m_model->markLocally(item->key, std::nullopt, !item->starred);
    m_cache.setStarred(item->key, !item->starred);
}

void NewsPage::toggleRead()
{
    const auto item = m_model->itemAt(m_list->currentIndex().row());
    if (!item)
        return;
    m_model->markLocally(item->key, !item->read, std::nullopt);
    m_cache.setRead(item->key, !item->read);
}

void NewsPage::setWatchStore(Watch::WatchStore *store)
{
    m_watches = store;
    m_saveSearch->setVisible(store != nullptr);
}

void NewsPage::saveSearch()
{
    if (!m_watches)
        return;
    Watch::SavedSearch search;
    search.scope = Watch::SavedSearch::Scope::News;
    search.text = m_search->text().trimmed();
    search.kind = m_kind->currentData().toString();
    auto *dialog = new SaveSearchDialog(*m_watches, search, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NewsPage::setConditions(Portal::ConditionsGate *conditions)
{
    m_conditions = conditions;
    if (m_conditions)
        connect(m_conditions, &Portal::ConditionsGate::accepted, this, [this] { showCreditLine(); });
    showCreditLine();
}

void NewsPage::showCreditLine()
{
    const auto seen = m_conditions ? m_conditions->record().lastSeen() : std::nullopt;
    m_reader->setPortalCreditLine(seen ? seen->creditLine : QString());
}

void NewsPage::exportArticle()
{
    const auto item = m_reader->item();
    if (!item)
        return;
    QString name = item->title.left(80);
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    QString filter;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Article"),
                                                      QDir::home().filePath(name + QStringLiteral(".md")),
                                                      tr("Markdown (*.md);;PDF (*.pdf)"), &filter);
    if (file.isEmpty())
        return;
    if (const QString problem = m_reader->exportTo(file); !problem.isEmpty()) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export Article"), problem, QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void NewsPage::copyQuote()
{
    if (!m_reader->item())
        return;
    QApplication::clipboard()->setMimeData(m_reader->quoteMimeData());
}

} // namespace Ui
