#include "app/account_email_service.h"

#include <boost/json.hpp>
#include <cstdio>

#include "app/audit_trail.h"
#include "app/secrets.h"
#include "domain/password_policy.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/email_token_repository.h"
#include "store/errors.h"
#include "store/session_repository.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

constexpr const char* kReset = "password_reset";
constexpr const char* kInvitation = "invitation";

AuditEntry user_entry(std::string action, std::string outcome, std::int64_t user_id) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = std::move(outcome);
  entry.target_type = "user";
  entry.target_id = std::to_string(user_id);
  return entry;
}

Error invalid_link() {
  return Error::invalid_field("token", "This link is not valid any more: it may have expired or been used "
                                       "already. Ask for a new one.");
}

}  // namespace

std::string AccountEmailService::issue_token(store::Connection& c, std::int64_t user_id, const std::string& purpose,
                                             std::chrono::system_clock::time_point expires_at, const std::string& now) {
  const auto token = random_token();
  store::EmailTokenRepository tokens(c);
  tokens.retire_all(user_id, purpose, now);
  tokens.insert(user_id, purpose, fingerprint(token), now, format_utc(expires_at));
  return token;
}

void AccountEmailService::request_password_reset(std::string_view email, const Actor& actor) {
  const auto now_time = clock_();
  const auto now = format_utc(now_time);
  std::optional<User> user;
  std::string token;
  store_.write([&](store::Connection& c) {
    user = store::UserRepository(c).find_by_email(email);
    Actor who = actor;
    who.email = std::string(email.substr(0, 254));
    if (!user || user->status != UserStatus::active) {
      AuditEntry entry;
      entry.action = "auth.password_reset_request";
      entry.outcome = "unknown_account";
      append_audit(c, who, now, std::move(entry));
      user.reset();
      return 0;
    }
    token = issue_token(c, user->id, kReset, now_time + settings_.reset_lifetime, now);
    append_audit(c, who, now, user_entry("auth.password_reset_request", "sent", user->id));
    return 0;
  });
  if (!user) return;
  mailer_.send({user->email, "Reset your CommonGround password",
                "Hello " + user->display_name + ",\n\n"
                "Someone (we hope you) asked to reset the password of your CommonGround account.\n"
                "To choose a new password, open this link within " + std::to_string(settings_.reset_lifetime.count()) +
                    " minutes:\n\n" + settings_.public_url + "/set-password?token=" + token +
                    "\n\nIf you did not ask for this, ignore this email: your password stays as it is.\n"});
}

Result<User> AccountEmailService::invite(std::string_view email, std::string_view display_name, SiteRole role,
                                         const Actor& inviter) {
  if (auto errors = validate_new_user(email, display_name); !errors.empty()) return Error::invalid(std::move(errors));
  const auto unusable_hash = hash_password(random_token());  // nobody knows it: the link sets the real one
  const auto now_time = clock_();
  const auto now = format_utc(now_time);
  std::string token;
  User user;
  try {
    user = store_.write([&](store::Connection& c) {
      auto created = store::UserRepository(c).insert(
          {text::trim(email), text::trim(display_name), unusable_hash, role}, now);
      token = issue_token(c, created.id, kInvitation, now_time + settings_.invitation_lifetime, now);
      auto entry = user_entry("user.invite", "success", created.id);
      entry.after_json = boost::json::serialize(boost::json::object{
          {"email", created.email}, {"display_name", created.display_name}, {"site_role", to_key(created.site_role)}});
      append_audit(c, inviter, now, std::move(entry));
      return created;
    });
  } catch (const store::UniqueViolation&) {
    auto error = Error::make(ErrorKind::conflict, "An account with this email address already exists.");
    error.fields = {{"email", "Another account uses this email address."}};
    return error;
  }
  try {
    mailer_.send({user.email, "You are invited to CommonGround",
                  "Hello " + user.display_name + ",\n\n" + inviter.email.value_or("An administrator") +
                      " invited you to CommonGround, where your community-policing partnership plans and tracks "
                      "its work.\n\nTo accept, choose a password within " +
                      std::to_string(settings_.invitation_lifetime.count() / 24) + " days:\n\n" + settings_.public_url +
                      "/set-password?token=" + token + "\n"});
  } catch (const std::exception& e) {
    return Error::make(ErrorKind::unavailable,
                       "The account was created, but the invitation email could not be sent (" + std::string(e.what()) +
                           "). Try again later with \"Forgot your password?\" on the sign-in page.");
  }
  return user;
}

Result<User> AccountEmailService::set_password(std::string_view token, std::string_view password, const Actor& actor) {
  const auto now_time = clock_();
  const auto now = format_utc(now_time);
  const auto found = store_.read([&](store::Connection& c) -> std::optional<std::pair<store::EmailToken, User>> {
    auto stored = store::EmailTokenRepository(c).find_by_hash(fingerprint(token));
    if (!stored) return std::nullopt;
    auto user = store::UserRepository(c).find(stored->user_id);
    if (!user) return std::nullopt;
    return std::make_pair(*stored, *user);
  });
  if (!found || found->first.used_at || *parse_utc(found->first.expires_at) <= now_time) return invalid_link();
  const auto& user = found->second;
  if (auto problem = password::check(password, user.email)) return Error::invalid_field("password", *problem);
  const auto hash = hash_password(password);
  return store_.write([&](store::Connection& c) -> Result<User> {
    if (!store::EmailTokenRepository(c).use(found->first.id, now)) return invalid_link();
    store::UserRepository users(c);
    users.set_password_hash(user.id, hash, now);
    users.set_locked_at(user.id, std::nullopt, now);
    store::SessionRepository(c).remove_all_for_user(user.id);
    Actor who = actor;
    who.user_id = user.id;
    who.email = user.email;
    append_audit(c, who, now, user_entry("auth.password_set", found->first.purpose, user.id));
    return *users.find(user.id);
  });
}

}  // namespace cg::app
