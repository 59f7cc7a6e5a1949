#pragma once

#include "core/news/newsitem.h"

#include <QHash>
#include <QImage>
#include <QTextBrowser>

class QMimeData;

namespace Ui {

// One article as a person reads it: title, date, place, kind, tags, the
// picture, the sanitised text and its related videos. It loads nothing from
// the network: pictures come from the image cache (setImage) or show as a
// placeholder. Links open in the system browser only when clicked; a related
// video opens in the Videos section.
class NewsReader final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsReader)

public:
    explicit NewsReader(QWidget *parent = nullptr);

    void showItem(const News::NewsItem &item, const QString &sourceName);
    void clearItem();
    std::optional<News::NewsItem> item() const { return m_item; }
    // The picture at `url` arrived from the cache: shown in place of its
    // placeholder.
    void setImage(const QUrl &url, const QImage &image);
    // Every picture the article shows (image_url and the body's), for the cache.
    QList<QUrl> imageUrls() const;

    // The selected text (or, without a selection, the summary) with its
    // attribution: title, source, date and link, as plain text and HTML.
    QMimeData *quoteMimeData() const;

    // Writes the article as shown, with its attribution, as Markdown (.md)
    // or PDF (.pdf, A4), after the file's extension. Returns what went
    // wrong, or an empty string.
    QString exportTo(const QString &file) const;
    // The credit line of the portal's conditions of use, which the export of
    // a portal article carries ("" for none).
    void setPortalCreditLine(const QString &creditLine) { m_portalCreditLine = creditLine; }

signals:
    void videoRequested(const QString &videoId);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void linkClicked(const QUrl &url);

    std::optional<News::NewsItem> m_item;
    QString m_sourceName;
    QString m_portalCreditLine;
    QHash<QUrl, QImage> m_images;
    QImage m_placeholder;
};

} // namespace Ui
