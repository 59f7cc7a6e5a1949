#pragma once

#include "tests/portal/server/apiresponse.h"

#include <QJsonObject>

#include <mutex>
#include <optional>

namespace RefPortal {

// Faults on media responses, for tests of the client's download logic, and
// two on the API: link_fail_next and hashing_busy (development mode only).
// Set from the command line or, at run time, from the JSON of
// POST /dev/faults (docs/portal-server.md, "Faults").
class FaultInjector final
{
public:
    // The validator media answers carry: a strong ETag (as the contract
    // promises), a weak one (as a compressing proxy leaves it), or none.
    enum class EtagMode { Strong, Weak, None };

    struct Config
    {
        std::optional<qint64> dropAfterBytes; // close the connection after N body bytes
        int dropCount = 0; // for the next N responses; 0 = every one
        double stallSeconds = 0; // pause once per response ...
        qint64 stallAfterBytes = 0; // ... after N body bytes
        int stallCount = 0; // for the next N responses; 0 = every one
        bool ignoreRange = false; // answer 200 with the whole file
        bool changeEtag = false; // a new ETag on every response
        int failNext = 0; // fail the next N requests ...
        int failStatus = 503; // ... with 500, 503 or 429
        int retryAfter = 1; // Retry-After of 429/503, seconds
        qint64 rateBytesPerSecond = 0; // cap per connection; 0 = none
        bool expireLinks = false; // every signed link counts as expired
        int expiredStatus = 410; // 403 or 410 for expired links
        EtagMode etagMode = EtagMode::Strong; // what ETag media answers carry
        int linkFailNext = 0; // answer the next N link requests 503 (maintenance) ...
        int linkRetryAfter = 2; // ... with this Retry-After, seconds
        bool hashingBusy = false; // every password hash finds its slots taken (503)
    };

    // What applies to one response; drawn by next(), which counts it.
    struct Plan
    {
        std::optional<int> failStatus;
        int retryAfter = 1;
        std::optional<qint64> dropAfterBytes;
        double stallSeconds = 0;
        qint64 stallAfterBytes = 0;
        bool ignoreRange = false;
        // 0: the ETag stays; otherwise a new one per answer. (Not std::optional:
        // g++ 12 -O2 reports a false maybe-uninitialized on it.)
        quint64 etagGeneration = 0;
        qint64 rateBytesPerSecond = 0;
        bool expireLinks = false;
        int expiredStatus = 410;
        EtagMode etagMode = EtagMode::Strong;
    };

    Plan next();
    // Draws the fault for one link request: a Retry-After in seconds when it
    // is to be answered 503, counted like fail_next.
    std::optional<int> nextLinkFailure();
    // True while requests that need a password hash are to be refused as if
    // every hashing slot were taken.
    bool hashingBusy() const;

    QJsonObject toJson() const;
    // Merges the given members into the current faults; null resets one.
    // Unknown members or wrong types are refused and nothing changes.
    bool apply(const QJsonObject &json, Api::FieldErrors *errors);
    void clear();
    void setConfig(const Config &config);

private:
    mutable std::mutex m_mutex;
    Config m_config;
    quint64 m_etagGeneration = 0;
};

} // namespace RefPortal
