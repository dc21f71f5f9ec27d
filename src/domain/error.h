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
  precondition_failed,  // the caller edited a stale version (412)
  precondition_required,  // an update came without the version it was based on (428)
  rule_violated,        // well-formed, but a domain rule forbids it (422)
  unsupported_format,   // the body is not JSON (415)
  unavailable,          // the database cannot be reached right now (503)
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

  static Error invalid(std::vector<FieldError> fields,
                       std::string detail = "Some fields need attention.") {
    return {ErrorKind::invalid_input, std::move(detail), std::move(fields)};
  }
  static Error invalid_field(std::string field, std::string message) {
    return invalid({{std::move(field), std::move(message)}});
  }
  static Error make(ErrorKind kind, std::string detail) {
    return {kind, std::move(detail), {}};
  }
};

}  // namespace cg
