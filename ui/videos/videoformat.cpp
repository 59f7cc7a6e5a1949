#include "ui/videos/videoformat.h"

#include "core/catalogue/video.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/player/framerate.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Ui {

QString VideoFormat::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 500) / 1000);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const auto twoDigits = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    if (h > 0)
        return QString::number(h) + u':' + twoDigits(m) + u':' + twoDigits(s);
    return QString::number(m) + u':' + twoDigits(s);
}

QString VideoFormat::languageName(const QString &code)
{
    const QLocale locale(code);
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    const QString name = QLocale().languageToString(locale.language());
    return name.isEmpty() ? code : name;
}

QString VideoFormat::frameRate(const QString &rate)
{
    if (rate.isEmpty())
        return {};
    double value = 0;
    bool ok = false;
    if (const qsizetype slash = rate.indexOf(u'/'); slash > 0) {
        bool numeratorOk = false;
        bool denominatorOk = false;
        const double numerator = rate.left(slash).toDouble(&numeratorOk);
        const double denominator = rate.mid(slash + 1).toDouble(&denominatorOk);
        ok = numeratorOk && denominatorOk && denominator > 0;
        if (ok)
            value = numerator / denominator;
    } else {
        value = rate.toDouble(&ok);
    }
    if (!ok || value <= 0)
        return tr("%1 fps").arg(rate);
    // 30000/1001 reads as 29.97; whole rates without decimals.
    const double rounded = std::round(value * 100) / 100;
    return tr("%1 fps").arg(QLocale().toString(rounded, 'g', 5));
}

QString VideoFormat::bitrate(int kbps)
{
    if (kbps <= 0)
        return {};
    if (kbps >= 1000)
        return tr("%1 Mb/s").arg(QLocale().toString(double(kbps) / 1000.0, 'f', 1));
    return tr("%1 kb/s").arg(QLocale().toString(kbps));
}

QString VideoFormat::size(qint64 bytes)
{
    return DownloadsModel::formatSize(bytes);
}

QString VideoFormat::videoCodec(const QString &codec)
{
    const QString key = codec.toLower();
    if (key == u"mpeg2video" || key == u"mpeg2")
        return QStringLiteral("MPEG-2");
    if (key == u"h264" || key == u"avc" || key == u"avc1")
        return QStringLiteral("H.264");
    if (key == u"hevc" || key == u"h265")
        return QStringLiteral("H.265");
    if (key == u"prores")
        return QStringLiteral("ProRes");
    if (key == u"dnxhd" || key == u"dnxhr")
        return QStringLiteral("DNxHD");
    if (key == u"vp9")
        return QStringLiteral("VP9");
    if (key == u"av1")
        return QStringLiteral("AV1");
    return codec;
}

QString VideoFormat::audioCodec(const QString &codec)
{
    const QString key = codec.toLower();
    if (key.startsWith(u"pcm_")) {
        // pcm_s24le → 24-bit
        QString digits;
        for (const QChar c : key.mid(4)) {
            if (c.isDigit())
                digits += c;
        }
        return digits.isEmpty() ? tr("PCM") : tr("PCM %1-bit").arg(digits);
    }
    if (key == u"aac")
        return QStringLiteral("AAC");
    if (key == u"mp3")
        return QStringLiteral("MP3");
    if (key == u"ac3")
        return QStringLiteral("AC-3");
    if (key == u"eac3")
        return QStringLiteral("E-AC-3");
    if (key == u"opus")
        return QStringLiteral("Opus");
    return codec;
}

QString VideoFormat::rasterName(const Catalogue::Rendition &r)
{
    if (r.height <= 0)
        return {};
    // Lines, scan, then the rate a broadcaster names: fields for interlaced
    // pictures (1080i50), frames for progressive ones (1080p25).
    QString rate;
    if (const auto parsed = FrameRate::parse(r.frameRate)) {
        const double shown = std::round(parsed->framesPerSecond() * (r.interlaced ? 2 : 1) * 100) / 100;
        rate = QLocale::c().toString(shown, 'g', 5);
    }
    return QString::number(r.height) + (r.interlaced ? u'i' : u'p') + rate;
}

QString VideoFormat::renditionName(const Catalogue::Rendition &r)
{
    QStringList parts;
    QString head = r.container.toUpper();
    if (const QString raster = rasterName(r); !raster.isEmpty())
        head += (head.isEmpty() ? QString() : QStringLiteral(" ")) + raster;
    if (!head.isEmpty())
        parts << head;
    if (r.sizeBytes >= 0)
        parts << size(r.sizeBytes);
    return parts.join(QStringLiteral(" · "));
}

QString VideoFormat::renditionFacts(const Catalogue::Rendition &r)
{
    QStringList facts;
    if (!r.container.isEmpty())
        facts << r.container.toUpper();
    QStringList codecs;
    if (!r.videoCodec.isEmpty())
        codecs << videoCodec(r.videoCodec);
    if (!r.audioCodec.isEmpty())
        codecs << audioCodec(r.audioCodec);
    if (!codecs.isEmpty())
        facts << codecs.join(QStringLiteral(" / "));
    if (r.width > 0 && r.height > 0)
        facts << tr("%1×%2").arg(r.width).arg(r.height);
    if (!r.frameRate.isEmpty())
        facts << (r.interlaced ? tr("%1 interlaced") : tr("%1 progressive")).arg(frameRate(r.frameRate));
    if (const QString rate = bitrate(r.bitrateKbps); !rate.isEmpty())
        facts << rate;
    facts << size(r.sizeBytes);
    return facts.join(QStringLiteral(" · "));
}

} // namespace Ui
