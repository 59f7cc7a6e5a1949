#pragma once

#include "core/catalogue/video.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace Ui {

class ShotlistPanel;
class VideoStates;
class VideoThumbnails;

// Everything about the selected video: the picture, title, date (with its
// zone and age), duration and place; right under them the renditions as one
// compact table (format, codec, raster, scan, rate, bitrate, size, what of
// it is here or on its way, a Download button each); Preview and a Download
// split button that names the rendition it takes (the house format's, see
// Catalogue::Video::preferredRendition) and lists the others; the usage
// terms as a callout beside them; the description and credit; and the shot
// list with timecodes (soundbites with their speaker), which folds.
class VideoDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDetailPane)

public:
    explicit VideoDetailPane(VideoThumbnails &thumbnails, QWidget *parent = nullptr);

    void showVideo(const Catalogue::Video &video);
    void showLoading();
    // With a Try again button (retryRequested).
    void showProblem(const QString &message);
    void showNothing();
    std::optional<Catalogue::Video> video() const { return m_video; }
    // What the pane says instead of details (nothing selected, loading, a
    // problem); empty while a video is shown.
    QString message() const;

    // Download buttons are disabled, with the reason as their tooltip, when
    // there is no download queue (no portal).
    void setDownloadsAvailable(bool available, const QString &reason = {});

    QPushButton *previewButton() const { return m_preview; }
    // What of each rendition is here or on its way; may be null.
    void setStates(VideoStates *states);
    // "largest", "mxf", "mov" or "mp4" (Settings: downloads.house-format).
    void setHouseFormat(const QString &houseFormat);
    QString houseFormat() const { return m_houseFormat; }

    QToolButton *downloadBestButton() const { return m_downloadBest; }
    QPushButton *downloadButton(const QString &renditionId) const;
    // The shot list and the renditions as a person reads them, row by row.
    QStringList shotRows() const;
    QStringList renditionRows() const;
    // The state a rendition's row shows ("✓ Verified", "↓ 42 %"), empty for none.
    QString renditionState(const QString &renditionId) const;
    ShotlistPanel *shotList() const { return m_shots; }
    // Whether the shot list is folded away.
    bool shotListFolded() const { return m_shotsFolded; }

signals:
    void downloadRequested(const Catalogue::Video &video, const Catalogue::Rendition &rendition);
    void previewRequested(const Catalogue::Video &video);
    // "Try again" under a problem: the details are asked for once more.
    void retryRequested();
    // The video shown needs the pane this wide (its minimum) to be read whole.
    void widthNeeded(int width);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // What the message page says when there is no video to show.
    enum class MessageKind { Nothing, Loading, Problem };

    void retranslate();
    void sayMessage();
    void build(const Catalogue::Video &video);
    void addShotList(QVBoxLayout *layout, const Catalogue::Video &video);
    void addRenditions(QVBoxLayout *layout, const Catalogue::Video &video);
    void updateThumbnail(const QUrl &url);
    void applyDownloadState();
    void updateStates();
    void addRenditionTable(QVBoxLayout *layout, const Catalogue::Video &video);
    void addActions(QVBoxLayout *layout, const Catalogue::Video &video);
    QLabel *heading(const QString &text, QWidget *parent) const;

    VideoThumbnails &m_thumbnails;
    QStackedWidget *m_stack;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_retry; // shown with a problem
    QScrollArea *m_scroll;
    int m_widthNeeded = 0;
    QWidget *m_content = nullptr;
    QLabel *m_picture = nullptr;
    QPushButton *m_preview = nullptr;
    QToolButton *m_downloadBest = nullptr;
    VideoStates *m_states = nullptr;
    QString m_houseFormat = QStringLiteral("largest");
    QHash<QString, QLabel *> m_stateLabels; // by rendition id
    bool m_shotsFolded = false;
    ShotlistPanel *m_shots = nullptr; // null without a shot list
    QList<QPushButton *> m_downloadButtons;
    std::optional<Catalogue::Video> m_video;
    bool m_downloadsAvailable = true;
    MessageKind m_messageKind = MessageKind::Nothing;
    QString m_downloadsReason;
};

} // namespace Ui
