// Who is calling: the session cookie, checked on every request that needs a signed-in caller,
// plus the CSRF check for cookie-authenticated unsafe methods. Handlers ask here rather than
// reading cookies themselves, so the rules live in one place.
#pragma once

#include <initializer_list>

#include "app/access_policy.h"
#include "app/actor.h"
#include "app/api_token_service.h"
#include "app/auth_service.h"
#include "http/message.h"

namespace cg::http {

class Authentication {
 public:
  Authentication(app::AuthService& service, app::ApiTokenService& tokens, bool secure_cookies)
      : service_(service), tokens_(tokens), secure_cookies_(secure_cookies) {}

  // The signed-in caller, from `Authorization: Bearer <API token>` or else the session cookie.
  // 401 without a valid session or token; for cookies, 403 "csrf-token-missing" for a POST, PUT,
  // PATCH or DELETE without the session's X-CSRF-Token and 403 "sign-in-incomplete" when the
  // session's stage is not one of `stages` (by default only fully signed-in sessions pass); for
  // tokens, 403 "token-read-only" when a read token tries to change something.
  Result<app::Principal> require(const Request& request,
                                 std::initializer_list<store::SessionStage> stages = {store::SessionStage::active}) const;

  // require(), plus the access policy's verdict on `action` (403 when not allowed).
  Result<app::Principal> require_allowed(const Request& request, app::Action action) const;

  // The audit identity of a request: address and request id, plus the user when signed in.
  static app::Actor actor(const Request& request, const app::Principal* principal = nullptr);

  app::AuthService& service() const { return service_; }
  app::ApiTokenService& tokens() const { return tokens_; }
  bool secure_cookies() const { return secure_cookies_; }

 private:
  app::AuthService& service_;
  app::ApiTokenService& tokens_;
  const bool secure_cookies_;
};

}  // namespace cg::http
