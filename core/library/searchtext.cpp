#include "core/library/searchtext.h"

#include <QChar>
#include <QStringList>

namespace Library::SearchText {

namespace {

// More words than anyone types; bounds the work one query can ask for.
constexpr qsizetype MaxWords = 16;
// The FTS table keeps a prefix index for 3 characters; a shorter prefix
// would merge the postings of hundreds of terms on every keystroke (longer
// ones merge the few terms that share them).
constexpr qsizetype MinPrefixLength = 3;

bool isWordCharacter(char32_t c)
{
    // The same classes unicode61 keeps in tokens: letters, digits and the
    // marks that belong to them.
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
        || QChar::category(c) == QChar::Mark_SpacingCombining;
}

} // namespace

Words words(const QString &userText)
{
    const QString text = normalized(userText);
    Words result;
    QString current;
    bool hasLetterOrDigit = false;
    const auto endWord = [&] {
        // A lone accent is no word: it would make an empty phrase.
        if (hasLetterOrDigit)
            result.words << current;
        current.clear();
        hasLetterOrDigit = false;
    };
    bool endsInWord = false;
    for (const char32_t c : text.toUcs4()) {
        endsInWord = isWordCharacter(c);
        if (endsInWord) {
            current += QString::fromUcs4(&c, 1);
            hasLetterOrDigit = hasLetterOrDigit || QChar::isLetterOrNumber(c);
        } else {
            endWord();
        }
    }
    endWord();
    if (result.words.size() > MaxWords) {
        result.words.resize(MaxWords);
        endsInWord = false;
    }
    result.lastIsPrefix =
        endsInWord && !result.words.isEmpty() && result.words.last().size() >= MinPrefixLength;
    return result;
}

QString matchExpression(const Words &words, const std::optional<QStringList> &completions)
{
    const auto quoted = [](const QString &word) -> QString {
        // Words hold letters, digits and marks only, and indexed words what
        // the tokenizer keeps; doubling quotes is for the impossible case.
        return u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    QStringList terms;
    for (qsizetype i = 0; i < words.words.size(); ++i) {
        const bool last = i == words.words.size() - 1;
        if (!last || !words.lastIsPrefix) {
            terms << quoted(words.words.at(i));
        } else if (completions && !completions->isEmpty()) {
            QStringList alternatives;
            for (const QString &completion : *completions)
                alternatives << quoted(completion);
            if (alternatives.size() == 1)
                terms << alternatives.first();
            else
                terms << QString(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
        } else {
            terms << quoted(words.words.at(i)) + u'*';
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

QString matchExpression(const QString &userText)
{
    return matchExpression(words(userText));
}

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString sortKey(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded().simplified();
}

} // namespace Library::SearchText
