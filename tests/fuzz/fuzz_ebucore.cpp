// The EBUCore sidecar written from a portal's video description, whatever
// it holds: the document must always be well-formed XML.

#include "core/library/ebucore.h"
#include "tests/fuzz/fuzzinput.h"

#include <QDateTime>
#include <QXmlStreamReader>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QString renditionId = QString::fromUtf8(input.line());
    const QByteArray videoJson = input.rest();
    Library::EbuCore::FileFacts file;
    file.fileName = QStringLiteral("clip.mxf");
    file.size = 1234;
    file.sha256 = QByteArray(64, 'a');
    file.downloadedAt = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);
    const auto document = Library::EbuCore::sidecar(videoJson, renditionId, file);
    if (document.ok()) {
        QXmlStreamReader reader(document.value());
        while (!reader.atEnd())
            reader.readNext();
        if (reader.hasError())
            std::abort();
    }
    return 0;
}
