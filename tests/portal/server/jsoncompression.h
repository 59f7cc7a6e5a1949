#pragma once

#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal::Api {

// JSON answers of 1 KB or more go out gzip-compressed when the client takes
// gzip, at a level a live server would use. (The HTTP library would otherwise
// choose brotli at its slowest level: half a second for a 200-item page.)
// noteAcceptEncoding() runs before each route (pre-routing handler) on the
// thread that answers it; setJsonContent() then sets the body.
void noteAcceptEncoding(const httplib::Request &request);
void setJsonContent(httplib::Response &response, std::string json);

} // namespace RefPortal::Api
