#pragma once

#include "core/util/result.h"

#include <QStringList>

#include <memory>

namespace Storage {
class Database;
}

namespace Library {

// SQLite's own unicode61 tokenizer, set up as the clips_fts index is
// ("remove_diacritics 2"): the words it returns are exactly the words the
// index holds, folded to lower case without accents. The store keeps the
// list of indexed words with it, to complete a word being typed.
class FtsTokenizer final
{
public:
    static Util::Result<std::unique_ptr<FtsTokenizer>> create(Storage::Database &db);
    ~FtsTokenizer();
    FtsTokenizer(const FtsTokenizer &) = delete;
    FtsTokenizer &operator=(const FtsTokenizer &) = delete;

    // In order, repeats included.
    QStringList tokens(const QString &text) const;

private:
    struct Impl;
    explicit FtsTokenizer(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

} // namespace Library
