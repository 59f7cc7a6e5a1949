#pragma once

namespace RefPortal {

class AccountStore;
class Authenticator;
class CodeStore;
class Mailer;
class PortalDatabase;
class SessionStore;

// What the account handlers work with; owned by PortalServer.
struct AuthServices
{
    PortalDatabase &database;
    AccountStore &accounts;
    CodeStore &codes;
    SessionStore &sessions;
    Mailer &mailer;
    Authenticator &authenticator;
};

} // namespace RefPortal
