#include "tests/portal/demo/syntheticfile.h"

#include <QFile>

#include <vector>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

// xoshiro256** (Blackman and Vigna): fast, and the same sequence everywhere.
class Xoshiro256
{
public:
    explicit Xoshiro256(quint64 seed)
    {
        for (quint64 &word : m_state) {
            // SplitMix64 spreads the seed over the state.
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4] = {};
};

} // namespace

std::optional<FileDigest> writeSyntheticFile(const QString &path, qint64 size, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot create "_s + path + u": "_s + file.errorString();
        return std::nullopt;
    }
    constexpr qint64 blockSize = 8 << 20;
    std::vector<quint64> block(blockSize / sizeof(quint64));
    Xoshiro256 random(0x6d6d6465736bULL);
    Sha256 hash;
    for (qint64 written = 0; written < size;) {
        for (quint64 &word : block)
            word = random.next();
        const qint64 chunk = std::min(blockSize, size - written);
        const char *bytes = reinterpret_cast<const char *>(block.data());
        if (file.write(bytes, chunk) != chunk) {
            *error = u"cannot write "_s + path + u": "_s + file.errorString();
            return std::nullopt;
        }
        hash.addData(bytes, chunk);
        written += chunk;
    }
    if (!file.flush()) {
        *error = u"cannot write "_s + path + u": "_s + file.errorString();
        return std::nullopt;
    }
    return FileDigest {size, hash.hexResult()};
}

qint64 parseSize(const QString &text)
{
    QString digits = text.trimmed().toUpper();
    if (digits.endsWith(u"IB"_s))
        digits.chop(2);
    else if (digits.endsWith(u'B'))
        digits.chop(1);
    qint64 unit = 1;
    if (!digits.isEmpty()) {
        const QChar last = digits.back();
        const QString units = u"KMGT"_s;
        if (const qsizetype power = units.indexOf(last); power >= 0) {
            unit = qint64(1) << (10 * (power + 1));
            digits.chop(1);
        }
    }
    bool ok = false;
    const qint64 count = digits.toLongLong(&ok);
    if (!ok || count <= 0 || count > (qint64(1) << 50) / unit)
        return -1;
    return count * unit;
}

QString formatSize(qint64 size)
{
    const char *const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    double value = double(size);
    while (value >= 1024 && unit < 4 && size % (qint64(1) << (10 * (unit + 1))) == 0) {
        value /= 1024;
        ++unit;
    }
    if (unit == 0 && size >= 1024) {
        // Not a whole number of KiB: say it in the biggest unit, with two decimals.
        while (value >= 1024 && unit < 4) {
            value /= 1024;
            ++unit;
        }
        return QString::number(value, 'f', 2) + u' ' + QLatin1StringView(units[unit]);
    }
    return QString::number(qint64(value)) + u' ' + QLatin1StringView(units[unit]);
}

} // namespace Demo
