#pragma once

#include <QCoreApplication>
#include <QString>

namespace Catalogue {
struct Rendition;
}

namespace Ui {

// How the Videos section writes durations and the technical facts of a
// rendition, in the person's locale (dates: DateTimeText).
class VideoFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::VideoFormat)

public:
    // "0:04", "12:30", "1:02:03".
    static QString duration(qint64 ms);
    // A language code ("en", "fr") by its name in the interface's language
    // ("English"); the code itself when it names no language.
    static QString languageName(const QString &code);
    // "25 fps", "29.97 fps".
    static QString frameRate(const QString &rate);
    // "50.6 Mb/s", "960 kb/s".
    static QString bitrate(int kbps);
    static QString size(qint64 bytes);
    // "MPEG-2", "H.264", "PCM 24-bit": the names people use for codecs.
    static QString videoCodec(const QString &codec);
    static QString audioCodec(const QString &codec);
    // "1080i50", "1080p25", "720p59.94": lines, scan and the broadcast rate.
    static QString rasterName(const Catalogue::Rendition &rendition);
    // What a Download button names: "MXF 1080i50 · 412 MB".
    static QString renditionName(const Catalogue::Rendition &rendition);
    // One line of every technical fact: container, codecs, picture, frame
    // rate and scan, bitrate, size.
    static QString renditionFacts(const Catalogue::Rendition &rendition);
};

} // namespace Ui
