#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Library::SearchText {

// What a person typed, as words of letters and digits: quotes, operators
// (AND, OR, NOT, NEAR), column filters, parentheses and stars become plain
// words or are dropped, never obeyed. The last word is a prefix while it is
// being typed (no trailing space) if it is long enough to complete.
struct Words
{
    QStringList words;
    bool lastIsPrefix = false;
};

Words words(const QString &userText);

// The words as an FTS5 MATCH expression meaning "all these words". The last
// word, when a prefix, becomes either `completions` (the indexed words it
// begins, OR'ed: FTS5 walks those lazily, in rowid order) or, without them,
// FTS5's own prefix query (which gathers every posting of every such word
// before the first row comes out). Empty when nothing searchable is left:
// no text filter.
QString matchExpression(const Words &words, const std::optional<QStringList> &completions = std::nullopt);
QString matchExpression(const QString &userText);

// Text as the library keeps it: NFC, so that a title written with combining
// accents and one written with precomposed letters index alike.
QString normalized(const QString &text);

// The key titles sort by: accents and case folded, so that "Élysée" sorts
// among the e's rather than after z (SQLite's NOCASE folds ASCII only).
QString sortKey(const QString &title);

} // namespace Library::SearchText
