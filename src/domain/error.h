// The one error taxonomy of CommonGround. Expected failures travel as values (see result.h);
// src/http/problem.cpp is the only place that turns them into HTTP responses.
#pragma once

#include <string>
#include <vector>

namespace cg {

enum class ErrorKind {
  invalid_input,        // the request is malformed or a field is invalid (400)
  not_found,            // no such thing, or the caller may not see it (404)
  conflict,             // it clashes with something stored, e.g. a duplicate name (409)
  gone,                 // it existed but is no longer usable, e.g. an expired invitation (410)
  precondition_failed,  // the caller edited a stale version (412)
  precondition_required,  // an update came without the version it was based on (428)
  rule_violated,        // well-formed, but a domain rule forbids it (422)
  unsupported_format,   // the body is not JSON (415)
  unavailable,          // the database cannot be reached right now (503)
  unauthenticated,      // not signed in, or the sign-in failed (401)
  forbidden,            // signed in, but this action is not theirs to take, or CSRF failed (403)
  too_many_requests,    // slow down: too many attempts from this address (429, Retry-After)
};

// A problem with one named input field; `field` uses the JSON name the caller sent.
struct FieldError {
  std::string field;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

struct Error {
  ErrorKind kind;
  std::string detail;               // plain words for the person who made the request
  std::vector<FieldError> fields;   // non-empty for validation failures
  // A more specific problem type than the kind's own (e.g. "account-locked" for a 401), so
  // clients can tell cases apart without parsing the words. Empty: the kind's type.
  std::string problem_slug;
  int retry_after_seconds = 0;      // for too_many_requests: when to try again

  static Error invalid(std::vector<FieldError> fields,
                       std::string detail = "Some fields need attention.") {
    Error e = make(ErrorKind::invalid_input, std::move(detail));
    e.fields = std::move(fields);
    return e;
  }
  static Error invalid_field(std::string field, std::string message) {
    return invalid({{std::move(field), std::move(message)}});
  }
  static Error make(ErrorKind kind, std::string detail, std::string problem_slug = {}) {
    Error e;
    e.kind = kind;
    e.detail = std::move(detail);
    e.problem_slug = std::move(problem_slug);
    return e;
  }
  static Error too_many(std::string detail, int retry_after_seconds) {
    Error e = make(ErrorKind::too_many_requests, std::move(detail));
    e.retry_after_seconds = retry_after_seconds;
    return e;
  }
};

}  // namespace cg
