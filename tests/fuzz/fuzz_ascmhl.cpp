// ASC MHL manifests and chain files as another tool (or a damaged disk)
// leaves them in a folder's ascmhl/ history. What reads can be written
// again, and what is written reads back the same.

#include "core/library/mhlmanifest.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

namespace {

void roundTrip(const Library::MhlManifest &manifest)
{
    const auto again = Library::MhlManifest::fromXml(manifest.toXml());
    if (!again.ok() || again.value().files.size() != manifest.files.size())
        std::abort();
    for (qsizetype i = 0; i < manifest.files.size(); ++i) {
        const Library::MhlManifest::FileEntry &before = manifest.files.at(i);
        const Library::MhlManifest::FileEntry &after = again.value().files.at(i);
        if (after.path != before.path || after.size != before.size
            || after.hashes.size() != before.hashes.size())
            std::abort();
    }
}

void roundTrip(const Library::MhlChain &chain)
{
    const auto again = Library::MhlChain::fromXml(chain.toXml());
    if (!again.ok() || again.value().entries.size() != chain.entries.size())
        std::abort();
    for (qsizetype i = 0; i < chain.entries.size(); ++i) {
        const Library::MhlChain::Entry &before = chain.entries.at(i);
        const Library::MhlChain::Entry &after = again.value().entries.at(i);
        if (after.sequence != before.sequence || after.path != before.path || after.c4 != before.c4)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const quint8 kind = input.byte();
    const QByteArray xml = input.rest();
    if (kind % 2 == 0) {
        if (const auto manifest = Library::MhlManifest::fromXml(xml); manifest.ok())
            roundTrip(manifest.value());
    } else {
        if (const auto chain = Library::MhlChain::fromXml(xml); chain.ok())
            roundTrip(chain.value());
    }
    return 0;
}
