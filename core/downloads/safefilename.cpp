#include "core/downloads/safefilename.h"

#include <QRegularExpression>

namespace Downloads {

namespace {

bool isForbidden(QChar c)
{
    // Path separators, characters other systems reserve, and control
    // characters (C0, DEL, C1, and the Unicode direction overrides that can
    // disguise an extension).
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    const char16_t u = c.unicode();
    return reserved.contains(c) || u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e)
        || (u >= 0x2066 && u <= 0x2069) || c.category() == QChar::Other_Format;
}

bool isReservedDeviceName(const QString &stem)
{
    static const QRegularExpression pattern(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(stem).hasMatch();
}

// Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character.
QString cutToBytes(const QString &text, int maxBytes)
{
    QString result;
    int bytes = 0;
    for (int i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString character = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = static_cast<int>(character.toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        result += character;
        bytes += size;
        if (pair)
            ++i;
    }
    return result;
}

} // namespace

std::pair<QString, QString> SafeFileName::split(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    // No extension when there is no dot, or only a leading one.
    if (dot <= 0 || dot == name.size() - 1)
        return {name, QString()};
    return {name.left(dot), name.mid(dot)};
}

QString SafeFileName::fit(const QString &stem, const QString &suffix)
{
    const int suffixBytes = static_cast<int>(suffix.toUtf8().size());
    QString shortened = cutToBytes(stem, std::max(1, MaxBytes - suffixBytes));
    if (shortened.isEmpty())
        shortened = QStringLiteral("_");
    return shortened + suffix;
}

QString SafeFileName::clean(const QString &untrusted, const QString &fallback)
{
    QString name;
    name.reserve(untrusted.size());
    for (const QChar c : untrusted.normalized(QString::NormalizationForm_C))
        name += isForbidden(c) ? QChar(u'_') : c;

    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    // Nothing left that names anything: use the fallback (cleaned in turn).
    static const QRegularExpression meaningless(QStringLiteral("^[_\\s]*$"));
    if (meaningless.match(name).hasMatch()) {
        const QString last = QStringLiteral("download");
        return fallback == untrusted || fallback.isEmpty() ? last : clean(fallback, last);
    }

    auto [stem, extension] = split(name);
    if (isReservedDeviceName(stem))
        stem += u'_';
    // Keep a sane extension; an absurdly long one is part of the name.
    if (extension.toUtf8().size() > 16) {
        stem += extension;
        extension.clear();
    }
    return fit(stem, extension);
}

} // namespace Downloads
