#include "core/library/ftstokenizer.h"

#include "core/storage/database.h"

#include <sqlite3.h>

#include <array>

namespace Library {

struct FtsTokenizer::Impl
{
    fts5_tokenizer api {};
    Fts5Tokenizer *tokenizer = nullptr;
};

namespace {

Util::Error tokenizerError(const QString &what)
{
    return Util::makeError(QStringLiteral("database_error"),
                           QStringLiteral("The FTS5 tokenizer is not available: %1").arg(what));
}

// The documented way to reach FTS5's C API from a connection.
fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

int collect(void *context, int, const char *token, int size, int, int)
{
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, size));
    return SQLITE_OK;
}

} // namespace

FtsTokenizer::FtsTokenizer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) { }

FtsTokenizer::~FtsTokenizer()
{
    if (m_impl->tokenizer)
        m_impl->api.xDelete(m_impl->tokenizer);
}

Util::Result<std::unique_ptr<FtsTokenizer>> FtsTokenizer::create(Storage::Database &db)
{
    fts5_api *api = fts5Api(db.handle());
    if (!api || api->iVersion < 2)
        return tokenizerError(QStringLiteral("no FTS5 in this SQLite"));
    auto impl = std::make_unique<Impl>();
    void *context = nullptr;
    if (api->xFindTokenizer(api, "unicode61", &context, &impl->api) != SQLITE_OK)
        return tokenizerError(QStringLiteral("no unicode61"));
    // The same options as the clips_fts table (libraryschema.cpp).
    std::array<const char *, 2> options {"remove_diacritics", "2"};
    if (impl->api.xCreate(context, options.data(), int(options.size()), &impl->tokenizer) != SQLITE_OK)
        return tokenizerError(QStringLiteral("unicode61 refused its options"));
    return std::unique_ptr<FtsTokenizer>(new FtsTokenizer(std::move(impl)));
}

QStringList FtsTokenizer::tokens(const QString &text) const
{
    QStringList result;
    const QByteArray utf8 = text.toUtf8();
    m_impl->api.xTokenize(m_impl->tokenizer, &result, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                          int(utf8.size()), collect);
    return result;
}

} // namespace Library
