#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>
#include <optional>

namespace Library {

// The hash formats ASC MHL v2.0 allows, in the order its schema wants them
// inside a <hash> element.
enum class MhlHashFormat { C4, Md5, Sha1, Xxh128, Xxh3, Xxh64 };

QString mhlHashFormatName(MhlHashFormat format);
std::optional<MhlHashFormat> mhlHashFormatFromName(QStringView name);

using MhlHashValues = QMap<MhlHashFormat, QByteArray>;

// Hashes a file once for several formats, streaming it in large blocks, and
// writes each value as ASC MHL does: lower-case hex (xxh* as their canonical,
// big-endian form), a C4 ID for c4.
class MhlHasher final
{
    Q_DECLARE_TR_FUNCTIONS(Library::MhlHasher)

public:
    // Called after every block with the bytes that block added.
    using BytesHashed = std::function<void(qint64 bytes)>;

    static Util::Result<MhlHashValues> hashFile(const QString &path, const QList<MhlHashFormat> &formats,
                                                const std::atomic_bool *cancel = nullptr,
                                                const BytesHashed &bytesHashed = {});
    static MhlHashValues hashBytes(const QByteArray &bytes, const QList<MhlHashFormat> &formats);
};

} // namespace Library
