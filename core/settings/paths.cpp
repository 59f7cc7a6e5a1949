#include "core/settings/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QStandardPaths>

namespace Settings {

namespace {

const QString AppFolder = QStringLiteral("mmdesk");

QString xdgDir(const char *variable, const QString &fallbackBelowHome)
{
    const QString value = qEnvironmentVariable(variable);
    // The XDG spec says relative paths are invalid and must be ignored.
    if (!value.isEmpty() && QDir::isAbsolutePath(value))
        return QDir::cleanPath(value);
    return QDir::homePath() + u'/' + fallbackBelowHome;
}

} // namespace

Paths Paths::resolve(const QString &override)
{
    QString profile = override;
    if (profile.isEmpty())
        profile = qEnvironmentVariable("MMDESK_DATA_DIR");

    Paths paths;
    if (!profile.isEmpty()) {
        const QString root = QDir::cleanPath(QFileInfo(profile).absoluteFilePath());
        paths.m_profileFolder = true;
        paths.m_dataDir = root;
        paths.m_configDir = root;
        paths.m_cacheDir = root + QStringLiteral("/cache");
        paths.m_logDir = root + QStringLiteral("/logs");
        return paths;
    }
    paths.m_dataDir = xdgDir("XDG_DATA_HOME", QStringLiteral(".local/share")) + u'/' + AppFolder;
    paths.m_configDir = xdgDir("XDG_CONFIG_HOME", QStringLiteral(".config")) + u'/' + AppFolder;
    paths.m_cacheDir = xdgDir("XDG_CACHE_HOME", QStringLiteral(".cache")) + u'/' + AppFolder;
    paths.m_logDir =
        xdgDir("XDG_STATE_HOME", QStringLiteral(".local/state")) + u'/' + AppFolder + QStringLiteral("/logs");
    return paths;
}

QString Paths::settingsFile() const
{
    return m_configDir + QStringLiteral("/mmdesk.conf");
}

QString Paths::logFile(const QString &programName) const
{
    return m_logDir + u'/' + programName + QStringLiteral(".log");
}

QString Paths::ensureCreated() const
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &dir : {m_dataDir, m_configDir, m_cacheDir, m_logDir}) {
        QFileInfo info(dir);
        if (info.exists() && !info.isDir())
            return tr("%1 exists but is not a folder.").arg(QDir::toNativeSeparators(dir));
        if (!info.exists()) {
            if (!QDir().mkpath(dir))
                return tr("Cannot create the folder %1. Check that its parent exists and is writable.")
                    .arg(QDir::toNativeSeparators(dir));
            QFile::setPermissions(dir, ownerOnly);
        }
        if (!QFileInfo(dir).isWritable())
            return tr("The folder %1 is not writable.").arg(QDir::toNativeSeparators(dir));
    }
    return {};
}

} // namespace Settings
