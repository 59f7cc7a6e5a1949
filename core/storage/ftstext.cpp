#include "core/storage/ftstext.h"

#include <QStringList>

#include <utility>

namespace Storage::FtsText {

QString folded(QString text)
{
    static const std::pair<char16_t, const char16_t *> Letters[] = {
        {u'ø', u"o"}, {u'Ø', u"O"}, {u'æ', u"ae"}, {u'Æ', u"AE"}, {u'œ', u"oe"}, {u'Œ', u"OE"}, {u'ß', u"ss"},
        {u'ł', u"l"}, {u'Ł', u"L"}, {u'đ', u"d"},  {u'Đ', u"D"},  {u'þ', u"th"}, {u'Þ', u"TH"}, {u'ı', u"i"},
    };
    for (const auto &[letter, plain] : Letters) {
        if (text.contains(QChar(letter)))
            text.replace(QChar(letter), QString::fromUtf16(plain));
    }
    return text;
}

namespace {

QStringList wordsOf(const QString &text)
{
    // Letters, digits and the marks of decomposed accents make words;
    // everything else separates them, so no FTS5 syntax survives.
    QStringList words;
    QString word;
    const QString normalized = folded(text.normalized(QString::NormalizationForm_C));
    for (const QChar c : normalized) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

} // namespace

QString prefixMatch(const QString &text)
{
    QStringList terms;
    for (const QString &word : wordsOf(text))
        terms << u'"' + word + QStringLiteral("\"*");
    return terms.join(u' ');
}

QString typedMatch(const QString &text)
{
    const QStringList words = wordsOf(text);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms << u'"' + words.at(i) + (i + 1 == words.size() ? QStringLiteral("\"*") : QStringLiteral("\""));
    return terms.join(u' ');
}

} // namespace Storage::FtsText
