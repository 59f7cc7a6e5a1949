#include "ui/news/newsreader.h"

#include "core/news/newsimages.h"
#include "ui/news/newsmodel.h"
#include "ui/widgets/datetimetext.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace Ui {

namespace {

const QString VideoScheme = QStringLiteral("mmdesk-video");

QImage placeholderImage(const QPalette &palette)
{
    QImage image(320, 180, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::AlternateBase));
    QPainter painter(&image);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawText(image.rect(), Qt::AlignCenter, NewsReader::tr("Picture not available offline"));
    return image;
}

} // namespace

NewsReader::NewsReader(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("newsReader"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &NewsReader::linkClicked);
    retranslate();
}

void NewsReader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTextBrowser::changeEvent(event);
}

void NewsReader::retranslate()
{
    setAccessibleName(tr("Article"));
    m_placeholder = placeholderImage(palette());
    // The article's own words stay; the dates and words around them follow
    // the language, and the reader stays where it was in the article.
    const int position = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(position);
}

void NewsReader::showItem(const News::NewsItem &item, const QString &sourceName)
{
    m_item = item;
    m_sourceName = sourceName;
    m_images.clear();
    render();
}

void NewsReader::clearItem()
{
    m_item.reset();
    m_images.clear();
    clear();
}

void NewsReader::setImage(const QUrl &url, const QImage &image)
{
    if (!m_item || image.isNull() || !imageUrls().contains(url))
        return;
    m_images.insert(url, image);
    // Into the document's own resources, which come before anything it
    // loaded (the placeholder) the last time.
    document()->addResource(QTextDocument::ImageResource, url, image);
    const int position = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(position);
}

QList<QUrl> NewsReader::imageUrls() const
{
    return m_item ? News::articleImages(*m_item) : QList<QUrl>();
}

QVariant NewsReader::loadResource(int type, const QUrl &name)
{
    // Nothing is ever fetched from here: the cache's copy, or the placeholder.
    if (type == QTextDocument::ImageResource)
        return m_images.value(name, m_placeholder);
    return {};
}

void NewsReader::render()
{
    if (!m_item)
        return;
    const News::NewsItem &item = *m_item;
    QStringList facts {DateTimeText::moment(item.publishedAt)};
    if (item.updatedAt.isValid() && item.updatedAt > item.publishedAt.addSecs(60))
        facts << tr("updated %1").arg(DateTimeText::dateTime(item.updatedAt));
    if (!item.location.isEmpty())
        facts << item.location;
    facts << NewsModel::kindName(item.kind) << m_sourceName;
    QString html = QStringLiteral("<h1>%1</h1><p><small>%2</small></p>")
                       .arg(item.title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!item.tags.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(tr("Tags: %1").arg(item.tags.join(QStringLiteral(", "))).toHtmlEscaped());
    if (item.imageUrl.isValid()) {
        const QImage image = m_images.value(item.imageUrl, m_placeholder);
        const int width = std::min(image.width(), std::max(160, viewport()->width() - 24));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                    .arg(item.imageUrl.toString(QUrl::FullyEncoded).toHtmlEscaped())
                    .arg(width);
    }
    if (!item.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(item.summary.toHtmlEscaped());
    html += item.bodyHtml;
    if (!item.videoIds.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Related videos").toHtmlEscaped());
        for (const QString &id : item.videoIds) {
            QUrl link;
            link.setScheme(VideoScheme);
            link.setPath(id);
            html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                        .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("Open video %1").arg(id).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (item.link.isValid())
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(item.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         tr("Read on the web").toHtmlEscaped());
    setHtml(html);
}

void NewsReader::linkClicked(const QUrl &url)
{
    if (url.scheme() == VideoScheme) {
        emit videoRequested(url.path());
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        QDesktopServices::openUrl(url);
}

QString NewsReader::exportTo(const QString &file) const
{
    if (!m_item)
        return tr("No article is open.");
    // The article as shown, its pictures included, and where it came from.
    std::unique_ptr<QTextDocument> copy(document()->clone());
    QTextCursor end(copy.get());
    end.movePosition(QTextCursor::End);
    const News::NewsItem &item = *m_item;
    end.insertHtml(
        QStringLiteral("<p><small>%1</small></p>")
            .arg(tr("Source: %1, %2. %3")
                     .arg(m_sourceName, DateTimeText::longDateTime(item.publishedAt), item.link.toString())
                     .toHtmlEscaped()));
    if (item.source == News::PortalSource && !m_portalCreditLine.isEmpty())
        end.insertHtml(QStringLiteral("<p><small>%1</small></p>")
                           .arg(tr("Credit: %1").arg(m_portalCreditLine).toHtmlEscaped()));
    if (file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(item.title);
        writer.setCreator(QStringLiteral("Multimedia Desk"));
        copy->print(&writer);
        return QFileInfo(file).size() > 0 ? QString() : tr("%1 could not be written.").arg(file);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(copy->toMarkdown().toUtf8()) < 0 || !out.commit())
        return tr("%1 could not be written: %2").arg(file, out.errorString());
    return {};
}

QMimeData *NewsReader::quoteMimeData() const
{
    auto *mime = new QMimeData;
    if (!m_item)
        return mime;
    const News::NewsItem &item = *m_item;
    QString quote = textCursor().selectedText();
    // Paragraph breaks in a selection come as U+2029.
    quote.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    quote = quote.trimmed();
    if (quote.isEmpty())
        quote = item.summary;
    const QString date = DateTimeText::longDate(item.publishedAt);
    const QString attribution = QStringLiteral("%1, %2, %3").arg(item.title, m_sourceName, date);
    QString text = QStringLiteral("“%1”\n— %2").arg(quote, attribution);
    QString html =
        QStringLiteral("<blockquote><p>%1</p><p>— %2")
            .arg(quote.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")), attribution.toHtmlEscaped());
    if (item.link.isValid()) {
        text += QStringLiteral("\n%1").arg(item.link.toString());
        html += QStringLiteral(", <a href=\"%1\">%2</a>")
                    .arg(item.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         item.link.toString().toHtmlEscaped());
    }
    html += QStringLiteral("</p></blockquote>");
    mime->setText(text);
    mime->setHtml(html);
    return mime;
}

} // namespace Ui
