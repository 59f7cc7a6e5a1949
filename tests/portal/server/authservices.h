#pragma once

namespace RefPortal {

class AccountStore;
class AuthLimits;
class Authenticator;
class CodeLock;
class CodeStore;
class MailCooldown;
class Mailer;
class PasswordHashing;
class PortalDatabase;
class SessionStore;

// What the account handlers work with; owned by PortalServer.
struct AuthServices
{
    PortalDatabase &database;
    AccountStore &accounts;
    CodeStore &codes;
    CodeLock &codeLock;
    MailCooldown &cooldown;
    SessionStore &sessions;
    Mailer &mailer;
    Authenticator &authenticator;
    PasswordHashing &hashing;
    AuthLimits &limits;
};

} // namespace RefPortal
