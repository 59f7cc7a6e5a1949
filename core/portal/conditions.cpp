#include "core/portal/conditions.h"

#include "core/portal/accounttypes.h"
#include "core/portal/portalclient.h"
#include "core/portal/portalurl.h"
#include "core/util/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>

namespace Portal {

namespace {

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString Conditions::text(const QString &language) const
{
    return language == u"fr" && !textFr.isEmpty() ? textFr : textEn;
}

QJsonObject Conditions::toJson() const
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("updated_at"), stamp(updatedAt)},
            {QStringLiteral("text_en"), textEn},
            {QStringLiteral("text_fr"), textFr},
            {QStringLiteral("credit_line"), creditLine}};
}

std::optional<Conditions> Conditions::fromJson(const QJsonObject &json)
{
    Conditions c;
    c.version = json.value(QStringLiteral("version")).toString().trimmed();
    c.updatedAt = parseTimestamp(json.value(QStringLiteral("updated_at")).toString());
    c.textEn = json.value(QStringLiteral("text_en")).toString().trimmed();
    c.textFr = json.value(QStringLiteral("text_fr")).toString().trimmed();
    c.creditLine = json.value(QStringLiteral("credit_line")).toString().trimmed();
    // Terms without a version cannot be accepted, and without a text or a
    // credit line they cannot be followed.
    if (c.version.isEmpty() || (c.textEn.isEmpty() && c.textFr.isEmpty()) || c.creditLine.isEmpty())
        return std::nullopt;
    if (c.textEn.isEmpty())
        c.textEn = c.textFr;
    return c;
}

QByteArray downloadMetadata(const QJsonObject &video, const std::optional<Conditions> &conditions)
{
    QJsonObject json = video;
    if (conditions && !conditions->creditLine.isEmpty())
        json.insert(QStringLiteral("credit_line"), conditions->creditLine);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ConditionsRecord::ConditionsRecord(const QString &path) : m_path(path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject json = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    m_lastSeen = Conditions::fromJson(json.value(QStringLiteral("last_seen")).toObject());
    m_acceptedVersion = json.value(QStringLiteral("accepted_version")).toString();
    m_acceptedAt = parseTimestamp(json.value(QStringLiteral("accepted_at")).toString());
}

QString ConditionsRecord::fileNameFor(const QUrl &portal)
{
    return QStringLiteral("conditions-%1.json").arg(PortalUrl::fileKey(portal));
}

Util::Result<void> ConditionsRecord::remember(const std::optional<Conditions> &conditions)
{
    const bool same = conditions.has_value() == m_lastSeen.has_value()
        && (!conditions || conditions->toJson() == m_lastSeen->toJson());
    if (same)
        return {};
    m_lastSeen = conditions;
    return save();
}

Util::Result<void> ConditionsRecord::accept(const Conditions &conditions, const QDateTime &at)
{
    m_lastSeen = conditions;
    m_acceptedVersion = conditions.version;
    m_acceptedAt = at.toUTC();
    return save();
}

Util::Result<void> ConditionsRecord::save() const
{
    QJsonObject json {{QStringLiteral("accepted_version"), m_acceptedVersion},
                      {QStringLiteral("accepted_at"), stamp(m_acceptedAt)}};
    if (m_lastSeen)
        json.insert(QStringLiteral("last_seen"), m_lastSeen->toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        return Util::makeError(QStringLiteral("disk_error"),
                               tr("Your acceptance of the conditions of use cannot be saved in %1: %2")
                                   .arg(m_path, file.errorString()));
    return {};
}

ConditionsGate::ConditionsGate(PortalClient &client, const QString &recordPath, QObject *parent)
    : QObject(parent), m_client(client), m_record(recordPath)
{ }

void ConditionsGate::check(QObject *context, std::function<void(ApiResult<Outcome>)> done)
{
    ApiRequest request;
    request.path = QStringLiteral("conditions");
    m_client.send(
        std::move(request), this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](ApiResult<ApiResponse> result) {
            if (!context)
                return;
            // The contract: 404 means the portal has no conditions to accept.
            if (!result.ok() && result.error().kind == ApiError::Kind::Http
                && result.error().httpStatus == 404) {
                if (const auto saved = m_record.remember(std::nullopt); !saved)
                    qCWarning(lcPortal) << saved.error().message;
                done(Outcome {Verdict::NoConditions, std::nullopt});
                return;
            }
            if (!result.ok()) {
                done(result.error());
                return;
            }
            auto conditions = Conditions::fromJson(result.value().json.object());
            if (!conditions) {
                done(ApiError::invalidResponse(
                    tr("conditions of use without a version, text or credit line")));
                return;
            }
            if (const auto saved = m_record.remember(conditions); !saved)
                qCWarning(lcPortal) << saved.error().message;
            done(Outcome {m_record.hasAccepted(*conditions) ? Verdict::Accepted : Verdict::NeedsAcceptance,
                          std::move(conditions)});
        });
}

Util::Result<void> ConditionsGate::accept(const Conditions &conditions)
{
    auto saved = m_record.accept(conditions, QDateTime::currentDateTimeUtc());
    if (saved)
        emit accepted(conditions);
    return saved;
}

} // namespace Portal
