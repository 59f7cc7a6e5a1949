#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portal {

// The contract's User.
struct User
{
    QString id;
    QString email;
    QString displayName;
    QString organisation;
    bool newsletter = false;
    QString locale;
    QDateTime createdAt;

    static std::optional<User> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// The contract's TokenPair, with the access token's expiry made absolute.
struct TokenPair
{
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    User user;

    static std::optional<TokenPair> fromJson(const QJsonObject &object, const QDateTime &receivedAt);
};

// POST /auth/register
struct Registration
{
    QString email;
    QString password;
    QString displayName;
    QString organisation;
    bool newsletter = false;
    QString locale = QStringLiteral("en");

    QJsonObject toJson() const;
};

// What the portal answers when it has e-mailed a code.
struct CodeSent
{
    QDateTime codeExpiresAt;
};

enum class CodePurpose { Register, Reset };

// POST /auth/password-reset/verify
struct ResetToken
{
    QString token;
    QDateTime expiresAt;
};

// PATCH /me: only the fields that are set are sent.
struct ProfileChanges
{
    std::optional<QString> displayName;
    std::optional<QString> organisation;
    std::optional<bool> newsletter;
    std::optional<QString> locale;

    QJsonObject toJson() const;
};

// RFC 3339 timestamps as the contract writes them.
QDateTime parseTimestamp(const QString &text);

} // namespace Portal
