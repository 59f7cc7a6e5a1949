#include "tests/portal/server/listquery.h"

#include "tests/portal/server/crypto.h"
#include "tests/portal/server/timeutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <httplib.h>

#include <algorithm>

namespace RefPortal {

namespace {
const QStringList NewsKinds {QStringLiteral("news"), QStringLiteral("press_release"),
                             QStringLiteral("speech"), QStringLiteral("statement"),
                             QStringLiteral("transcript")};

// A timestamp, or a plain date (for `to`, the end of that day).
QDateTime parseBound(const QString &text, bool endOfDay)
{
    QDateTime time = TimeUtil::parseRfc3339(text);
    if (time.isValid())
        return time;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return {};
    return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc())
        .addMSecs(endOfDay ? -1 : 0);
}
} // namespace

QString ListQuery::encodeCursor(bool incremental, const Key &key)
{
    const QJsonObject o {{QStringLiteral("o"), incremental ? QStringLiteral("u") : QStringLiteral("p")},
                         {QStringLiteral("t"), key.timeMs},
                         {QStringLiteral("i"), key.id}};
    return Crypto::base64Url(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ListQuery::Key> ListQuery::decodeCursor(const QString &cursor, bool incremental)
{
    bool ok = false;
    const QByteArray raw = Crypto::fromBase64Url(cursor, &ok);
    if (!ok)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(raw).object();
    const QString order = incremental ? QStringLiteral("u") : QStringLiteral("p");
    if (o.value(QStringLiteral("o")).toString() != order || !o.value(QStringLiteral("t")).isDouble()
        || !o.value(QStringLiteral("i")).isString())
        return std::nullopt;
    return Key {o.value(QStringLiteral("t")).toInteger(), o.value(QStringLiteral("i")).toString()};
}

std::optional<ListQuery> ListQuery::parse(const httplib::Request &req, Collection collection,
                                          Api::FieldErrors *errors)
{
    ListQuery q;
    if (req.has_param("limit")) {
        bool ok = false;
        q.m_limit = Api::param(req, "limit").toInt(&ok);
        if (!ok || q.m_limit < 1 || q.m_limit > MaxLimit)
            errors->insert(QStringLiteral("limit"), {QStringLiteral("out_of_range")});
    }
    if (req.has_param("updated_since")) {
        q.m_updatedSince = TimeUtil::parseRfc3339(Api::param(req, "updated_since"));
        if (!q.m_updatedSince.isValid())
            errors->insert(QStringLiteral("updated_since"), {QStringLiteral("invalid_timestamp")});
    }
    if (req.has_param("cursor") && !Api::param(req, "cursor").isEmpty()) {
        q.m_after = decodeCursor(Api::param(req, "cursor"), req.has_param("updated_since"));
        if (!q.m_after)
            errors->insert(QStringLiteral("cursor"), {QStringLiteral("invalid")});
    }
    q.m_words = Api::param(req, "q").toLower().split(u' ', Qt::SkipEmptyParts);
    for (size_t i = 0; i < req.get_param_value_count("tag"); ++i) {
        const QString tag = QString::fromStdString(req.get_param_value("tag", i)).trimmed().toLower();
        if (!tag.isEmpty())
            q.m_tags.append(tag);
    }
    if (collection == Collection::News && req.has_param("kind")) {
        q.m_kind = Api::param(req, "kind");
        if (!NewsKinds.contains(q.m_kind))
            errors->insert(QStringLiteral("kind"), {QStringLiteral("invalid")});
    }
    if (collection == Collection::Videos) {
        if (req.has_param("from")) {
            q.m_from = parseBound(Api::param(req, "from"), false);
            if (!q.m_from.isValid())
                errors->insert(QStringLiteral("from"), {QStringLiteral("invalid_timestamp")});
        }
        if (req.has_param("to")) {
            q.m_to = parseBound(Api::param(req, "to"), true);
            if (!q.m_to.isValid())
                errors->insert(QStringLiteral("to"), {QStringLiteral("invalid_timestamp")});
        }
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return q;
}

bool ListQuery::matches(const ContentItem &item) const
{
    for (const QString &word : m_words) {
        if (!item.searchText.contains(word))
            return false;
    }
    for (const QString &tag : m_tags) {
        if (!item.tags.contains(tag))
            return false;
    }
    if (!m_kind.isEmpty() && item.kind != m_kind)
        return false;
    if (m_from.isValid() && item.publishedAt < m_from)
        return false;
    if (m_to.isValid() && item.publishedAt > m_to)
        return false;
    return true;
}

ListQuery::Page ListQuery::run(const QList<ContentItem> &items, const QList<Deletion> &deletions) const
{
    const bool incremental = m_updatedSince.isValid();
    struct Candidate
    {
        Key key;
        Entry entry;
    };
    QList<Candidate> candidates;
    for (const ContentItem &item : items) {
        if (incremental && item.updatedAt <= m_updatedSince)
            continue;
        if (!matches(item))
            continue;
        const QDateTime &time = incremental ? item.updatedAt : item.publishedAt;
        candidates.append({{time.toMSecsSinceEpoch(), item.id}, {&item, nullptr}});
    }
    if (incremental) {
        // Deletions pass every filter: the client may hold the item anyway.
        for (const Deletion &deletion : deletions) {
            if (deletion.updatedAt > m_updatedSince)
                candidates.append(
                    {{deletion.updatedAt.toMSecsSinceEpoch(), deletion.id}, {nullptr, &deletion}});
        }
    }
    // before(a, b): a comes first in the answer.
    const auto before = [incremental](const Key &a, const Key &b) {
        if (a.timeMs != b.timeMs)
            return incremental ? a.timeMs < b.timeMs : a.timeMs > b.timeMs;
        return incremental ? a.id < b.id : a.id > b.id;
    };
    std::sort(candidates.begin(), candidates.end(),
              [&before](const Candidate &a, const Candidate &b) { return before(a.key, b.key); });

    Page page;
    auto it = candidates.cbegin();
    if (m_after)
        it = std::find_if(candidates.cbegin(), candidates.cend(),
                          [this, &before](const Candidate &c) { return before(*m_after, c.key); });
    for (; it != candidates.cend() && page.entries.size() < m_limit; ++it)
        page.entries.append(it->entry);
    if (it != candidates.cend() && !page.entries.isEmpty()) {
        const Candidate &last = *(it - 1);
        page.nextCursor = encodeCursor(incremental, last.key);
    }
    return page;
}

} // namespace RefPortal
