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
    // What a still says of itself: as PNG text always, and written under the
    // picture when a caption is asked for.
    struct Details
    {
        QString title;
        QString timecode;
        QString credit;
        QString source; // the file or the link (without its query)
    };
    // "Title · 00:00:02:10 · Credit: …"
    static QString captionLine(const Details &details);
    // The frame with a band below it that holds the caption line, in a size
    // that reads at the frame's scale (the picture itself is left whole).
    static QImage captioned(const QImage &frame, const QString &line);
    // Writes the PNG atomically (QSaveFile), with the details as PNG text
    // (Title, Timecode, Copyright, Source), the caption band when asked.
    static Util::Result<void> writePng(QImage image, const QString &path, const Details &details,
                                       bool withCaption = false);
};

} // namespace Ui
