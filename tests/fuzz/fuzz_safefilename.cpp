// A file name a portal gives: whatever it is, what comes out must be one
// plain name that stays in its folder.

#include "core/downloads/safefilename.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QString name = QString::fromUtf8(input.rest());
    const QString clean = Downloads::SafeFileName::clean(name);
    if (clean.isEmpty() || clean.contains(u'/') || clean.contains(QChar(0)) || clean == u"." || clean == u".."
        || clean.startsWith(u'.') || clean.toUtf8().size() > 255)
        std::abort();
    const QString second = Downloads::SafeFileName::unique(clean, [&clean](const QString &candidate) {
        return candidate == clean; // the name is taken once: the next must differ
    });
    if (second == clean || second.contains(u'/') || second.toUtf8().size() > 255)
        std::abort();
    return 0;
}
