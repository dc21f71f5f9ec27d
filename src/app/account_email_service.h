// The account flows that go through email: "forgot my password" and invitations. Each sends a
// link with a single-use token (stored as a fingerprint) that expires: 1 hour for a reset, 7 days
// for an invitation. Setting the password through the link ends the account's other sessions.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "app/actor.h"
#include "app/auth_service.h"
#include "app/clock.h"
#include "domain/result.h"
#include "mail/mailer.h"

namespace cg::app {

struct AccountEmailSettings {
  std::string public_url = "http://127.0.0.1:8080";  // links in emails start with this
  std::chrono::minutes reset_lifetime{60};
  std::chrono::hours invitation_lifetime{24 * 7};
};

class AccountEmailService {
 public:
  AccountEmailService(store::Store& store, mail::Mailer& mailer, Clock clock, AccountEmailSettings settings)
      : store_(store), mailer_(mailer), clock_(std::move(clock)), settings_(std::move(settings)) {}

  // Sends a reset link if the address has an active account. Always succeeds from the caller's
  // point of view, so the answer does not reveal who has an account (the attempt is audited).
  void request_password_reset(std::string_view email, const Actor& actor);

  // Creates an account without a usable password and emails an invitation to set one.
  // 400 for an invalid email or name, 409 when the email is taken.
  Result<User> invite(std::string_view email, std::string_view display_name, SiteRole role, const Actor& inviter);

  // Sets the password from a link. 400 naming `token` when it is unknown, expired or used, or
  // `password` when the policy refuses it.
  Result<User> set_password(std::string_view token, std::string_view password, const Actor& actor);

 private:
  std::string issue_token(store::Connection& c, std::int64_t user_id, const std::string& purpose,
                          std::chrono::system_clock::time_point expires_at, const std::string& now);

  store::Store& store_;
  mail::Mailer& mailer_;
  const Clock clock_;
  const AccountEmailSettings settings_;
};

}  // namespace cg::app
