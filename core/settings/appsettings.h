#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace Settings {

// Typed access to the application's settings file (INI format, in the folder
// given by Paths). Keys live in settingskeys.h; older files are migrated on open.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
    Q_DECLARE_TR_FUNCTIONS(Settings::AppSettings)

public:
    explicit AppSettings(const QString &filePath);

    QString filePath() const;
    // The version the file was written with; CurrentVersion after migrate().
    int version() const;
    // Brings an older file up to the current key layout. Refuses a file written
    // by a newer version of the application rather than guessing at it.
    Util::Result<void> migrate();

    QUrl portalUrl() const;
    void setPortalUrl(const QUrl &url);

    // "" follows the system locale; otherwise "en" or "fr".
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QString currentSection() const;
    void setCurrentSection(const QString &section);
    // The Videos grid's zoom in percent (View → Zoom); 100 by default.
    int videosZoom() const;
    void setVideosZoom(int percent);

    // How often the News section fetches what changed (0: only on demand).
    int newsRefreshMinutes() const;
    void setNewsRefreshMinutes(int minutes);

    // The largest answer read from the portal's API, in bytes (setting in
    // MiB, 1–1024, default 16): a longer one is refused, not buffered.
    qint64 portalMaxResponseBytes() const;
    int portalMaxResponseMiB() const;
    void setPortalMaxResponseMiB(int mebibytes);

    // The bandwidth limit and the hours it applies, as
    // Downloads::BandwidthSchedule writes it ("20M 07:00-19:00"; "" none).
    QString bandwidthSchedule() const;
    void setBandwidthSchedule(const QString &schedule);

    // Connections per large download: 1–16, kept for the whole download,
    // or AutomaticConnections (the default), where the download starts with
    // a few and opens more while that makes it faster.
    static constexpr int AutomaticConnections = 0;
    int connectionsPerFile() const;
    void setConnectionsPerFile(int count);
    // How many downloads of the queue transfer at once (1-10, default 3).
    int concurrentDownloads() const;
    void setConcurrentDownloads(int count);
    // Where renditions queued from the Videos section are saved: the chosen
    // folder, or defaultDownloadFolder().
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    // ~/Videos/Multimedia Desk (the system's videos folder).
    static QString defaultDownloadFolder();
    // The watch folder each verified download is copied to (an edit or
    // playout ingest folder); "" (the default) for none.
    QString deliveryFolder() const;
    void setDeliveryFolder(const QString &folder);
    // Whether each verified download gets an EBUCore sidecar beside it, and
    // its folder a new ASC MHL generation. Both off unless chosen.
    bool writeSidecars() const;
    void setWriteSidecars(bool on);
    bool keepHashHistory() const;
    void setKeepHashHistory(bool on);
    // Whether closing the window while downloads run leaves the application
    // working in the system tray (when the desktop has one). On by default.
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // What Download takes of a video: "largest" (default), or a container
    // ("mxf", "mov", "mp4") first, else the largest.
    QString houseFormat() const;
    void setHouseFormat(const QString &format);
    // Work offline (Network::OfflineMode): nothing is fetched; default off.
    bool workOffline() const;
    void setWorkOffline(bool on);
    // The proxy as Network::ProxySetting writes it: "system" (default),
    // "none" or the proxy's address.
    QString proxy() const;
    void setProxy(const QString &setting);

    // Writes pending changes to disk; returns an error when the file cannot be written.
    Util::Result<void> sync();

private:
    QSettings m_settings;
};

} // namespace Settings
