#pragma once

#include "core/util/result.h"

#include <QString>

namespace RefPortal {

class PortalDatabase;

// SHA-256 of content files, computed once and cached in the server's
// database by path, size and modification time.
class FileHashCache final
{
public:
    explicit FileHashCache(PortalDatabase &database) : m_database(database) { }

    Util::Result<QString> sha256(const QString &absolutePath);

    static Util::Result<QString> computeSha256(const QString &absolutePath);

private:
    PortalDatabase &m_database;
};

} // namespace RefPortal
