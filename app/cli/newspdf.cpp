#include "app/cli/newspdf.h"

#include "core/news/newsimages.h"
#include "core/news/newsitem.h"
#include "core/news/newsmarkdown.h"

#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>

#include <cstring>

namespace Cli {

namespace {

// Draws only the pictures given to it: whatever else an article names, a
// local file included, stays out.
class CachedOnlyDocument final : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// Pictures no wider than the text: a QTextDocument prints them at their own
// size otherwise, past the margin.
void fitImages(QTextDocument &document, qreal width)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image =
                document.resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull() || image.width() <= width)
                continue;
            format.setWidth(width);
            format.setHeight(image.height() * width / image.width());
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace

QString writeArticlePdf(const News::NewsItem &item, const QString &sourceName, const QString &creditLine,
                        const QString &imageFolder, const QString &file)
{
    QString markdown = News::articleMarkdown(item, sourceName, creditLine);
    QHash<QUrl, QImage> pictures;
    for (const QUrl &url : News::articleImages(item)) {
        const QString path = News::cachedImagePath(imageFolder, url);
        const QImage image = path.isEmpty() ? QImage() : QImage(path);
        if (image.isNull())
            markdown +=
                QStringLiteral("\n*Picture not kept on this computer: %1*\n").arg(url.toDisplayString());
        else
            pictures.insert(url, image);
    }
    CachedOnlyDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // After the text: setting it clears the resources.
    for (auto it = pictures.cbegin(); it != pictures.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, it.key(), it.value());

    // Written beside the target, then renamed: a reader never sees half a PDF.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("%1 could not be written: %2").arg(file, out.errorString());
    {
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(item.title);
        writer.setCreator(QStringLiteral("Multimedia Desk"));
        const QRectF page = writer.pageLayout().paintRect(QPageLayout::Point);
        fitImages(document, page.width());
        document.print(&writer);
    }
    if (!out.commit())
        return QStringLiteral("%1 could not be written: %2").arg(file, out.errorString());
    return {};
}

bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace Cli
