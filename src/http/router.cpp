#include "http/router.h"

#include <algorithm>

#include "http/problem.h"

namespace cg::http {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 1;  // paths start with '/'
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool is_placeholder(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler, Execution execution) {
  segments_.push_back(split_path(pattern));
  routes_.push_back({std::move(method), std::move(pattern), std::move(handler), execution});
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
  RouteMatch result;
  if (path.empty() || path.front() != '/') return result;
  const auto parts = split_path(path);
  const std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& pattern = segments_[i];
    if (pattern.size() != parts.size()) continue;
    Fields params;
    bool same = true;
    for (std::size_t s = 0; s < parts.size() && same; ++s) {
      if (is_placeholder(pattern[s])) {
        same = !parts[s].empty();
        params.emplace_back(pattern[s].substr(1, pattern[s].size() - 2), parts[s]);
      } else {
        same = pattern[s] == parts[s];
      }
    }
    if (!same) continue;
    if (routes_[i].method == wanted) {
      result.outcome = RouteMatch::Outcome::found;
      result.route = &routes_[i];
      result.params = std::move(params);
      return result;
    }
    result.outcome = RouteMatch::Outcome::method_not_allowed;
    result.allowed.push_back(routes_[i].method);
    if (routes_[i].method == "GET") result.allowed.emplace_back("HEAD");
  }
  std::sort(result.allowed.begin(), result.allowed.end());
  if (result.outcome == RouteMatch::Outcome::not_found && fallback_ && wanted == "GET") {
    result.outcome = RouteMatch::Outcome::found;
    result.route = &*fallback_;
  }
  return result;
}

void Router::set_fallback(std::string label, Handler handler, Execution execution) {
  fallback_ = Route{"GET", std::move(label), std::move(handler), execution};
}

Response invoke(const Route& route, Request& request) {
  try {
    return route.handler(request);
  } catch (...) {
    return problem_from_exception(std::current_exception(), request);
  }
}

Response dispatch(const Router& router, Request& request) {
  auto match = router.match(request.method, request.path);
  switch (match.outcome) {
    case RouteMatch::Outcome::found:
      request.path_params = std::move(match.params);
      return invoke(*match.route, request);
    case RouteMatch::Outcome::method_not_allowed:
      return method_not_allowed(request, match.allowed);
    case RouteMatch::Outcome::not_found:
      break;
  }
  return route_not_found(request);
}

}  // namespace cg::http
