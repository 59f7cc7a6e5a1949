#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct evp_md_ctx_st;

namespace Demo {

// Streaming SHA-256 through OpenSSL, which uses the CPU's SHA extensions where there are any.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void addData(const char *data, qsizetype size);
    QString hexResult(); // lowercase hex; ends the computation

private:
    evp_md_ctx_st *m_context;
};

struct FileDigest
{
    qint64 size = 0;
    QString sha256;
};

std::optional<FileDigest> digestFile(const QString &path, QString *error);

} // namespace Demo
