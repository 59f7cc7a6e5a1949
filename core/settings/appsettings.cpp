#include "core/settings/appsettings.h"

#include "core/settings/settingskeys.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace Settings {

AppSettings::AppSettings(const QString &filePath) : m_settings(filePath, QSettings::IniFormat) { }

QString AppSettings::filePath() const
{
    return m_settings.fileName();
}

int AppSettings::version() const
{
    // A file without a version predates versioning (or is new): treat as 0.
    return m_settings.value(Keys::Version, 0).toInt();
}

Util::Result<void> AppSettings::migrate()
{
    const int from = version();
    if (from > Keys::CurrentVersion) {
        return Util::makeError(
            QStringLiteral("settings_too_new"),
            tr("The settings file %1 was written by a newer version of Multimedia Desk (format %2, this "
               "version reads up to %3). Update the application, or start it with another --data-dir.")
                .arg(QDir::toNativeSeparators(filePath()))
                .arg(from)
                .arg(Keys::CurrentVersion));
    }
    // Step by step, one block per format version. Version 0 -> 1 only stamps
    // the version: there was no earlier layout to convert.
    if (from < 1)
        m_settings.setValue(Keys::Version, 1);
    if (from < 2) {
        // The old count was where a download started; it then opened more
        // by itself. Its default (4), or none, is what "auto" does now. Any
        // other count was a person's choice, and a count is now kept.
        if (m_settings.contains(Keys::LegacyDownloadConnections)) {
            bool counted = false;
            const int count = m_settings.value(Keys::LegacyDownloadConnections).toInt(&counted);
            setConnectionsPerFile(counted && count != 4 ? std::clamp(count, 1, 16) : AutomaticConnections);
            m_settings.remove(Keys::LegacyDownloadConnections);
        }
        m_settings.setValue(Keys::Version, 2);
    }
    if (from != Keys::CurrentVersion)
        qCInfo(lcSettings) << "settings migrated from format" << from << "to" << Keys::CurrentVersion;
    return sync();
}

QUrl AppSettings::portalUrl() const
{
    return QUrl(m_settings.value(Keys::PortalUrl).toString());
}

void AppSettings::setPortalUrl(const QUrl &url)
{
    m_settings.setValue(Keys::PortalUrl, url.toString());
}

QString AppSettings::uiLanguage() const
{
    return m_settings.value(Keys::UiLanguage).toString();
}

void AppSettings::setUiLanguage(const QString &language)
{
    m_settings.setValue(Keys::UiLanguage, language);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(Keys::UiGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Keys::UiGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(Keys::UiState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(Keys::UiState, state);
}

QString AppSettings::currentSection() const
{
    return m_settings.value(Keys::UiSection).toString();
}

void AppSettings::setCurrentSection(const QString &section)
{
    m_settings.setValue(Keys::UiSection, section);
}

int AppSettings::videosZoom() const
{
    return m_settings.value(Keys::UiVideosZoom, 100).toInt();
}

void AppSettings::setVideosZoom(int percent)
{
    m_settings.setValue(Keys::UiVideosZoom, percent);
}

int AppSettings::newsRefreshMinutes() const
{
    // 0 turns the refresh off; otherwise at least a minute, at most a day.
    const int minutes = m_settings.value(Keys::NewsRefreshMinutes, 15).toInt();
    return minutes <= 0 ? 0 : std::clamp(minutes, 1, 24 * 60);
}

void AppSettings::setNewsRefreshMinutes(int minutes)
{
    m_settings.setValue(Keys::NewsRefreshMinutes, minutes <= 0 ? 0 : std::clamp(minutes, 1, 24 * 60));
}

qint64 AppSettings::portalMaxResponseBytes() const
{
    return qint64(portalMaxResponseMiB()) * 1024 * 1024;
}

int AppSettings::portalMaxResponseMiB() const
{
    return std::clamp(m_settings.value(Keys::PortalMaxResponseMiB, 16).toInt(), 1, 1024);
}

void AppSettings::setPortalMaxResponseMiB(int mebibytes)
{
    m_settings.setValue(Keys::PortalMaxResponseMiB, std::clamp(mebibytes, 1, 1024));
}

QString AppSettings::bandwidthSchedule() const
{
    return m_settings.value(Keys::DownloadBandwidth).toString();
}

void AppSettings::setBandwidthSchedule(const QString &schedule)
{
    if (schedule.isEmpty())
        m_settings.remove(Keys::DownloadBandwidth);
    else
        m_settings.setValue(Keys::DownloadBandwidth, schedule);
}

int AppSettings::connectionsPerFile() const
{
    // Anything but a count (the word "auto", a missing key, a damaged value)
    // is automatic.
    bool counted = false;
    const int count = m_settings.value(Keys::DownloadConnectionsPerFile).toString().toInt(&counted);
    return counted && count > 0 ? std::min(count, 16) : AutomaticConnections;
}

void AppSettings::setConnectionsPerFile(int count)
{
    if (count <= AutomaticConnections)
        m_settings.setValue(Keys::DownloadConnectionsPerFile, QStringLiteral("auto"));
    else
        m_settings.setValue(Keys::DownloadConnectionsPerFile, std::min(count, 16));
}

QString AppSettings::downloadFolder() const
{
    const QString chosen = m_settings.value(Keys::DownloadFolder).toString();
    return chosen.isEmpty() ? defaultDownloadFolder() : QDir(chosen).absolutePath();
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    if (folder.isEmpty())
        m_settings.remove(Keys::DownloadFolder);
    else
        m_settings.setValue(Keys::DownloadFolder, QDir(folder).absolutePath());
}

QString AppSettings::deliveryFolder() const
{
    const QString chosen = m_settings.value(Keys::DownloadDeliverTo).toString();
    return chosen.isEmpty() ? QString() : QDir(chosen).absolutePath();
}

void AppSettings::setDeliveryFolder(const QString &folder)
{
    if (folder.isEmpty())
        m_settings.remove(Keys::DownloadDeliverTo);
    else
        m_settings.setValue(Keys::DownloadDeliverTo, QDir(folder).absolutePath());
}

QString AppSettings::defaultDownloadFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::MoviesLocation))
        .filePath(QStringLiteral("Multimedia Desk"));
}

bool AppSettings::writeSidecars() const
{
    return m_settings.value(Keys::LibrarySidecars, false).toBool();
}

void AppSettings::setWriteSidecars(bool on)
{
    m_settings.setValue(Keys::LibrarySidecars, on);
}

int AppSettings::concurrentDownloads() const
{
    return std::clamp(m_settings.value(Keys::DownloadConcurrent, 3).toInt(), 1, 10);
}

void AppSettings::setConcurrentDownloads(int count)
{
    m_settings.setValue(Keys::DownloadConcurrent, std::clamp(count, 1, 10));
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(Keys::UiCloseToTray, true).toBool();
}

void AppSettings::setCloseToTray(bool on)
{
    m_settings.setValue(Keys::UiCloseToTray, on);
}

QString AppSettings::houseFormat() const
{
    const QString value = m_settings.value(Keys::DownloadHouseFormat).toString();
    return value == u"mxf" || value == u"mov" || value == u"mp4" ? value : QStringLiteral("largest");
}

void AppSettings::setHouseFormat(const QString &format)
{
    m_settings.setValue(Keys::DownloadHouseFormat, format);
}

bool AppSettings::workOffline() const
{
    return m_settings.value(Keys::NetworkOffline, false).toBool();
}

void AppSettings::setWorkOffline(bool on)
{
    m_settings.setValue(Keys::NetworkOffline, on);
}

QString AppSettings::proxy() const
{
    return m_settings.value(Keys::NetworkProxy, QStringLiteral("system")).toString();
}

void AppSettings::setProxy(const QString &setting)
{
    m_settings.setValue(Keys::NetworkProxy, setting);
}

bool AppSettings::keepHashHistory() const
{
    return m_settings.value(Keys::LibraryHashHistory, false).toBool();
}

void AppSettings::setKeepHashHistory(bool on)
{
    m_settings.setValue(Keys::LibraryHashHistory, on);
}

Util::Result<void> AppSettings::sync()
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Util::makeError(
            QStringLiteral("settings_not_writable"),
            tr("Cannot write the settings file %1. Check the folder's permissions and free space.")
                .arg(QDir::toNativeSeparators(filePath())));
    case QSettings::FormatError:
        return Util::makeError(
            QStringLiteral("settings_unreadable"),
            tr("The settings file %1 is damaged. Move it aside to start with default settings.")
                .arg(QDir::toNativeSeparators(filePath())));
    }
    return {};
}

} // namespace Settings
