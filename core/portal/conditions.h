#pragma once

#include "core/portal/apierror.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Portal {

class PortalClient;

// The terms under which a portal's material may be used (GET /conditions):
// shown before the first download and again whenever `version` changes.
struct Conditions
{
    QString version;
    QDateTime updatedAt;
    QString textEn;
    QString textFr;
    QString creditLine; // printed with every use, and in every export

    // The text in `language` ("fr" or "en"); English when there is no French.
    QString text(const QString &language) const;
    QJsonObject toJson() const;
    // nullopt when a required field (version, a text, the credit line) is missing.
    static std::optional<Conditions> fromJson(const QJsonObject &json);
};

// A video's JSON as kept with a download and in the library: what the
// portal sent, plus the credit line of the conditions that applied then as
// "credit_line" (not a field of the contract's Video), so that every export
// of the clip carries it, offline and after the terms change.
QByteArray downloadMetadata(const QJsonObject &video, const std::optional<Conditions> &conditions);

// What a person has seen and accepted of one portal's conditions, kept in a
// small JSON file per portal in the data folder (written atomically), so that
// the credit line is known offline too.
class ConditionsRecord final
{
    Q_DECLARE_TR_FUNCTIONS(Portal::ConditionsRecord)

public:
    explicit ConditionsRecord(const QString &path);

    // "conditions-<hash of the portal's address>.json"
    static QString fileNameFor(const QUrl &portal);

    // The conditions the portal last answered with; nullopt before the first
    // answer or when the portal has none.
    std::optional<Conditions> lastSeen() const { return m_lastSeen; }
    QString acceptedVersion() const { return m_acceptedVersion; }
    QDateTime acceptedAt() const { return m_acceptedAt; }
    bool hasAccepted(const Conditions &conditions) const
    {
        return !m_acceptedVersion.isEmpty() && m_acceptedVersion == conditions.version;
    }

    Util::Result<void> remember(const std::optional<Conditions> &conditions);
    Util::Result<void> accept(const Conditions &conditions, const QDateTime &at);

private:
    Util::Result<void> save() const;

    QString m_path;
    std::optional<Conditions> m_lastSeen;
    QString m_acceptedVersion;
    QDateTime m_acceptedAt;
};

// Asks the portal for its conditions and says whether a download may go on.
class ConditionsGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionsGate)

public:
    enum class Verdict {
        NoConditions, // the portal has none (404): nothing to accept
        Accepted, // this version was accepted here
        NeedsAcceptance, // never accepted, or accepted in an earlier version
    };
    struct Outcome
    {
        Verdict verdict = Verdict::NoConditions;
        std::optional<Conditions> conditions;
    };

    ConditionsGate(PortalClient &client, const QString &recordPath, QObject *parent = nullptr);

    // Fetches the conditions (every time: a new version must be seen before
    // the next download) and compares them with what was accepted.
    void check(QObject *context, std::function<void(ApiResult<Outcome>)> done);
    Util::Result<void> accept(const Conditions &conditions);
    const ConditionsRecord &record() const { return m_record; }

signals:
    void accepted(const Portal::Conditions &conditions);

private:
    PortalClient &m_client;
    ConditionsRecord m_record;
};

} // namespace Portal
