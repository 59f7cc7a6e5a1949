#pragma once

#include <QString>

// Text for the FTS5 indexes of the stores that copy a server's content (the
// video catalogue, the news), made with `unicode61 remove_diacritics 2`.
namespace Storage::FtsText {

// Letters without a decomposition spelt out, so that the tokenizer's
// remove_diacritics, which leaves them alone, need not: "Vørsund" is found
// as "vorsund", "œuvre" as "oeuvre". Applied to what is indexed and to what
// is searched.
QString folded(QString text);

// What a person typed as an FTS5 expression that can only mean "all these
// words, as prefixes": operators and quotes are searched as words, never
// obeyed. Empty when nothing searchable is left.
QString prefixMatch(const QString &text);

// The same, as search as you type reads it: every word whole but the last,
// which may still be growing and matches as a prefix. Whole words cost the
// index far less than prefixes, whose every completion it must merge.
QString typedMatch(const QString &text);

} // namespace Storage::FtsText
