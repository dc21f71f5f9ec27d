#include "http/json_io.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>

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

std::optional<std::int64_t> parse_positive(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
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

Result<std::int64_t> path_id(const Request& request, std::string_view name) {
  const auto raw = request.path_param(name).value_or("");
  if (auto id = parse_positive(raw)) return *id;
  return Error::invalid_field(std::string(name), "Must be a positive whole number.");
}

Result<std::optional<std::int64_t>> if_match_version(const Request& request) {
  auto header = request.header("if-match");
  if (!header) return std::optional<std::int64_t>();
  std::string_view v = *header;
  if (v.starts_with("W/")) v.remove_prefix(2);
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
  if (auto version = parse_positive(v)) return std::optional<std::int64_t>(*version);
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
