#include "core/portal/accounttypes.h"

#include <QTimeZone>

namespace Portal {

QDateTime parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<User> User::fromJson(const QJsonObject &object)
{
    User user;
    user.id = object.value(QStringLiteral("id")).toString();
    user.email = object.value(QStringLiteral("email")).toString();
    if (user.id.isEmpty() || user.email.isEmpty())
        return std::nullopt;
    user.displayName = object.value(QStringLiteral("display_name")).toString();
    user.organisation = object.value(QStringLiteral("organisation")).toString();
    user.newsletter = object.value(QStringLiteral("newsletter")).toBool();
    user.locale = object.value(QStringLiteral("locale")).toString();
    user.createdAt = parseTimestamp(object.value(QStringLiteral("created_at")).toString());
    return user;
}

QJsonObject User::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("newsletter"), newsletter},
        {QStringLiteral("locale"), locale},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)},
    };
}

std::optional<TokenPair> TokenPair::fromJson(const QJsonObject &object, const QDateTime &receivedAt)
{
    TokenPair pair;
    pair.accessToken = object.value(QStringLiteral("access_token")).toString();
    pair.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    const int expiresIn = object.value(QStringLiteral("access_expires_in")).toInt(-1);
    const auto user = User::fromJson(object.value(QStringLiteral("user")).toObject());
    if (pair.accessToken.isEmpty() || pair.refreshToken.isEmpty() || expiresIn < 0 || !user)
        return std::nullopt;
    pair.accessExpiresAt = receivedAt.addSecs(expiresIn);
    pair.user = *user;
    return pair;
}

QJsonObject Registration::toJson() const
{
    QJsonObject object {
        {QStringLiteral("email"), email},
        {QStringLiteral("password"), password},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("newsletter"), newsletter},
        {QStringLiteral("locale"), locale},
    };
    if (!organisation.isEmpty())
        object.insert(QStringLiteral("organisation"), organisation);
    return object;
}

QJsonObject ProfileChanges::toJson() const
{
    QJsonObject object;
    if (displayName)
        object.insert(QStringLiteral("display_name"), *displayName);
    if (organisation)
        object.insert(QStringLiteral("organisation"), *organisation);
    if (newsletter)
        object.insert(QStringLiteral("newsletter"), *newsletter);
    if (locale)
        object.insert(QStringLiteral("locale"), *locale);
    return object;
}

} // namespace Portal
