#include "core/news/webaddress.h"

namespace News {

namespace {

char16_t asciiLower(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
}

} // namespace

std::optional<QUrl> webAddress(const QString &value, const QUrl &base)
{
    // "jav&#x09;ascript:" is javascript: to a browser, so it must be to this.
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && value[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && value[end - 1].unicode() <= 0x20)
        --end;
    QString address;
    address.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t u = value[i].unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            continue;
        // Any other control (a NUL in "java\0script:") makes it no address.
        if (u < 0x20 || u == 0x7F)
            return std::nullopt;
        // In http(s) URLs browsers read a backslash as a slash.
        address += u == u'\\' ? QChar(u'/') : QChar(u);
    }
    if (address.isEmpty())
        return std::nullopt;

    // A scheme is what comes before a ':' that precedes any '/', '?' or '#'.
    // Anything there but http or https is refused before QUrl sees it, so
    // that "`javascript:x" or "java\u200Bscript:x" never becomes a path.
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address[i];
        if (c == u'/' || c == u'?' || c == u'#')
            break;
        if (c == u':') {
            QString scheme = address.left(i);
            for (QChar &s : scheme)
                s = QChar(asciiLower(s.unicode()));
            if (scheme != u"http" && scheme != u"https")
                return std::nullopt;
            break;
        }
    }

    QUrl url(address, QUrl::TolerantMode);
    if (!url.isValid())
        return std::nullopt;
    if (url.isRelative()) {
        if (!isWebUrl(base))
            return std::nullopt;
        url = base.resolved(url);
    }
    if (!isWebUrl(url))
        return std::nullopt;
    return url;
}

} // namespace News
