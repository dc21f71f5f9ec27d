// The one place where failures become HTTP responses: RFC 9457 problem documents
// (application/problem+json) with type, title, status, detail, instance, the request id, and
// for validation failures an `errors` list of {field, message}.
#pragma once

#include <boost/json/object.hpp>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "http/message.h"

namespace cg::http {

int status_for(ErrorKind kind);

// `extra` members are added to the document (e.g. `current` for a 412).
Response problem_response(const Error& error, const Request& request,
                          boost::json::object extra = {});

// Transport-level problems that have no domain error (413, 431, 400 unparseable request...).
Response problem(int status, std::string_view slug, std::string_view title, std::string detail,
                 const Request& request);

// Maps DatabaseUnavailable to 503 with Retry-After; anything else to a 500 that says nothing of
// internals (the details go to the error log with the request id).
Response problem_from_exception(std::exception_ptr error, const Request& request);

Response route_not_found(const Request& request);
Response method_not_allowed(const Request& request, const std::vector<std::string>& allowed);

}  // namespace cg::http
