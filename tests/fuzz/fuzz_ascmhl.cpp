// ASC MHL manifests and chain files as another tool (or a damaged disk)
// leaves them in a folder's ascmhl/ history.

#include "core/library/mhlmanifest.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const quint8 kind = input.byte();
    const QByteArray xml = input.rest();
    if (kind % 2 == 0)
        (void)Library::MhlManifest::fromXml(xml);
    else
        (void)Library::MhlChain::fromXml(xml);
    return 0;
}
