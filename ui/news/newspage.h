#pragma once

#include <QDateTime>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace Catalogue {
class ThumbnailCache;
}

namespace News {
class FeedFetcher;
class NewsCache;
class NewsSync;
} // namespace News

namespace Portal {
class ConditionsGate;
}

namespace Watch {
class WatchStore;
}

namespace Ui {

class MessageBar;

class NewsModel;
class NewsReader;

// The News section: the portal's releases kept on this computer, a list
// with filters and search as you type beside a reader. A sync runs when the
// page is first shown, on demand and every `refreshMinutes`; offline it
// shows what it has and says how old it is. J/K move to the next or previous
// article, S stars, M marks read or unread; opening an article marks it read.
class NewsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsPage)

public:
    // sync, feeds and images may be null (no portal; no feeds; no image cache).
    NewsPage(News::NewsCache &cache, News::NewsSync *sync, News::FeedFetcher *feeds,
             Catalogue::ThumbnailCache *images, int refreshMinutes, QWidget *parent = nullptr);

    NewsModel *model() const { return m_model; }
    NewsReader *reader() const { return m_reader; }
    void setRefreshMinutes(int minutes);
    // The portal's conditions of use: their credit line goes into the export
    // of every portal article, and is brought up to date after each sync.
    void setConditions(Portal::ConditionsGate *conditions);
    // Where Save Search… keeps the current search (the button shows once set).
    void setWatchStore(Watch::WatchStore *store);

public slots:
    // The portal, then every feed.
    void syncNow();
    void copyQuote();
    // "Add Feed…": opens the dialog, and shows the feed once added.
    void addFeed();
    // "Export…": the open article as Markdown or PDF, in a file chosen.
    void exportArticle();

signals:
    // What the section holds may have changed (and is known: the first of
    // these says what it holds at start).
    void contentChanged();
    void videoRequested(const QString &videoId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void sayFixedSources();
    void showCreditLine();
    void saveSearch();
    void applyFilters();
    void showCurrent();
    void step(int delta);
    void toggleStar();
    void toggleRead();
    void updateNote();
    void syncFailed(const QString &message, bool offline);
    void refreshFeeds();
    void loadSources(qint64 select = -1);

    News::NewsCache &m_cache;
    News::NewsSync *m_sync;
    Portal::ConditionsGate *m_conditions = nullptr;
    News::FeedFetcher *m_feeds;
    Catalogue::ThumbnailCache *m_images;
    NewsModel *m_model;
    NewsReader *m_reader;
    QTreeView *m_list;
    QLineEdit *m_search;
    QComboBox *m_source;
    QComboBox *m_kind;
    QCheckBox *m_unread;
    QCheckBox *m_starred;
    QPushButton *m_refresh;
    QPushButton *m_saveSearch = nullptr;
    QPushButton *m_addFeed = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    Watch::WatchStore *m_watches = nullptr;
    MessageBar *m_note;
    QTimer *m_searchDelay;
    QTimer *m_refreshTimer;
    bool m_started = false;
    bool m_offline = false;
    bool m_feedsRunning = false;
    QString m_problem;
    qint64 m_shownKey = 0;
};

} // namespace Ui
