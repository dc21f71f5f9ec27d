// Headers every response carries, added in one place after the handler ran.
#pragma once

#include "http/message.h"

namespace cg::http {

// Adds X-Request-Id and the security headers, and marks API responses as not cacheable unless
// the handler chose otherwise.
// `https`: the public URL is https, so browsers are told to keep using it (HSTS).
void add_standard_headers(Response& response, const Request& request, bool https);

// The caller's X-Request-Id when it is short and plain, else a new random one.
std::string request_id_for(const Request& request);

}  // namespace cg::http
