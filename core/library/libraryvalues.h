#pragma once

#include <QDateTime>
#include <QString>

// How clip values are kept in the library's columns.
namespace Library::Values {

// Milliseconds since the epoch (UTC); 0 for an unknown date, and never so
// large that the download key (ms * DownloadKeySlots) would overflow.
qint64 toMillis(const QDateTime &when);
QDateTime fromMillis(qint64 ms);

// Absolute and clean: the form in which a file path identifies a clip.
QString cleanPath(const QString &path);

} // namespace Library::Values
