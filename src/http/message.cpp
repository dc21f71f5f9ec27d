#include "http/message.h"

#include <strings.h>

namespace cg::http {
namespace {

std::optional<std::string_view> find(const Fields& fields, std::string_view name) {
  for (const auto& [key, value] : fields) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
      return std::string_view(value);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> Request::header(std::string_view name) const { return find(headers, name); }
std::optional<std::string_view> Request::path_param(std::string_view name) const {
  return find(path_params, name);
}

std::optional<std::string_view> Request::query_param(std::string_view name) const { return find(query, name); }

void Response::set_header(std::string name, std::string value) {
  for (auto& [key, existing] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
      existing = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> Response::header(std::string_view name) const { return find(headers, name); }

}  // namespace cg::http
