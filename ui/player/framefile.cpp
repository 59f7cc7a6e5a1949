#include "ui/player/framefile.h"

#include <QDir>
#include <QFontMetrics>
#include <QPainter>
#include <QSaveFile>

namespace Ui {

QString FrameFile::defaultName(const QString &title, const QString &timecode)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString safe = title;
    for (QChar &c : safe) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    safe = safe.simplified().left(80);
    QString code = timecode;
    code.replace(u':', u'-').replace(u';', u'-');
    return (safe.isEmpty() ? tr("frame") : safe) + u' ' + code + QStringLiteral(".png");
}

QString FrameFile::captionLine(const Details &details)
{
    QStringList parts;
    if (!details.title.isEmpty())
        parts << details.title;
    parts << details.timecode;
    if (!details.credit.isEmpty())
        parts << tr("Credit: %1").arg(details.credit);
    return parts.join(QStringLiteral(" · "));
}

QImage FrameFile::captioned(const QImage &frame, const QString &line)
{
    if (frame.isNull())
        return frame;
    const int band = std::max(32, frame.height() / 14);
    QImage out(frame.width(), frame.height() + band, QImage::Format_RGB32);
    out.fill(QColor(16, 16, 16));
    QPainter painter(&out);
    painter.drawImage(0, 0, frame);
    QFont font = painter.font();
    font.setPixelSize(std::max(12, band * 9 / 20));
    painter.setFont(font);
    painter.setPen(QColor(240, 240, 240));
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int margin = band / 2;
    const QRect textArea(margin, frame.height(), frame.width() - 2 * margin, band);
    painter.drawText(textArea, Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetrics(font).elidedText(line, Qt::ElideRight, textArea.width()));
    painter.end();
    return out;
}

Util::Result<void> FrameFile::writePng(QImage image, const QString &path, const Details &details,
                                       bool withCaption)
{
    if (image.isNull())
        return Util::makeError(QStringLiteral("no_frame"), tr("There is no picture to save yet."));
    if (withCaption)
        image = captioned(image, captionLine(details));
    image.setText(QStringLiteral("Title"), details.title);
    image.setText(QStringLiteral("Timecode"), details.timecode);
    if (!details.credit.isEmpty())
        image.setText(QStringLiteral("Copyright"), details.credit);
    image.setText(QStringLiteral("Source"), details.source);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Util::makeError(QStringLiteral("write_failed"),
                               tr("“%1” cannot be written: %2. Choose another folder.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!image.save(&file, "PNG") || !file.commit()) {
        file.cancelWriting();
        return Util::makeError(
            QStringLiteral("write_failed"),
            tr("The frame could not be saved to “%1”: %2. Check the free space and try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace Ui
