#include "core/library/xmltext.h"

namespace Library {

namespace {

bool allowedBmp(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}

// Calls `keep` for every run of characters XML may carry; returns whether
// anything had to be left out.
template<class Keep>
bool scan(const QString &text, Keep keep)
{
    bool dropped = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            keep(i, 2);
            ++i;
        } else if (allowedBmp(c)) {
            keep(i, 1);
        } else {
            dropped = true;
        }
    }
    return dropped;
}

} // namespace

QString xmlSafeText(const QString &text)
{
    if (isXmlSafe(text))
        return text;
    QString safe;
    safe.reserve(text.size());
    scan(text, [&](qsizetype at, qsizetype length) { safe.append(QStringView(text).mid(at, length)); });
    return safe;
}

bool isXmlSafe(const QString &text)
{
    return !scan(text, [](qsizetype, qsizetype) {});
}

} // namespace Library
