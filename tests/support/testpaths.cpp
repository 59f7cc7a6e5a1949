#include "tests/support/testpaths.h"

#include <QDir>
#include <QtGlobal>

namespace TestSupport {

namespace {
QString requiredEnv(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run the tests through ctest", name);
    return value;
}
} // namespace

QString binaryDir()
{
    return requiredEnv("MMDESK_BINARY_DIR") + QStringLiteral("/bin");
}

QString program(const QString &name)
{
    return QDir(binaryDir()).filePath(name);
}

QString sourcePath(const QString &relative)
{
    return QDir(requiredEnv("MMDESK_SOURCE_DIR")).filePath(relative);
}

} // namespace TestSupport
