#include "core/library/libraryvalues.h"

#include "core/library/libraryschema.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Library::Values {

qint64 toMillis(const QDateTime &when)
{
    constexpr qint64 maxMs = std::numeric_limits<qint64>::max() / DownloadKeySlots - 1;
    return when.isValid() ? std::clamp<qint64>(when.toMSecsSinceEpoch(), 0, maxMs) : 0;
}

QDateTime fromMillis(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

QString cleanPath(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace Library::Values
