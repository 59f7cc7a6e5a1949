#include "ui/player/framefile.h"

#include <QDir>
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

Util::Result<void> FrameFile::writePng(QImage image, const QString &path, const QString &title,
                                       const QString &timecode, const QString &source)
{
    if (image.isNull())
        return Util::makeError(QStringLiteral("no_frame"), tr("There is no picture to save yet."));
    image.setText(QStringLiteral("Title"), title);
    image.setText(QStringLiteral("Timecode"), timecode);
    image.setText(QStringLiteral("Source"), source);
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
