// The two cookies of a browser session. `cg_session` carries the session secret: HttpOnly, so
// page scripts never see it. `cg_csrf` carries the CSRF token, readable by the web app, which
// echoes it in the X-CSRF-Token header of every unsafe request; another site can make the
// browser send cookies but cannot read this one to forge the header. Both SameSite=Lax, and
// Secure whenever the public URL is https.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace cg::http {

inline constexpr std::string_view kSessionCookie = "cg_session";
inline constexpr std::string_view kCsrfCookie = "cg_csrf";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";

// The named cookie's value from the request's Cookie header(s).
std::optional<std::string> cookie(const Request& request, std::string_view name);

// Adds Set-Cookie headers for a new session; `max_age_seconds` is the absolute session lifetime.
void set_session_cookies(Response& response, const std::string& session_token, const std::string& csrf_token,
                         bool secure, long max_age_seconds);
void clear_session_cookies(Response& response, bool secure);

}  // namespace cg::http
