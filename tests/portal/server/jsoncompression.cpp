#include "tests/portal/server/jsoncompression.h"

#include <httplib.h>
#include <zlib.h>

#include <QByteArray>
#include <QList>

namespace RefPortal::Api {

namespace {

constexpr std::size_t MinimumBytes = 1024;
constexpr int Level = 5;

// Whether Accept-Encoding names gzip without q=0.
bool acceptsGzip(const std::string &header)
{
    for (const QByteArray &part : QByteArray::fromStdString(header).split(',')) {
        const QList<QByteArray> fields = part.split(';');
        if (fields.first().trimmed().toLower() != "gzip")
            continue;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray parameter = fields.at(i).trimmed().toLower();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0)
                return false;
        }
        return true;
    }
    return false;
}

bool gzip(const std::string &in, std::string *out)
{
    z_stream stream {};
    // 15 + 16: a gzip wrapper rather than zlib's.
    if (deflateInit2(&stream, Level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out->resize(deflateBound(&stream, static_cast<uLong>(in.size())) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    stream.avail_in = static_cast<uInt>(in.size());
    stream.next_out = reinterpret_cast<Bytef *>(out->data());
    stream.avail_out = static_cast<uInt>(out->size());
    const int result = deflate(&stream, Z_FINISH);
    out->resize(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END;
}

} // namespace

namespace {
// The request a worker thread is answering takes gzip.
thread_local bool t_acceptsGzip = false;
} // namespace

void noteAcceptEncoding(const httplib::Request &request)
{
    t_acceptsGzip = acceptsGzip(request.get_header_value("Accept-Encoding"));
}

void setJsonContent(httplib::Response &response, std::string json)
{
    // With a charset the library does not take the type for one it compresses.
    std::string compressed;
    if (json.size() >= MinimumBytes && t_acceptsGzip && gzip(json, &compressed)) {
        response.set_content(std::move(compressed), "application/json; charset=utf-8");
        response.set_header("Content-Encoding", "gzip");
        response.set_header("Vary", "Accept-Encoding");
        return;
    }
    response.set_content(std::move(json), "application/json; charset=utf-8");
}

} // namespace RefPortal::Api
