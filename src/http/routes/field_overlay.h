// Reading a body over a current record: PATCH sends only what changes, POST must send what a new
// record needs. Shared by every route that reads records field by field.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string_view>

#include "http/json_io.h"

namespace cg::http {

// Replaces `target` with the value that was sent, if one was.
template <typename T>
void overlay(T& target, std::optional<T> value) {
  if (value) target = std::move(*value);
}

// A field a new record must have: "Required." unless it was sent (then its own problem, if any,
// is already recorded).
template <typename T>
void need(JsonFields& in, const boost::json::object& body, std::string_view name, const std::optional<T>& value) {
  if (!value && !body.contains(name)) in.add(name, "Required.");
}

}  // namespace cg::http
