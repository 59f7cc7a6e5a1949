#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Library {

// Small files the library writes beside media (sidecars, hash manifests):
// a reader, or the folder after a crash, sees the old file or the whole new
// one, never half of it.
class AtomicWrite final
{
    Q_DECLARE_TR_FUNCTIONS(Library::AtomicWrite)

public:
    enum class Mode {
        Replace,
        // Fails with "target_exists" rather than replace a file of that name.
        CreateNew,
    };

    static Util::Result<void> write(const QString &path, const QByteArray &bytes, Mode mode = Mode::Replace);
};

} // namespace Library
