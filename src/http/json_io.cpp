#include "http/json_io.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>

#include "domain/text_rules.h"
#include "domain/time_format.h"

namespace cg::http {
namespace {

std::string_view type_name(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a true/false value";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "text";
    case boost::json::kind::array: return "a list";
    case boost::json::kind::object: return "an object";
  }
  return "something else";
}

}  // namespace

Response json_response(int status, const boost::json::value& body) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/json");
  response.body = boost::json::serialize(body);
  return response;
}

Result<boost::json::object> read_json_object(const Request& request) {
  const auto type = request.header("content-type").value_or("");
  const auto media = type.substr(0, type.find(';'));
  if (media != "application/json") {
    return Error::make(ErrorKind::unsupported_format,
                       "Send the body as JSON with the header Content-Type: application/json.");
  }
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(request.body, ec);
  if (ec) {
    return Error::invalid_field("body", "The body is not valid JSON (" + ec.message() + ").");
  }
  if (!value.is_object()) {
    return Error::invalid_field("body", "The body must be a JSON object, not " +
                                            std::string(type_name(value)) + ".");
  }
  return std::move(value.as_object());
}

const boost::json::value* JsonFields::take(std::string_view name) {
  seen_.emplace(name);
  return object_.if_contains(name);
}

void JsonFields::add(std::string_view field, std::string message) {
  errors_.push_back({std::string(field), std::move(message)});
}

std::optional<bool> JsonFields::required_bool(std::string_view name) {
  const auto* v = take(name);
  if (!v || v->is_null()) {
    add(name, "Required.");
    return std::nullopt;
  }
  if (!v->is_bool()) {
    add(name, "Must be true or false, not " + std::string(type_name(*v)) + ".");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::string> JsonFields::required_string(std::string_view name) {
  const auto* v = take(name);
  if (!v || v->is_null()) {
    add(name, "Required.");
    return std::nullopt;
  }
  if (!v->is_string()) {
    add(name, "Must be text, not " + std::string(type_name(*v)) + ".");
    return std::nullopt;
  }
  return std::string(v->as_string());
}

std::optional<std::string> JsonFields::optional_string(std::string_view name) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    add(name, "Must be text, not " + std::string(type_name(*v)) + ".");
    return std::nullopt;
  }
  return std::string(v->as_string());
}

std::optional<std::optional<std::string>> JsonFields::nullable_string(std::string_view name) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::string>();
  if (!v->is_string()) {
    add(name, "Must be text or null, not " + std::string(type_name(*v)) + ".");
    return std::nullopt;
  }
  return std::optional<std::string>(std::string(v->as_string()));
}

std::optional<bool> JsonFields::optional_bool(std::string_view name) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    add(name, "Must be true or false, not " + std::string(type_name(*v)) + ".");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::int64_t> JsonFields::optional_integer(std::string_view name, std::int64_t min, std::int64_t max) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (!v->is_int64() || v->as_int64() < min || v->as_int64() > max) {
    add(name, "Must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ".");
    return std::nullopt;
  }
  return v->as_int64();
}

std::optional<std::optional<std::int64_t>> JsonFields::nullable_id(std::string_view name) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::int64_t>();
  if (!v->is_int64() || v->as_int64() < 1) {
    add(name, "Must be the id of a record (a positive whole number) or null.");
    return std::nullopt;
  }
  return std::optional<std::int64_t>(v->as_int64());
}

std::optional<double> JsonFields::optional_number(std::string_view name) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  if (v->is_uint64()) return static_cast<double>(v->as_uint64());
  if (v->is_double()) return v->as_double();
  add(name, "Must be a number, not " + std::string(type_name(*v)) + ".");
  return std::nullopt;
}

std::optional<std::optional<std::chrono::sys_days>> JsonFields::nullable_date(std::string_view name) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::chrono::sys_days>();
  if (v->is_string()) {
    if (auto day = parse_date(std::string_view(v->as_string()))) return std::optional<std::chrono::sys_days>(*day);
  }
  add(name, "Must be a date written YYYY-MM-DD, or null.");
  return std::nullopt;
}

std::optional<std::vector<std::int64_t>> JsonFields::optional_id_list(std::string_view name, std::size_t max_items) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->as_array().size() > max_items) {
    add(name, "Must be a list of at most " + std::to_string(max_items) + " ids.");
    return std::nullopt;
  }
  std::vector<std::int64_t> out;
  for (const auto& item : v->as_array()) {
    if (!item.is_int64() || item.as_int64() < 1) {
      add(name, "Each entry must be the id of a record (a positive whole number).");
      return std::nullopt;
    }
    out.push_back(item.as_int64());
  }
  return out;
}

std::optional<std::vector<std::string>> JsonFields::optional_string_list(std::string_view name, std::size_t max_items) {
  const auto* v = take(name);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    add(name, "Must be a list of text, not " + std::string(type_name(*v)) + ".");
    return std::nullopt;
  }
  if (v->as_array().size() > max_items) {
    add(name, "Must list at most " + std::to_string(max_items) + " items.");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : v->as_array()) {
    if (!item.is_string()) {
      add(name, "Every item must be text.");
      return std::nullopt;
    }
    out.emplace_back(item.as_string());
  }
  return out;
}

const boost::json::value* JsonFields::optional_value(std::string_view name) { return take(name); }

void JsonFields::refuse_read_only(std::span<const std::string_view> names) {
  for (auto name : names) {
    if (take(name)) add(name, "Is set by the server and cannot be changed.");
  }
}

std::vector<FieldError> JsonFields::finish() {
  for (const auto& member : object_) {
    if (!seen_.contains(std::string_view(member.key()))) add(member.key(), "Unknown field.");
  }
  return std::move(errors_);
}

int query_limit(std::string_view value, int max, std::vector<FieldError>& errors) {
  int limit = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), limit);
  if (ec != std::errc() || end != value.data() + value.size() || limit < 1 || limit > max) {
    errors.push_back({"limit", "Must be a whole number between 1 and " + std::to_string(max) + "."});
    return 1;
  }
  return limit;
}

std::optional<std::chrono::sys_days> query_date(std::string_view name, std::string_view value,
                                                std::vector<FieldError>& errors) {
  auto day = parse_date(value);
  if (!day) errors.push_back({std::string(name), "Use a date like 2026-03-31."});
  return day;
}

Result<std::int64_t> path_id(const Request& request, std::string_view name) {
  const auto raw = request.path_param(name).value_or("");
  if (auto id = text::positive_whole_number(raw)) return *id;
  return Error::invalid_field(std::string(name), "Must be a positive whole number.");
}

Result<std::optional<std::int64_t>> if_match_version(const Request& request) {
  auto header = request.header("if-match");
  if (!header) return std::optional<std::int64_t>();
  std::string_view v = *header;
  if (v.starts_with("W/")) v.remove_prefix(2);
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
  if (auto version = text::positive_whole_number(v)) return std::optional<std::int64_t>(*version);
  // "0" is the ETag of something not written yet (minutes before the first save): saving against
  // it is "I saw nothing there", and a 412 if someone wrote first.
  if (v == "0") return std::optional<std::int64_t>(0);
  return Error::invalid_field("If-Match", "Must be the ETag you received, such as \"3\".");
}

std::string etag(std::int64_t version) {
  // Appended piecewise: GCC 12 at -O2 raises a false -Wrestrict on "\"" + std::to_string(...).
  std::string tag = "\"";
  tag += std::to_string(version);
  tag += '"';
  return tag;
}

std::vector<FieldError> unknown_query_params(const Request& request,
                                             std::initializer_list<std::string_view> known) {
  std::vector<FieldError> errors;
  for (const auto& [name, value] : request.query) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      errors.push_back({name, "Unknown query parameter."});
    }
  }
  return errors;
}

}  // namespace cg::http
