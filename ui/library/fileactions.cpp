#include "ui/library/fileactions.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Ui::FileActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ui::FileActions", text);
}

QString notThere(const QString &path)
{
    return tr("The file is no longer at “%1”. If it was moved, use Relink missing… to find it; if it was "
              "deleted, delete the clip from the library or download it again.")
        .arg(QDir::toNativeSeparators(path));
}

QString openFolder(const QString &folder)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        return {};
    return tr("No file manager could be started to show “%1”. Open that folder yourself, or install a file "
              "manager.")
        .arg(QDir::toNativeSeparators(folder));
}

} // namespace

QString open(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return notThere(path);
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath())))
        return {};
    return tr("No application is set up to open %1 files. Install a player that reads them (VLC or mpv, "
              "for example), or use Show in folder and open the file from there.")
        .arg(file.suffix().toUpper());
}

QString showInFolder(const QString &path, QObject *context)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        if (!file.absoluteDir().exists())
            return notThere(path);
        return openFolder(file.absolutePath());
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return openFolder(file.absolutePath());
    const QString service = QStringLiteral("org.freedesktop.FileManager1");
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/FileManager1"), service, QStringLiteral("ShowItems"));
    call << QStringList {QUrl::fromLocalFile(file.absoluteFilePath()).toString()} << QString();
    // Asynchronous: a file manager that starts slowly must not freeze the
    // window; without one the bus answers with an error and the folder opens.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, folder = file.absolutePath()] {
                         watcher->deleteLater();
                         if (watcher->isError())
                             openFolder(folder);
                     });
    return {};
}

} // namespace Ui::FileActions
