// HTTP requests and responses as plain values, free of Beast, so handlers, the router and their
// tests compile quickly and never touch a socket. src/http/server.cpp converts to and from Beast.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cg::http {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;          // upper case, e.g. "GET"
  std::string path;            // percent-decoded path, e.g. "/api/v1/organizations/7"
  Fields query;                // percent-decoded query parameters, in order
  Fields headers;              // names lower-cased
  std::string body;
  std::string request_id;
  std::string remote_address;
  Fields path_params;          // filled by the router from the route's {placeholders}

  std::optional<std::string_view> header(std::string_view lower_case_name) const;
  std::optional<std::string_view> path_param(std::string_view name) const;
  // The first query parameter called `name`.
  std::optional<std::string_view> query_param(std::string_view name) const;
};

struct Response {
  int status = 200;
  Fields headers;
  std::string body;

  void set_header(std::string name, std::string value);
  // Adds another header of the same name (Set-Cookie may appear several times).
  void add_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
  std::optional<std::string_view> header(std::string_view name) const;
};

}  // namespace cg::http
