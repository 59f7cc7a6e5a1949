#pragma once

#include "core/library/clip.h"
#include "core/util/result.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace Storage {
class Database;
}

namespace Library {

class FtsTokenizer;

// How a clip's rows are written: the clip (whose triggers keep the FTS index
// in step), its tags, and the words it brings to search_terms. It runs inside
// the caller's transaction and prepares its statements once, since an
// import runs them for every clip.
class ClipWriter final
{
public:
    static Util::Result<std::unique_ptr<ClipWriter>> create(Storage::Database &db);
    ~ClipWriter();
    ClipWriter(const ClipWriter &) = delete;
    ClipWriter &operator=(const ClipWriter &) = delete;

    // Adds the clip, or refreshes the one with the same file path (keeping
    // its user tags, note and collections); returns its id.
    Util::Result<qint64> write(const Clip &clip);
    // False when there is no such clip.
    Util::Result<bool> replaceUserTags(qint64 clipId, const QStringList &tags);
    // Sorted as titles sort. source: "portal" or "user".
    Util::Result<QStringList> tags(qint64 clipId, const QString &source);
    Util::Result<void> addSearchTerms(const QStringList &texts);
    // The indexed words that `word` begins, folded as the index folds it;
    // null when there are none or more than `max`.
    Util::Result<std::optional<QStringList>> completions(const QString &word, int max);

    // A statement left on a row keeps its read snapshot open after COMMIT:
    // callers reset them once their transaction is over.
    void resetStatements();

private:
    class StatementCache;

    ClipWriter(Storage::Database &db, std::unique_ptr<FtsTokenizer> tokenizer);
    Util::Result<qint64> allocateDownloadKey(qint64 downloadedAtMs);
    Util::Result<qint64> tagId(const QString &name);
    Util::Result<void> insertTags(qint64 clipId, const QStringList &tags, const QString &source);

    Storage::Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<FtsTokenizer> m_tokenizer;
};

} // namespace Library
