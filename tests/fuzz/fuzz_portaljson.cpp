// The portal's JSON answers, whatever they hold: accounts, tokens, conditions of use, the
// timestamps of codes and reset tokens, videos with renditions and shot
// lists, news items (their bodies sanitised), list pages with deletions and
// their items read as the news and catalogue syncs read them, download
// links, and error bodies.

#include "core/catalogue/video.h"
#include "core/news/newsitem.h"
#include "core/portal/accounttypes.h"
#include "core/portal/apierror.h"
#include "core/portal/conditions.h"
#include "core/portal/linkapi.h"
#include "core/portal/listpage.h"
#include "tests/fuzz/fuzzinput.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const quint8 kind = input.byte();
    const QByteArray body = input.rest();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    switch (kind % 7) {
    case 0:
        (void)Portal::User::fromJson(object);
        (void)Portal::TokenPair::fromJson(object, QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC));
        // CodeSent and ResetToken are read in place by AccountApi.
        for (const char *key : {"code_expires_at", "expires_at"})
            (void)Portal::parseTimestamp(object.value(QLatin1String(key)).toString());
        // GET /conditions, and the record kept of it.
        if (const auto conditions = Portal::Conditions::fromJson(object)) {
            if (Portal::Conditions::fromJson(conditions->toJson())->toJson() != conditions->toJson())
                std::abort();
            (void)Portal::downloadMetadata(object, conditions);
        }
        break;
    case 1:
        if (const auto video = Catalogue::Video::fromJson(object)) {
            (void)video->bestRendition();
            for (const Catalogue::Rendition &rendition : video->renditions)
                (void)video->rendition(rendition.id);
        }
        break;
    case 2:
        if (auto item = News::NewsItem::fromPortalJson(object))
            item->sanitiseBody();
        break;
    case 3:
        if (const auto page = Portal::parseListPage(object)) {
            for (const QJsonObject &entry : page->items) {
                if (auto item = News::NewsItem::fromPortalJson(entry))
                    item->sanitiseBody();
                (void)Catalogue::Video::fromJson(entry);
            }
        }
        break;
    case 4:
        (void)Portal::DownloadLink::fromJson(object);
        break;
    case 5:
        (void)Portal::ApiError::fromHttp(400 + (kind % 200), body, std::nullopt);
        break;
    default:
        for (const QJsonValue value : QJsonDocument::fromJson(body).array()) {
            (void)Catalogue::Video::fromJson(value.toObject());
            (void)News::NewsItem::fromPortalJson(value.toObject());
        }
        break;
    }
    return 0;
}
