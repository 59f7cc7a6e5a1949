#pragma once

#include "tests/portal/server/sessionstore.h"

#include <QJsonObject>

namespace RefPortal {

struct User;

namespace AccountJson {

// User: {"id", "email", "display_name", "organisation", "newsletter", "locale", "created_at"}.
QJsonObject user(const User &user);
// TokenPair: {"access_token", "access_expires_in", "refresh_token", "user"}.
QJsonObject tokenPair(const SessionStore::Tokens &tokens, const User &user);

} // namespace AccountJson
} // namespace RefPortal
