// Reading JSON request bodies strictly and writing JSON responses. Every decoding problem names
// the field it concerns, so a form can show the message beside the right input.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"
#include "http/message.h"

namespace cg::http {

Response json_response(int status, const boost::json::value& body);

// 415 unless Content-Type is application/json; 400 for malformed JSON or a non-object.
Result<boost::json::object> read_json_object(const Request& request);

// Pulls typed fields out of a JSON object and collects every problem (wrong type, missing,
// unknown field) rather than stopping at the first.
class JsonFields {
 public:
  explicit JsonFields(const boost::json::object& object) : object_(object) {}

  // A string that must be present (and not null).
  std::optional<std::string> required_string(std::string_view name);
  // true or false, which must be present.
  std::optional<bool> required_bool(std::string_view name);
  // Absent: nullopt. Present: the string. Null is refused (the field cannot be cleared).
  std::optional<std::string> optional_string(std::string_view name);
  // Absent: nullopt. Null: an inner nullopt (clear the field). String: the value.
  std::optional<std::optional<std::string>> nullable_string(std::string_view name);

  // Absent: nullopt. Present: true or false.
  std::optional<bool> optional_bool(std::string_view name);
  // Absent: nullopt. Present: a whole number within [min, max].
  std::optional<std::int64_t> optional_integer(std::string_view name, std::int64_t min, std::int64_t max);
  // Absent: nullopt. Null: an inner nullopt. Otherwise a positive id.
  std::optional<std::optional<std::int64_t>> nullable_id(std::string_view name);
  // Absent: nullopt. Present: a number (whole or decimal).
  std::optional<double> optional_number(std::string_view name);
  // Absent: nullopt. Null: an inner nullopt. Otherwise a real calendar day as "YYYY-MM-DD".
  std::optional<std::optional<std::chrono::sys_days>> nullable_date(std::string_view name);
  // Absent: nullopt. Present: an array of positive ids (at most `max_items`).
  std::optional<std::vector<std::int64_t>> optional_id_list(std::string_view name, std::size_t max_items);
  // Absent: nullopt. Present: an array of strings (at most `max_items`).
  std::optional<std::vector<std::string>> optional_string_list(std::string_view name, std::size_t max_items);
  // Absent: nullopt. Present: the raw value, for the caller to check (e.g. GeoJSON).
  const boost::json::value* optional_value(std::string_view name);

  // An array of keys from a fixed set, each parsed by `parse`.
  template <typename T, typename Parse>
  std::optional<std::vector<T>> key_list(std::string_view name, Parse parse, std::string_view allowed) {
    auto raw = optional_string_list(name, 64);
    if (!raw) return std::nullopt;
    std::vector<T> out;
    for (const auto& item : *raw) {
      if (auto value = parse(item)) {
        out.push_back(*value);
      } else {
        add(name, "\"" + item + "\" is not one of: " + std::string(allowed) + ".");
        return std::nullopt;
      }
    }
    return out;
  }

  // A string from a fixed set of keys, parsed by `parse`; `allowed` lists them in the message.
  template <typename T, typename Parse>
  std::optional<T> key(std::string_view name, Parse parse, std::string_view allowed, bool required) {
    auto raw = required ? required_string(name) : optional_string(name);
    if (!raw) return std::nullopt;
    if (auto value = parse(*raw)) return *value;
    add(name, "Must be one of: " + std::string(allowed) + ".");
    return std::nullopt;
  }

  // Read-only members (id, version, timestamps) are refused with a message saying so.
  void refuse_read_only(std::span<const std::string_view> names);

  // Adds "unknown field" errors for members never asked for, then returns all errors.
  std::vector<FieldError> finish();

  void add(std::string_view field, std::string message);

 private:
  const boost::json::value* take(std::string_view name);

  const boost::json::object& object_;
  std::set<std::string, std::less<>> seen_;
  std::vector<FieldError> errors_;
};

// Parses a path parameter that must be a positive id: 400 naming the parameter otherwise.
Result<std::int64_t> path_id(const Request& request, std::string_view name);

// The version named by If-Match ("3", W/"3" or 3); nullopt when the header is absent,
// 400 when it is not one of ours.
Result<std::optional<std::int64_t>> if_match_version(const Request& request);

// ETag value for a version: "3" with the quotes.
std::string etag(std::int64_t version);

// A `limit` query parameter: a whole number in 1..max; otherwise an error naming `limit` is added.
int query_limit(std::string_view value, int max, std::vector<FieldError>& errors);

// A YYYY-MM-DD query parameter; otherwise an error naming `name` is added.
std::optional<std::chrono::sys_days> query_date(std::string_view name, std::string_view value,
                                                std::vector<FieldError>& errors);

// "a, b, c": the keys of a reference table (sectors, roles...), for "Must be one of" messages.
template <typename Table>
std::string keys_of(const Table& table) {
  std::string keys;
  for (const auto& entry : table) {
    if (!keys.empty()) keys += ", ";
    keys += entry.key;
  }
  return keys;
}

// Query parameters: refuses names outside `known` (a misspelt filter should not silently list
// everything).
std::vector<FieldError> unknown_query_params(const Request& request,
                                             std::initializer_list<std::string_view> known);

}  // namespace cg::http
