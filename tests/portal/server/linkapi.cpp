#include "tests/portal/server/linkapi.h"

#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authenticator.h"
#include "tests/portal/server/contentstore.h"
#include "tests/portal/server/faultinjector.h"
#include "tests/portal/server/mediasigner.h"
#include "tests/portal/server/rangerequest.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/timeutil.h"
#include "tests/portal/server/urlbuilder.h"

#include <QFileInfo>

#include <httplib.h>

namespace RefPortal {

void LinkApi::registerRoutes(httplib::Server &server)
{
    server.Post(Routes::api("/videos/([^/]+)/renditions/([^/]+)/link"),
                Routes::handler(this, &LinkApi::link));
}

void LinkApi::link(const httplib::Request &req, httplib::Response &res)
{
    const auto user = m_authenticator.requireUser(req, res);
    if (!user)
        return;
    if (!user->verified)
        return Api::sendError(res, 403, QStringLiteral("not_verified"),
                              QStringLiteral("The address has not been verified yet."));

    if (const auto retryAfter = m_faults ? m_faults->nextLinkFailure() : std::nullopt)
        return Api::sendRetryLater(res, 503, QStringLiteral("maintenance"),
                                   QStringLiteral("The portal is down for maintenance; try again later."),
                                   *retryAfter);

    const auto snapshot = m_content.snapshot();
    const ContentItem *video = snapshot->findVideo(Api::pathArg(req, 1));
    const QString renditionId = Api::pathArg(req, 2);
    const Rendition *rendition = nullptr;
    if (video) {
        for (const Rendition &r : video->renditions) {
            if (r.id == renditionId)
                rendition = &r;
        }
    }
    if (!rendition)
        return Api::sendError(res, 404, QStringLiteral("not_found"),
                              QStringLiteral("No such video or rendition."));

    const QString urlPath = mediaUrlPath(rendition->file);
    const MediaSigner::Link link = m_signer.link(m_urls.base(req), urlPath);
    QJsonObject body {{QStringLiteral("url"), link.url},
                      {QStringLiteral("expires_at"), TimeUtil::rfc3339FromSecs(link.expiresAt)},
                      {QStringLiteral("size_bytes"), rendition->size},
                      {QStringLiteral("sha256"), rendition->sha256}};
    const auto entry = snapshot->media.constFind(urlPath);
    if (entry != snapshot->media.cend()) {
        // The ETag the media host answers with (this server's, and nginx's format too).
        const QFileInfo info(entry->file);
        body.insert(QStringLiteral("etag"),
                    RangeRequest::etagFor(info.lastModified().toSecsSinceEpoch(), info.size()));
    }
    Api::sendJson(res, 200, body);
}

} // namespace RefPortal
