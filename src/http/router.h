// Maps (method, path) to a handler. Patterns are literal segments and {name} placeholders, the
// same syntax as the OpenAPI document, which a test compares against this table.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace cg::http {

using Handler = std::function<Response(Request&)>;

// Where a handler runs. `worker` handlers may block on the database and run on the worker pool;
// `password` handlers also hash passwords (argon2id: ~100 ms of CPU and 64 MiB each) and run on a
// small pool of their own, so a burst of sign-ins neither exhausts memory nor delays other API
// requests; `io` handlers must finish in microseconds and run on the I/O thread.
enum class Execution { worker, password, io };

struct Route {
  std::string method;
  std::string pattern;
  Handler handler;
  Execution execution = Execution::worker;
};

struct RouteMatch {
  enum class Outcome { found, method_not_allowed, not_found };
  Outcome outcome = Outcome::not_found;
  const Route* route = nullptr;
  Fields params;
  std::vector<std::string> allowed;  // for method_not_allowed: the methods the path supports
};

class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler,
           Execution execution = Execution::worker);

  // Answers GET (and HEAD) requests that match no route: the web app's files and its
  // client-side routes. Not part of routes(), so the API contract does not list it.
  void set_fallback(std::string label, Handler handler, Execution execution = Execution::io);

  // HEAD is answered by the GET route (the server drops the body).
  RouteMatch match(std::string_view method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> segments_;  // pattern split on '/', parallel to routes_
  std::optional<Route> fallback_;
};

// Runs a matched route's handler and turns anything it throws into a problem response, so a
// handler bug or a lost database never escapes as a dropped connection.
Response invoke(const Route& route, Request& request);

// The whole request pipeline minus sockets: match, handle, map errors. Used by tests.
Response dispatch(const Router& router, Request& request);

}  // namespace cg::http
