#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>

namespace RefPortal {

class PortalDatabase;

struct User
{
    QString id;
    QString email;
    QString passwordHash;
    QString displayName;
    QString organisation; // null when not given
    bool newsletter = false;
    QString locale = QStringLiteral("en");
    qint64 createdAt = 0;
    bool verified = false;
};

// The users table. Addresses are stored normalised (see normaliseEmail).
class AccountStore final
{
public:
    explicit AccountStore(PortalDatabase &database) : m_database(database) { }

    static QString normaliseEmail(const QString &email);
    static bool isValidEmail(const QString &email);

    Util::Result<std::optional<User>> findByEmail(const QString &email);
    Util::Result<std::optional<User>> findById(const QString &id);
    // Inserts a new account (id and created_at are filled in).
    Util::Result<User> create(User user);
    Util::Result<void> markVerified(const QString &id);
    Util::Result<void> setPasswordHash(const QString &id, const QString &hash);
    Util::Result<void> updateProfile(const User &user);

private:
    Util::Result<std::optional<User>> findBy(const QString &column, const QString &value);

    PortalDatabase &m_database;
};

} // namespace RefPortal
