#include "tests/portal/server/accountstore.h"

#include "core/storage/statement.h"
#include "tests/portal/server/crypto.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

#include <QRegularExpression>

namespace RefPortal {

namespace {
const QString UserColumns = QStringLiteral(
    "id, email, password_hash, display_name, organisation, newsletter, locale, created_at, verified_at");

User readUser(const Storage::Statement &s)
{
    User user;
    user.id = s.columnText(0);
    user.email = s.columnText(1);
    user.passwordHash = s.columnText(2);
    user.displayName = s.columnText(3);
    user.organisation = s.columnText(4);
    user.newsletter = s.columnBool(5);
    user.locale = s.columnText(6);
    user.createdAt = s.columnInt64(7);
    user.verified = !s.isNull(8);
    return user;
}
} // namespace

QString AccountStore::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

bool AccountStore::isValidEmail(const QString &email)
{
    // Deliberately plain: one @, a dot in the domain, no spaces or controls.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^@\s\x00-\x1f"(),:;<>\[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

Util::Result<std::optional<User>> AccountStore::findBy(const QString &column, const QString &value)
{
    auto guard = m_database.lock();
    // column is one of two names chosen in this file, never request data.
    auto stmt =
        m_database.db().prepare(QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" FROM users WHERE ")
                                + column + QStringLiteral(" = ?"));
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().bind(1, value).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<User>();
    return std::optional<User>(readUser(stmt.value()));
}

Util::Result<std::optional<User>> AccountStore::findByEmail(const QString &email)
{
    return findBy(QStringLiteral("email"), normaliseEmail(email));
}

Util::Result<std::optional<User>> AccountStore::findById(const QString &id)
{
    return findBy(QStringLiteral("id"), id);
}

Util::Result<User> AccountStore::create(User user)
{
    auto guard = m_database.lock();
    user.id = QStringLiteral("usr_") + QString::fromLatin1(Crypto::randomBytes(10).toHex());
    user.email = normaliseEmail(user.email);
    user.createdAt = TimeUtil::nowSecs();
    auto stmt =
        m_database.db().prepare(QStringLiteral("INSERT INTO users (id, email, password_hash, display_name, "
                                               "organisation, newsletter, locale, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    auto done = stmt.value()
                    .bindAll(user.id, user.email, user.passwordHash, user.displayName, user.organisation,
                             user.newsletter, user.locale, user.createdAt)
                    .exec();
    if (!done)
        return done.error();
    return user;
}

Util::Result<void> AccountStore::markVerified(const QString &id)
{
    auto guard = m_database.lock();
    auto stmt = m_database.db().prepare(
        QStringLiteral("UPDATE users SET verified_at = ? WHERE id = ? AND verified_at IS NULL"));
    if (!stmt)
        return stmt.error();
    return stmt.value().bindAll(TimeUtil::nowSecs(), id).exec();
}

Util::Result<void> AccountStore::setPasswordHash(const QString &id, const QString &hash)
{
    auto guard = m_database.lock();
    auto stmt = m_database.db().prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    return stmt.value().bindAll(hash, id).exec();
}

Util::Result<void> AccountStore::updateProfile(const User &user)
{
    auto guard = m_database.lock();
    auto stmt = m_database.db().prepare(QStringLiteral(
        "UPDATE users SET display_name = ?, organisation = ?, newsletter = ?, locale = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    return stmt.value()
        .bindAll(user.displayName, user.organisation, user.newsletter, user.locale, user.id)
        .exec();
}

} // namespace RefPortal
