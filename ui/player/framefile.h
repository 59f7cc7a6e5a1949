#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace Ui {

// A frame saved as a still: its file name and the PNG itself.
class FrameFile final
{
    Q_DECLARE_TR_FUNCTIONS(FrameFile)

public:
    // "<title> <timecode>.png" with the timecode's separators as '-', and
    // nothing a file system refuses.
    static QString defaultName(const QString &title, const QString &timecode);
    // Writes the PNG atomically (QSaveFile), with the clip's title, the
    // frame's timecode and where it came from as PNG text.
    static Util::Result<void> writePng(QImage image, const QString &path, const QString &title,
                                       const QString &timecode, const QString &source);
};

} // namespace Ui
