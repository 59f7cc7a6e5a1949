#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace TestSupport {

struct LoggedRequest;

// The reference portal (mmdesk-portal serve) as a child process for a test:
// a fresh temporary state folder, the given content folder, a free port.
// Stopped (SIGTERM, then SIGKILL) when destroyed.
class PortalProcess final
{
public:
    PortalProcess();
    ~PortalProcess();
    PortalProcess(const PortalProcess &) = delete;
    PortalProcess &operator=(const PortalProcess &) = delete;

    // Starts `serve --content DIR --state <temp> --port 0 [--dev] ARGS...`
    // and waits for its "listening on" line. dev adds --dev (outbox, faults).
    bool start(const QString &contentDir, const QStringList &extraArgs = {}, bool dev = true);
    // Stops and starts again on the same state folder (accounts survive).
    bool restart(const QStringList &extraArgs);
    bool restart() { return restart(m_extraArgs); }
    // SIGTERM, then SIGKILL after 15 s. True when the server was not running
    // or ended by itself with exit code 0 (a sanitizer report makes it false).
    bool stop();
    bool isRunning() const;

    // http://127.0.0.1:PORT/api/v1
    QUrl baseUrl() const { return m_baseUrl; }
    // baseUrl() + "/" + path, e.g. url("news?limit=5").
    QUrl url(const QString &pathAndQuery) const;
    QUrl origin() const; // http://127.0.0.1:PORT
    QString stateDir() const;
    QString contentDir() const { return m_contentDir; }
    // What the server logged on stderr so far (one line per request).
    QString log() const;

    // Development outbox: the mails to an address, newest first.
    QJsonArray outbox(const QString &email) const;
    // Replaces the media faults in force (dev mode) with `faults`, in the
    // JSON form of POST /dev/faults; an empty object clears them.
    bool setFaults(const QJsonObject &faults) const;
    // POST /dev/reload: the content folder is read again (dev mode).
    bool reloadContent() const;
    // The request log so far (log()) parsed; see requestlogentries.h.
    QList<LoggedRequest> requests() const;

    // The newest code mailed to an address, waiting up to timeoutMs for one
    // newer than `notThis`; empty when none came.
    QString latestCode(const QString &email, const QString &notThis = {}, int timeoutMs = 5000) const;

private:
    bool launch();

    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<QProcess> m_process;
    QString m_contentDir;
    QStringList m_extraArgs;
    bool m_dev = true;
    QUrl m_baseUrl;
};

} // namespace TestSupport
