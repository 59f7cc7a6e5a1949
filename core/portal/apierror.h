#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Portal {

// What went wrong with a call to the portal. `code` is the contract's error
// code when the portal answered with an error body ("email_taken",
// "invalid_code", ...), else one of the client's own:
//   network_error, timeout, invalid_response, session_expired, offline,
//   cancelled.
// `message` is for people: the portal's own message, or a translated one.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Portal::ApiError)

public:
    enum class Kind {
        Http, // the portal answered with a non-2xx status
        Network, // no answer: connection refused, DNS, TLS, reset
        Timeout, // no progress within the transfer timeout
        InvalidResponse, // an answer that does not follow the contract
        SessionExpired, // the sign-in cannot be renewed; sign in again
        Offline, // not sent: the program works offline (Network::OfflineMode)
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;
    QString message;
    // Per-field reasons, e.g. fields["password"] == {"too_short", "no_digit"}.
    QHash<QString, QStringList> fields;
    // Seconds the portal asked us to wait (429/503 Retry-After).
    std::optional<int> retryAfterSeconds;

    bool isAuthentication() const
    {
        return kind == Kind::SessionExpired || httpStatus == 401 || code == u"not_verified";
    }
    // No answer from the portal, for whatever reason: what is kept on this
    // computer stands in.
    bool isNetwork() const { return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Offline; }

    Util::Error toError() const { return Util::Error {code, message}; }

    static ApiError network(const QString &detail);
    static ApiError timeout();
    static ApiError invalidResponse(const QString &detail);
    static ApiError sessionExpired();
    static ApiError offline();
    // The portal sent the request elsewhere (another host, port or scheme):
    // not followed, so that a token or password never leaves the portal.
    static ApiError redirected(const QUrl &target);
    // An answer longer than the cap: not read further.
    static ApiError tooLarge(qint64 maxBytes);
    // How long a wait is, for a person: "45 seconds", "3 minutes", "2 hours 5 minutes".
    static QString waitText(qint64 seconds);
    // Reads the contract's error body; falls back to a message for the status.
    // A 429 or 503 with Retry-After says how long to wait.
    static ApiError fromHttp(int status, const QByteArray &body, std::optional<int> retryAfter);
};

template<class T>
using ApiResult = Util::Result<T, ApiError>;

} // namespace Portal
