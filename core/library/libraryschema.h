#pragma once

#include "core/storage/migrator.h"

#include <QList>

namespace Library {

// Clip dates are kept as milliseconds since the epoch (UTC). The key that
// orders clips by download time is downloaded_at * DownloadKeySlots + a slot
// for clips finished in the same millisecond: unique, and in the same order
// as downloaded_at, so one index serves sorting, date ranges and the FTS
// rowid.
constexpr qint64 DownloadKeySlots = qint64(1) << 20;

// The library's schema history, one step per version; LibraryStore::open
// applies it. Tests build databases at earlier versions from a prefix of it.
//   1  clips (with the portal's tags as a JSON array)
//   2  user tags and notes, collections; portal tags move into tags/clip_tags
//   3  full-text search: FTS5 over title, description, shot list, tags,
//      location and note, kept in sync by triggers; the download key and
//      the list view's index; the indexed words, to complete a word being typed
QList<Storage::Migration> schemaMigrations();

} // namespace Library
