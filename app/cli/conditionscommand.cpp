#include "app/cli/conditionscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "core/portal/conditions.h"

#include <QJsonObject>

namespace Cli {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("–");
}

QJsonObject conditionsJson(const Portal::Conditions &conditions, const Portal::ConditionsRecord &record)
{
    QJsonObject json = conditions.toJson();
    json.insert(QStringLiteral("accepted"), record.hasAccepted(conditions));
    json.insert(QStringLiteral("accepted_version"), record.acceptedVersion());
    json.insert(QStringLiteral("accepted_at"),
                record.acceptedAt().isValid() ? record.acceptedAt().toString(Qt::ISODate) : QString());
    return json;
}

void printConditions(const CliContext &context, const Portal::Conditions &conditions, const QString &language)
{
    context.printText(
        QStringLiteral("Conditions of use of %1 — version %2, updated %3\n\n%4\n\nCredit line: %5")
            .arg(context.portal().toDisplayString(), conditions.version, when(conditions.updatedAt),
                 conditions.text(language), conditions.creditLine));
}

} // namespace

void runConditions(CliContext &context, bool accept, const QString &language, QObject *owner,
                   const std::function<void(int)> &done)
{
    Portal::ConditionsGate *gate = context.conditions();
    if (!gate) {
        done(context.fail(ExitUsage, QStringLiteral("no_portal"),
                          QStringLiteral("No portal is set. Give --portal URL or set MMDESK_PORTAL.")));
        return;
    }
    const QString shownIn = language.isEmpty() ? context.language() : language;
    gate->check(
        owner,
        [&context, gate, accept, shownIn, done](Portal::ApiResult<Portal::ConditionsGate::Outcome> outcome) {
            if (!outcome.ok()) {
                done(context.fail(outcome.error()));
                return;
            }
            if (!outcome.value().conditions) {
                if (context.json())
                    context.printJson(QJsonObject {{QStringLiteral("conditions"), QJsonValue()}});
                else
                    context.printText(QStringLiteral("%1 has no conditions of use to accept; downloads need "
                                                     "only a signed-in account.")
                                          .arg(context.portal().toDisplayString()));
                done(ExitOk);
                return;
            }
            const Portal::Conditions &conditions = *outcome.value().conditions;
            if (accept && !gate->record().hasAccepted(conditions)) {
                if (const auto saved = gate->accept(conditions); !saved) {
                    done(context.fail(ExitDisk, saved.error().code, saved.error().message));
                    return;
                }
            }
            const Portal::ConditionsRecord &record = gate->record();
            if (context.json()) {
                context.printJson(conditionsJson(conditions, record));
                done(ExitOk);
                return;
            }
            printConditions(context, conditions, shownIn);
            if (record.hasAccepted(conditions))
                context.printText(
                    QStringLiteral("\nAccepted here on %1. Every use of the material carries the "
                                   "credit line.")
                        .arg(when(record.acceptedAt())));
            else if (!record.acceptedVersion().isEmpty())
                context.printText(
                    QStringLiteral("\nThese conditions changed since version %1 was accepted here. "
                                   "Run 'mmdesk-cli account accept-conditions' to accept them.")
                        .arg(record.acceptedVersion()));
            else
                context.printText(QStringLiteral("\nNot accepted here yet. Run 'mmdesk-cli account "
                                                 "accept-conditions' to accept them."));
            done(ExitOk);
        });
}

void requireAcceptedConditions(CliContext &context, QObject *owner, const std::function<void(int)> &done,
                               std::function<void()> then)
{
    Portal::ConditionsGate *gate = context.conditions();
    if (!gate) {
        then();
        return;
    }
    gate->check(
        owner,
        [&context, gate, done,
         then = std::move(then)](Portal::ApiResult<Portal::ConditionsGate::Outcome> outcome) {
            if (!outcome.ok()) {
                done(context.fail(outcome.error()));
                return;
            }
            if (outcome.value().verdict != Portal::ConditionsGate::Verdict::NeedsAcceptance) {
                then();
                return;
            }
            const QString accepted = gate->record().acceptedVersion();
            done(context.fail(
                ExitAuthentication, QStringLiteral("conditions_not_accepted"),
                (accepted.isEmpty()
                     ? QStringLiteral(
                         "Downloads from this portal need its conditions of use accepted first. ")
                     : QStringLiteral(
                           "The portal's conditions of use changed (version %1 was accepted, %2 is "
                           "current); downloads need them accepted again. ")
                           .arg(accepted, outcome.value().conditions->version))
                    + QStringLiteral("Read them with 'mmdesk-cli account conditions' and accept them with "
                                     "'mmdesk-cli account accept-conditions'.")));
        });
}

} // namespace Cli
