#include "core/util/filelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace Util {

namespace {

struct LogState
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState instance;
    return instance;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotate(const QString &path)
{
    QFile::remove(path + u'.' + QString::number(FileLog::KeptFiles));
    for (int i = FileLog::KeptFiles - 1; i >= 1; --i)
        QFile::rename(path + u'.' + QString::number(i), path + u'.' + QString::number(i + 1));
    QFile::rename(path, path + QStringLiteral(".1"));
}

bool openFile(LogState &s, const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    s.file = std::move(file);
    return true;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                + message.toUtf8() + '\n';
            s.file->write(line);
            s.file->flush();
            if (s.file->size() > FileLog::MaxFileSize) {
                const QString path = s.file->fileName();
                s.file.reset();
                rotate(path);
                openFile(s, path);
            }
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

bool FileLog::install(const QString &filePath)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
        return false;
    if (s.file)
        s.file.reset();
    if (!openFile(s, filePath))
        return false;
    if (!s.previous)
        s.previous = qInstallMessageHandler(handler);
    return true;
}

void FileLog::uninstall()
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        s.file.reset();
        previous = s.previous;
        s.previous = nullptr;
    }
    if (previous)
        qInstallMessageHandler(previous);
}

QString FileLog::currentFile()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}

} // namespace Util
