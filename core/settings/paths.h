#pragma once

#include <QCoreApplication>
#include <QString>

namespace Settings {

// Where the application keeps its files. By default the XDG base directories:
//   data     $XDG_DATA_HOME/mmdesk      (library, queue, news cache)
//   config   $XDG_CONFIG_HOME/mmdesk    (mmdesk.conf)
//   cache    $XDG_CACHE_HOME/mmdesk     (thumbnails, images)
//   logs     $XDG_STATE_HOME/mmdesk/logs
// A data directory given with --data-dir or MMDESK_DATA_DIR holds all four, so
// that one folder is one self-contained profile (portable use, tests).
class Paths final
{
    Q_DECLARE_TR_FUNCTIONS(Settings::Paths)

public:
    // override: the --data-dir value, or empty. The environment variable
    // MMDESK_DATA_DIR is read when override is empty.
    static Paths resolve(const QString &override = {});

    QString dataDir() const { return m_dataDir; }
    QString configDir() const { return m_configDir; }
    QString cacheDir() const { return m_cacheDir; }
    QString logDir() const { return m_logDir; }

    QString settingsFile() const;
    QString logFile(const QString &programName) const;
    // True when a single folder was chosen by --data-dir or MMDESK_DATA_DIR.
    bool isProfileFolder() const { return m_profileFolder; }

    // Creates the folders (owner-only permissions). Returns an error message,
    // or an empty string on success.
    QString ensureCreated() const;

private:
    QString m_dataDir;
    QString m_configDir;
    QString m_cacheDir;
    QString m_logDir;
    bool m_profileFolder = false;
};

} // namespace Settings
