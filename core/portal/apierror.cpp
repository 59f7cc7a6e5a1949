#include "core/portal/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Portal {

ApiError ApiError::network(const QString &detail)
{
    ApiError error;
    error.kind = Kind::Network;
    error.code = QStringLiteral("network_error");
    error.message = tr("The portal could not be reached (%1). Check your network connection and the portal "
                       "address, then try again.")
                        .arg(detail);
    return error;
}

ApiError ApiError::offline()
{
    ApiError error;
    error.kind = Kind::Offline;
    error.code = QStringLiteral("offline");
    error.message = tr("Multimedia Desk is working offline (setting network.offline), so the portal was not "
                       "asked. To connect, turn off File → Work Offline, or run: mmdesk-cli settings set "
                       "network.offline off");
    return error;
}

ApiError ApiError::timeout()
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.code = QStringLiteral("timeout");
    error.message = tr("The portal did not answer in time. Check your network connection and try again.");
    return error;
}

ApiError ApiError::invalidResponse(const QString &detail)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.code = QStringLiteral("invalid_response");
    error.message = tr("The portal sent an answer this version cannot read (%1). Check that the portal "
                       "address points at a Portal API v1 server.")
                        .arg(detail);
    return error;
}

ApiError ApiError::sessionExpired()
{
    ApiError error;
    error.kind = Kind::SessionExpired;
    error.httpStatus = 401;
    error.code = QStringLiteral("session_expired");
    error.message = tr("Your sign-in has expired. Sign in again to continue.");
    return error;
}

ApiError ApiError::redirected(const QUrl &target)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.code = QStringLiteral("redirected");
    error.message =
        tr("The portal sent the request on to another address (%1). Multimedia Desk does not "
           "follow it, so that your sign-in stays with the portal. If the portal has moved, "
           "set its new address.")
            .arg(target.isValid() ? target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                  : tr("not given"));
    return error;
}

ApiError ApiError::tooLarge(qint64 maxBytes)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.code = QStringLiteral("response_too_large");
    error.message = tr("The portal's answer is larger than %1 MiB, more than any answer of the Portal API "
                       "needs; it was not read. Check the portal address, or raise the limit "
                       "(portal/maxResponseMiB) if the portal really sends such answers.")
                        .arg(maxBytes / (1024 * 1024));
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, std::optional<int> retryAfter)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.retryAfterSeconds = retryAfter;

    const QJsonObject object =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    error.code = object.value(QStringLiteral("code")).toString();
    error.message = object.value(QStringLiteral("message")).toString();
    const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QStringList reasons;
        for (const QJsonValue &reason : it.value().toArray())
            reasons << reason.toString();
        error.fields.insert(it.key(), reasons);
    }

    if (error.code.isEmpty())
        error.code = QStringLiteral("http_%1").arg(status);
    if (error.message.isEmpty()) {
        if (status == 401)
            error.message = tr("The portal did not accept the sign-in. Sign in again.");
        else if (status == 403)
            error.message = tr("The portal refused access to this item.");
        else if (status == 404)
            error.message = tr("The portal does not know this item. It may have been removed.");
        else if (status == 429)
            error.message = tr("The portal asks to slow down. Try again in a moment.");
        else if (status >= 500)
            error.message = tr("The portal had a problem (HTTP %1). Try again in a moment.").arg(status);
        else
            error.message = tr("The portal refused the request (HTTP %1).").arg(status);
    }
    if ((status == 429 || status == 503) && retryAfter && *retryAfter > 0)
        error.message += u' ' + tr("Try again in %1.").arg(waitText(*retryAfter));
    return error;
}

QString ApiError::waitText(qint64 seconds)
{
    // Singular and plural spelled out: the command line shows the source
    // text, without a translation to choose a plural form.
    const auto count = [](qint64 n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    seconds = std::max<qint64>(1, seconds);
    if (seconds < 90)
        return count(seconds, tr("1 second"), tr("%1 seconds"));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 90)
        return count(minutes, tr("1 minute"), tr("%1 minutes"));
    const QString hours = count(minutes / 60, tr("1 hour"), tr("%1 hours"));
    if (minutes % 60 == 0)
        return hours;
    return tr("%1 %2", "hours and minutes").arg(hours, count(minutes % 60, tr("1 minute"), tr("%1 minutes")));
}

} // namespace Portal
