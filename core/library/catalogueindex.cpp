#include "core/library/catalogueindex.h"

#include "core/catalogue/catalogueapi.h"

#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace Library {

namespace {

struct Walk
{
    Catalogue::CatalogueApi api;
    CatalogueIndex index;
    QPointer<QObject> context;
    std::function<void(Portal::ApiResult<CatalogueIndex>)> done;

    static void next(const std::shared_ptr<Walk> &walk, const QString &cursor)
    {
        Catalogue::VideoListQuery query;
        query.limit = 200;
        query.cursor = cursor;
        walk->api.videos(query, walk->context, [walk](Portal::ApiResult<Catalogue::VideoPage> page) {
            if (!page.ok()) {
                walk->done(page.error());
                return;
            }
            for (const Catalogue::Video &video : page.value().items) {
                const QByteArray json = QJsonDocument(video.json).toJson(QJsonDocument::Compact);
                for (const Catalogue::Rendition &rendition : video.renditions) {
                    if (!rendition.sha256.isEmpty())
                        walk->index.insert(rendition.sha256.toLower(), CatalogueMatch {json, rendition.id});
                }
            }
            if (page.value().nextCursor.isEmpty())
                walk->done(std::move(walk->index));
            else
                next(walk, page.value().nextCursor);
        });
    }
};

} // namespace

void buildCatalogueIndex(Portal::PortalClient &client, QObject *context,
                         std::function<void(Portal::ApiResult<CatalogueIndex>)> done)
{
    auto walk = std::make_shared<Walk>(Walk {Catalogue::CatalogueApi(client), {}, context, std::move(done)});
    Walk::next(walk, QString());
}

} // namespace Library
