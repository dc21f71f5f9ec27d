#include "http/cookies.h"

namespace cg::http {
namespace {

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string set_cookie(std::string_view name, std::string_view value, bool http_only, bool secure,
                       long max_age_seconds) {
  std::string header = std::string(name) + "=" + std::string(value) + "; Path=/; SameSite=Lax; Max-Age=" +
                       std::to_string(max_age_seconds);
  if (http_only) header += "; HttpOnly";
  if (secure) header += "; Secure";
  return header;
}

}  // namespace

std::optional<std::string> cookie(const Request& request, std::string_view name) {
  for (const auto& [key, value] : request.headers) {
    if (key != "cookie") continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto end = rest.find(';');
      const auto pair = trim_spaces(rest.substr(0, end));
      const auto eq = pair.find('=');
      if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  return std::nullopt;
}

void set_session_cookies(Response& response, const std::string& session_token, const std::string& csrf_token,
                         bool secure, long max_age_seconds) {
  response.add_header("Set-Cookie", set_cookie(kSessionCookie, session_token, true, secure, max_age_seconds));
  response.add_header("Set-Cookie", set_cookie(kCsrfCookie, csrf_token, false, secure, max_age_seconds));
}

void clear_session_cookies(Response& response, bool secure) {
  response.add_header("Set-Cookie", set_cookie(kSessionCookie, "", true, secure, 0));
  response.add_header("Set-Cookie", set_cookie(kCsrfCookie, "", false, secure, 0));
}

}  // namespace cg::http
