#include "http/authentication.h"

#include <algorithm>

#include "app/secrets.h"
#include "http/cookies.h"

namespace cg::http {
namespace {

bool is_unsafe(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::string_view stage_words(store::SessionStage stage) {
  switch (stage) {
    case store::SessionStage::second_factor: return "Enter the code from your authenticator app to finish signing in.";
    case store::SessionStage::notice: return "Acknowledge the sign-in notice to finish signing in.";
    case store::SessionStage::enrol_second_factor:
      return "Set up two-step verification for your account to finish signing in.";
    case store::SessionStage::active: break;
  }
  return "Finish signing in first.";
}

}  // namespace

Result<app::Principal> Authentication::require(const Request& request,
                                               std::initializer_list<store::SessionStage> stages) const {
  if (const auto authorization = request.header("authorization")) {
    if (!authorization->starts_with("Bearer ")) {
      return Error::make(ErrorKind::unauthenticated, "Use 'Authorization: Bearer <API token>'.", "invalid-token");
    }
    auto principal = tokens_.authenticate(authorization->substr(7));
    if (principal && is_unsafe(request.method) && principal->token_scope != "read_write") {
      return Error::make(ErrorKind::forbidden, "This API token may only read. Create a read-write token to make changes.",
                         "token-read-only");
    }
    return principal;
  }
  const auto token = cookie(request, kSessionCookie);
  auto principal = service_.authenticate(token ? *token : std::string());
  if (!principal) return principal;
  if (is_unsafe(request.method)) {
    const auto sent = request.header(kCsrfHeader);
    if (!sent || !app::equal_in_constant_time(*sent, principal->csrf_token)) {
      return Error::make(ErrorKind::forbidden,
                         "This request did not carry the page's security token (X-CSRF-Token). Reload the page "
                         "and try again.",
                         "csrf-token-missing");
    }
  }
  if (std::find(stages.begin(), stages.end(), principal->stage) == stages.end()) {
    return Error::make(ErrorKind::forbidden, std::string(stage_words(principal->stage)), "sign-in-incomplete");
  }
  return principal;
}

Result<app::Principal> Authentication::require_allowed(const Request& request, app::Action action) const {
  auto principal = require(request);
  if (!principal) return principal;
  if (auto allowed = app::authorize(principal->user, action); !allowed) return std::move(allowed).error();
  return principal;
}

app::Actor Authentication::actor(const Request& request, const app::Principal* principal) {
  app::Actor actor;
  actor.source_address = request.remote_address;
  actor.request_id = request.request_id;
  if (principal) {
    actor.user_id = principal->user.id;
    actor.email = principal->user.email;
  }
  return actor;
}

}  // namespace cg::http
