// Timecodes as shot lists write them, at any frame rate a portal names:
// what reads as a frame must write back as a timecode that reads the same.

#include "tests/fuzz/fuzzinput.h"
#include "ui/player/framerate.h"
#include "ui/player/timecode.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const auto rate = Ui::FrameRate::parse(QString::fromUtf8(input.line())).value_or(Ui::FrameRate());
    const QString text = QString::fromUtf8(input.rest());
    (void)Ui::Timecode::normalised(text, rate);
    if (const auto frame = Ui::Timecode::toFrame(text, rate); frame && *frame >= 0) {
        const QString written = Ui::Timecode::fromFrame(*frame, rate);
        if (Ui::Timecode::toFrame(written, rate) != frame)
            std::abort();
    }
    return 0;
}
