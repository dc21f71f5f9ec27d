#include "http/problem.h"

#include <boost/json/serialize.hpp>
#include <algorithm>
#include <cstdio>

#include "store/errors.h"

namespace cg::http {
namespace {

struct KindInfo {
  int status;
  std::string_view slug;
  std::string_view title;
};

KindInfo info(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid_input: return {400, "invalid-input", "Some input is not valid"};
    case ErrorKind::not_found: return {404, "not-found", "Not found"};
    case ErrorKind::conflict: return {409, "conflict", "Conflicts with existing data"};
    case ErrorKind::gone: return {410, "gone", "No longer available"};
    case ErrorKind::precondition_failed: return {412, "stale-version", "Changed by someone else"};
    case ErrorKind::precondition_required: return {428, "version-required", "Version required"};
    case ErrorKind::rule_violated: return {422, "rule-violated", "Not allowed by the partnership's rules"};
    case ErrorKind::unsupported_format: return {415, "unsupported-format", "Unsupported content type"};
    case ErrorKind::unavailable: return {503, "database-unavailable", "Temporarily unavailable"};
    case ErrorKind::unauthenticated: return {401, "sign-in-required", "Sign-in required"};
    case ErrorKind::forbidden: return {403, "forbidden", "Not allowed"};
    case ErrorKind::too_many_requests: return {429, "too-many-requests", "Too many attempts"};
  }
  return {500, "internal-error", "Internal error"};
}

Response build(int status, std::string_view slug, std::string_view title, std::string detail,
               const Request& request, boost::json::object extra) {
  boost::json::object doc = std::move(extra);
  doc["type"] = "urn:commonground:problem:" + std::string(slug);
  doc["title"] = title;
  doc["status"] = status;
  doc["detail"] = detail;
  doc["instance"] = request.path;
  if (!request.request_id.empty()) doc["request_id"] = request.request_id;
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/problem+json");
  response.body = boost::json::serialize(doc);
  return response;
}

void log_error(const Request& request, std::string_view what) {
  boost::json::object line{{"level", "error"}, {"request_id", request.request_id},
                           {"path", request.path}, {"message", what}};
  std::fprintf(stderr, "%s\n", boost::json::serialize(line).c_str());
}

}  // namespace

int status_for(ErrorKind kind) { return info(kind).status; }

Response problem_response(const Error& error, const Request& request, boost::json::object extra) {
  const auto kind = info(error.kind);
  if (!error.fields.empty()) {
    boost::json::array errors;
    for (const auto& f : error.fields) errors.push_back({{"field", f.field}, {"message", f.message}});
    extra["errors"] = std::move(errors);
  }
  const std::string_view slug = error.problem_slug.empty() ? kind.slug : std::string_view(error.problem_slug);
  auto response = build(kind.status, slug, kind.title, error.detail, request, std::move(extra));
  if (error.kind == ErrorKind::unavailable) response.set_header("Retry-After", "5");
  if (error.kind == ErrorKind::too_many_requests) {
    response.set_header("Retry-After", std::to_string(std::max(1, error.retry_after_seconds)));
  }
  return response;
}

Response problem(int status, std::string_view slug, std::string_view title, std::string detail,
                 const Request& request) {
  return build(status, slug, title, std::move(detail), request, {});
}

Response problem_from_exception(std::exception_ptr error, const Request& request) {
  try {
    std::rethrow_exception(error);
  } catch (const store::DatabaseUnavailable& e) {
    log_error(request, e.what());
    return problem_response(
        Error::make(ErrorKind::unavailable,
                    "The database cannot be reached right now. Nothing was changed; try again in a "
                    "few seconds."),
        request);
  } catch (const std::exception& e) {
    log_error(request, e.what());
  } catch (...) {
    log_error(request, "unknown exception");
  }
  return build(500, "internal-error", "Internal error",
               "Something went wrong on our side. Quote request id " + request.request_id +
                   " if you report it.",
               request, {});
}

Response route_not_found(const Request& request) {
  return problem(404, "route-not-found", "Not found", "There is nothing at " + request.path + ".",
                 request);
}

Response method_not_allowed(const Request& request, const std::vector<std::string>& allowed) {
  std::string allow;
  for (const auto& m : allowed) allow += (allow.empty() ? "" : ", ") + m;
  auto response = problem(405, "method-not-allowed", "Method not allowed",
                          request.method + " is not supported here. Allowed: " + allow + ".", request);
  response.set_header("Allow", allow);
  return response;
}

}  // namespace cg::http
