#include "app/auth_service.h"

#include <boost/json.hpp>
#include <chrono>

#include "app/audit_trail.h"
#include "app/secrets.h"
#include "domain/base32.h"
#include "domain/password_policy.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "domain/totp.h"
#include "store/errors.h"
#include "store/recovery_code_repository.h"
#include "store/sign_in_attempt_repository.h"
#include "store/site_settings_repository.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

using store::SessionStage;

constexpr std::string_view kIssuer = "CommonGround";
constexpr auto kTouchInterval = std::chrono::minutes(1);

Error invalid_credentials() {
  return Error::make(ErrorKind::unauthenticated,
                     "The email address or password is not right. Check them and try again.",
                     "invalid-credentials");
}

Error session_missing() {
  return Error::make(ErrorKind::unauthenticated, "Please sign in.", "sign-in-required");
}

// Verifying against a fixed hash when the account does not exist makes both failures take the
// same time, so timing does not reveal which emails have accounts.
const std::string& decoy_hash() {
  static const std::string hash = hash_password("decoy password that no account has");
  return hash;
}

Actor with_user(Actor actor, const User& user) {
  actor.user_id = user.id;
  actor.email = user.email;
  return actor;
}

AuditEntry entry(std::string action, std::string outcome, const std::optional<std::int64_t>& user_id = {}) {
  AuditEntry e;
  e.action = std::move(action);
  e.outcome = std::move(outcome);
  if (user_id) {
    e.target_type = "user";
    e.target_id = std::to_string(*user_id);
  }
  return e;
}

std::string minutes_in_words(std::chrono::minutes m) {
  return std::to_string(m.count()) + (m.count() == 1 ? " minute" : " minutes");
}

std::string format_time_of_day(sign_in::Time time) {
  const auto text = format_utc(time);  // 2026-03-01T10:30:00.000Z
  return text.substr(11, 5) + " UTC";
}

// "abcd-efgh-ijkl" style codes, easy to read out and type; 60 bits each.
std::string new_recovery_code() {
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const auto bytes = random_bytes(12);
  std::string code;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i > 0 && i % 4 == 0) code += '-';
    code += kAlphabet[bytes[i] % kAlphabet.size()];
  }
  return code;
}

std::string normalized_recovery_code(std::string_view code) {
  std::string out;
  for (const char c : code) {
    if (c == ' ' || c == '-') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Admins always need a second factor; everyone does when the site says so.
bool needs_second_factor(const User& user, const SignInSettings& settings) {
  return user.site_role == SiteRole::admin || settings.second_factor_for_everyone;
}

}  // namespace

AuthService::AuthService(store::Store& store, Clock clock, AuthSettings settings)
    : store_(store), clock_(std::move(clock)), settings_(settings) {}

std::string AuthService::now() const { return format_utc(clock_()); }

std::string AuthService::notice() { return sign_in_settings().notice; }

bool AuthService::second_factor_required(const User& user) { return needs_second_factor(user, sign_in_settings()); }

SignInSettings AuthService::sign_in_settings() {
  return store_.read([](store::Connection& c) {
    store::SiteSettingsRepository repo(c);
    SignInSettings settings;
    settings.notice = repo.get("sign_in_notice").value_or(std::string(kDefaultSignInNotice));
    settings.second_factor_for_everyone = repo.get("mfa_required_for_everyone").value_or("0") == "1";
    return settings;
  });
}

Result<SignInSettings> AuthService::update_sign_in_settings(const SignInSettings& wanted, const Actor& admin) {
  SignInSettings settings = wanted;
  settings.notice = text::trim(settings.notice);
  if (auto problem = text::check_length(settings.notice, 0, kSignInNoticeMax)) {
    return Error::invalid_field("notice", *problem);
  }
  const auto before = sign_in_settings();
  const auto at = now();
  store_.write([&](store::Connection& c) {
    store::SiteSettingsRepository repo(c);
    repo.put("sign_in_notice", settings.notice);
    repo.put("mfa_required_for_everyone", settings.second_factor_for_everyone ? "1" : "0");
    auto to_json = [](const SignInSettings& s) {
      return boost::json::serialize(
          boost::json::object{{"notice", s.notice}, {"second_factor_for_everyone", s.second_factor_for_everyone}});
    };
    AuditEntry e = entry("settings.sign_in", "success");
    e.before_json = to_json(before);
    e.after_json = to_json(settings);
    append_audit(c, admin, at, std::move(e));
    return 0;
  });
  return settings;
}

Result<Done> AuthService::change_password(const Principal& session, std::string_view current_password,
                                          std::string_view new_password, const Actor& client) {
  const auto credentials =
      store_.read([&](store::Connection& c) { return store::UserRepository(c).credentials(session.user.id); });
  if (!credentials || !verify_password(credentials->password_hash, current_password)) {
    return Error::invalid_field("current_password", "This is not your current password.");
  }
  if (auto problem = password::check(new_password, session.user.email)) {
    return Error::invalid_field("new_password", *problem);
  }
  const auto hash = hash_password(new_password);
  const auto at = now();
  store_.write([&](store::Connection& c) {
    store::UserRepository(c).set_password_hash(session.user.id, hash, at);
    store::SessionRepository sessions(c);
    for (const auto& other : sessions.list_for_user(session.user.id)) {
      if (other.id_hash != session.session_id_hash) sessions.remove(other.id_hash);
    }
    append_audit(c, with_user(client, session.user), at, entry("user.password_change", "success", session.user.id));
    return 0;
  });
  return Done{};
}

std::vector<store::StoredSession> AuthService::sessions(const Principal& session) {
  return store_.read([&](store::Connection& c) { return store::SessionRepository(c).list_for_user(session.user.id); });
}

Result<User> AuthService::set_status(std::int64_t user_id, UserStatus status, const Principal& admin,
                                     const Actor& actor) {
  if (user_id == admin.user.id && status == UserStatus::disabled) {
    return Error::make(ErrorKind::rule_violated, "You cannot disable your own account.");
  }
  const auto at = now();
  return store_.write([&](store::Connection& c) -> Result<User> {
    store::UserRepository users(c);
    const auto user = users.find(user_id);
    if (!user) return Error::make(ErrorKind::not_found, "There is no such account.");
    if (user->status == status) return *user;
    users.set_status(user_id, status, at);
    if (status == UserStatus::disabled) store::SessionRepository(c).remove_all_for_user(user_id);
    auto e = entry(status == UserStatus::disabled ? "user.disable" : "user.enable", "success", user_id);
    e.before_json = "{\"status\":\"" + std::string(to_key(user->status)) + "\"}";
    e.after_json = "{\"status\":\"" + std::string(to_key(status)) + "\"}";
    append_audit(c, actor, at, std::move(e));
    return *users.find(user_id);
  });
}

SessionStage AuthService::stage_after_second_factor(const User& user, bool notice_acknowledged) {
  const auto settings = sign_in_settings();  // one read for both questions
  if (!notice_acknowledged && !settings.notice.empty()) return SessionStage::notice;
  if (!user.mfa_enabled && needs_second_factor(user, settings)) return SessionStage::enrol_second_factor;
  return SessionStage::active;
}

Result<SessionGrant> AuthService::sign_in(std::string_view email, std::string_view password, const Actor& client,
                                          const std::string& user_agent) {
  const auto key = email_key(email);
  const auto now_time = clock_();
  const auto at = format_utc(now_time);
  const auto& policy = settings_.lockout;

  // 1. Per-address limit, before any password work.
  const auto window = store_.read([&](store::Connection& c) {
    return store::SignInAttemptRepository(c).attempts_from_address_since(
        client.source_address, format_utc(now_time - policy.address_window));
  });
  if (window.oldest) {
    if (auto wait = sign_in::address_retry_after(policy, static_cast<int>(window.count), *parse_utc(*window.oldest),
                                                 now_time)) {
      store_.write([&](store::Connection& c) {
        append_audit(c, client, at, entry("auth.sign_in", "rate_limited"));
        return 0;
      });
      return Error::too_many("Too many sign-in attempts from your network. Wait " + std::to_string(wait->count()) +
                                 " seconds, then try again.",
                             static_cast<int>(wait->count()));
    }
  }

  auto record_failure = [&](const std::string& outcome, const std::optional<User>& user) {
    store_.write([&](store::Connection& c) {
      store::SignInAttemptRepository(c).record(key, client.source_address, outcome, at);
      Actor actor = client;
      if (user) actor = with_user(client, *user);
      else actor.email = std::string(email.substr(0, 254));
      append_audit(c, actor, at, entry("auth.sign_in", outcome, user ? std::optional(user->id) : std::nullopt));
      return 0;
    });
  };

  // 2. The account, and whether it is locked.
  auto found = store_.read([&](store::Connection& c) { return store::UserRepository(c).credentials_by_email(key); });
  if (!found) {
    verify_password(decoy_hash(), password);
    record_failure("unknown_account", std::nullopt);
    return invalid_credentials();
  }
  const User user = found->user;
  if (user.locked_at) {
    const auto locked_at = *parse_utc(*user.locked_at);
    if (sign_in::still_locked(policy, locked_at, now_time)) {
      record_failure("locked", user);
      std::string detail = "This account is locked after " + std::to_string(policy.max_failures) +
                           " failed sign-in attempts.";
      detail += policy.lock_duration ? " It unlocks by itself at " + format_time_of_day(locked_at + *policy.lock_duration) +
                                           ", or an administrator can unlock it now."
                                     : " An administrator can unlock it.";
      return Error::make(ErrorKind::unauthenticated, detail, "account-locked");
    }
    store_.write([&](store::Connection& c) {
      store::UserRepository(c).set_locked_at(user.id, std::nullopt, at);
      store::SignInAttemptRepository(c).record(key, client.source_address, "unlocked", at);
      append_audit(c, with_user(client, user), at, entry("auth.unlock", "expired", user.id));
      return 0;
    });
  }

  // 3. The password, outside any transaction (it takes ~100 ms).
  if (!verify_password(found->password_hash, password)) {
    bool locked_now = false;
    store_.write([&](store::Connection& c) {
      store::SignInAttemptRepository attempts(c);
      attempts.record(key, client.source_address, "wrong_password", at);
      append_audit(c, with_user(client, user), at, entry("auth.sign_in", "wrong_password", user.id));
      const auto failures = attempts.failures_since(key, format_utc(now_time - policy.failure_window));
      if (sign_in::locks_account(policy, static_cast<int>(failures))) {
        store::UserRepository(c).set_locked_at(user.id, at, at);
        append_audit(c, with_user(client, user), at, entry("auth.lock", "success", user.id));
        locked_now = true;
      }
      return 0;
    });
    if (locked_now) {
      return Error::make(ErrorKind::unauthenticated,
                         "That was the " + std::to_string(policy.max_failures) +
                             "th wrong password in a row, so the account is now locked" +
                             (policy.lock_duration ? " for " + std::to_string(policy.lock_duration->count()) + " minutes"
                                                   : std::string()) +
                             ". An administrator can unlock it sooner.",
                         "account-locked");
    }
    return invalid_credentials();
  }
  if (user.status == UserStatus::disabled) {
    record_failure("disabled", user);
    return Error::make(ErrorKind::unauthenticated,
                       "This account is disabled. Ask your partnership's administrator to enable it.",
                       "account-disabled");
  }

  // 4. A new session at the next stage.
  const auto stage = user.mfa_enabled ? SessionStage::second_factor : stage_after_second_factor(user, false);
  SessionGrant grant;
  grant.token = random_token();
  grant.csrf_token = random_token();
  grant.stage = stage;
  grant.user = user;
  store_.write([&](store::Connection& c) {
    // Only a finished sign-in is a "success" that clears earlier failures: a right password
    // must not reset the count of wrong second-factor codes.
    store::SignInAttemptRepository(c).record(
        key, client.source_address, stage == SessionStage::second_factor ? "password_accepted" : "success", at);
    store::StoredSession session;
    session.id_hash = fingerprint(grant.token);
    session.user_id = user.id;
    session.csrf_token = grant.csrf_token;
    session.stage = stage;
    session.source_address = client.source_address;
    session.user_agent = user_agent.substr(0, 512);
    session.created_at = at;
    session.last_seen_at = at;
    store::SessionRepository(c).insert(session);
    if (stage != SessionStage::second_factor) store::UserRepository(c).record_sign_in(user.id, at);
    append_audit(c, with_user(client, user), at,
                 entry("auth.sign_in", stage == SessionStage::second_factor ? "password_accepted" : "success", user.id));
    return 0;
  });
  return grant;
}

Result<Principal> AuthService::authenticate(std::string_view token) {
  if (token.empty()) return session_missing();
  const auto id_hash = fingerprint(token);
  const auto now_time = clock_();
  auto found = store_.read([&](store::Connection& c) -> std::optional<Principal> {
    auto session = store::SessionRepository(c).find(id_hash);
    if (!session) return std::nullopt;
    auto user = store::UserRepository(c).find(session->user_id);
    if (!user) return std::nullopt;
    return Principal{std::move(*user), session->id_hash, session->csrf_token, session->stage, session->created_at,
                     session->last_seen_at, std::nullopt};
  });
  if (!found) return session_missing();
  const auto state = sign_in::session_state(settings_.session, *parse_utc(found->created_at),
                                            *parse_utc(found->last_seen_at), now_time);
  if (state != sign_in::SessionState::active || found->user.status == UserStatus::disabled) {
    store_.write([&](store::Connection& c) {
      store::SessionRepository(c).remove(id_hash);
      return 0;
    });
    return Error::make(ErrorKind::unauthenticated,
                       state == sign_in::SessionState::idle_expired
                           ? "You were signed out after " + minutes_in_words(settings_.session.idle_timeout) +
                                 " without activity. Please sign in again."
                           : "Your session has ended. Please sign in again.",
                       "session-expired");
  }
  if (now_time - *parse_utc(found->last_seen_at) >= kTouchInterval) {
    const auto at = format_utc(now_time);
    store_.write([&](store::Connection& c) {
      store::SessionRepository(c).touch(id_hash, at);
      return 0;
    });
    found->last_seen_at = at;
  }
  return std::move(*found);
}

Result<Principal> AuthService::verify_second_factor(const Principal& session, std::string_view code,
                                                    const Actor& client) {
  if (session.stage != SessionStage::second_factor) {
    return Error::make(ErrorKind::rule_violated, "This sign-in does not need a code now.");
  }
  const auto now_time = clock_();
  const auto at = format_utc(now_time);
  const auto unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(now_time.time_since_epoch()).count();
  const auto user_id = session.user.id;
  std::string outcome = "wrong_code";
  store_.write([&](store::Connection& c) {
    store::UserRepository users(c);
    const auto credentials = users.credentials(user_id);
    if (!credentials || !credentials->mfa_secret) return 0;
    const auto secret = base32::decode(*credentials->mfa_secret);
    if (!secret) throw store::DatabaseError("stored TOTP secret is not base32");
    if (const auto step = totp::accept(*secret, code, unix_seconds, credentials->mfa_last_step)) {
      if (users.advance_mfa_step(user_id, *step)) outcome = "success";
    } else if (store::RecoveryCodeRepository(c).use(user_id, fingerprint(normalized_recovery_code(code)), at)) {
      outcome = "recovery_code";
    }
    return 0;
  });
  Principal next = session;
  if (outcome == "wrong_code") {
    // Wrong codes count towards the same lockout as wrong passwords: otherwise someone who has
    // the password could try all million codes.
    bool locked_now = false;
    const auto& policy = settings_.lockout;
    const auto key = email_key(session.user.email);
    store_.write([&](store::Connection& c) {
      store::SignInAttemptRepository attempts(c);
      attempts.record(key, client.source_address, outcome, at);
      append_audit(c, with_user(client, session.user), at, entry("auth.second_factor", outcome, user_id));
      if (sign_in::locks_account(policy, static_cast<int>(attempts.failures_since(
                                             key, format_utc(now_time - policy.failure_window))))) {
        store::UserRepository(c).set_locked_at(user_id, at, at);
        store::SessionRepository(c).remove(session.session_id_hash);
        append_audit(c, with_user(client, session.user), at, entry("auth.lock", "success", user_id));
        locked_now = true;
      }
      return 0;
    });
    if (locked_now) {
      return Error::make(ErrorKind::unauthenticated,
                         "Too many wrong codes, so the account is now locked. An administrator can unlock it sooner.",
                         "account-locked");
    }
    return Error::invalid_field("code", "This code is not right or was already used. Enter the code your "
                                        "authenticator app shows now, or a recovery code.");
  }
  next.stage = stage_after_second_factor(session.user, false);
  store_.write([&](store::Connection& c) {
    store::SessionRepository(c).set_stage(session.session_id_hash, next.stage);
    store::UserRepository(c).record_sign_in(user_id, at);
    store::SignInAttemptRepository(c).record(email_key(session.user.email), client.source_address, "success", at);
    append_audit(c, with_user(client, session.user), at, entry("auth.second_factor", outcome, user_id));
    return 0;
  });
  return next;
}

Result<Principal> AuthService::acknowledge_notice(const Principal& session, const Actor& client) {
  if (session.stage != SessionStage::notice) {
    return Error::make(ErrorKind::rule_violated, "There is no notice to acknowledge now.");
  }
  Principal next = session;
  next.stage = stage_after_second_factor(session.user, true);
  const auto at = now();
  store_.write([&](store::Connection& c) {
    store::SessionRepository(c).set_stage(session.session_id_hash, next.stage);
    store::UserRepository(c).acknowledge_notice(session.user.id, at);
    append_audit(c, with_user(client, session.user), at, entry("auth.notice", "acknowledged", session.user.id));
    return 0;
  });
  return next;
}

Result<MfaEnrolment> AuthService::start_mfa_enrolment(const Principal& session, const Actor& client) {
  if (session.user.mfa_enabled) {
    return Error::make(ErrorKind::rule_violated, "Two-step verification is already on for this account.");
  }
  const auto secret = base32::encode(random_bytes(totp::kSecretBytes));
  const auto at = now();
  store_.write([&](store::Connection& c) {
    store::UserRepository(c).set_mfa_secret(session.user.id, secret, at);
    append_audit(c, with_user(client, session.user), at, entry("auth.mfa_enrolment", "started", session.user.id));
    return 0;
  });
  return MfaEnrolment{secret, totp::otpauth_uri(kIssuer, session.user.email, secret)};
}

Result<std::vector<std::string>> AuthService::confirm_mfa_enrolment(const Principal& session, std::string_view code,
                                                                    const Actor& client) {
  const auto now_time = clock_();
  const auto at = format_utc(now_time);
  const auto unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(now_time.time_since_epoch()).count();
  std::vector<std::string> codes;
  for (int i = 0; i < kRecoveryCodeCount; ++i) codes.push_back(new_recovery_code());
  return store_.write([&](store::Connection& c) -> Result<std::vector<std::string>> {
    store::UserRepository users(c);
    const auto credentials = users.credentials(session.user.id);
    if (!credentials || credentials->user.mfa_enabled || !credentials->mfa_secret) {
      return Error::make(ErrorKind::rule_violated, "Start setting up two-step verification first.");
    }
    const auto secret = base32::decode(*credentials->mfa_secret);
    const auto step = secret ? totp::accept(*secret, code, unix_seconds, std::nullopt) : std::nullopt;
    if (!step) {
      return Error::invalid_field("code", "This code is not right. Enter the 6-digit code your authenticator app "
                                          "shows for CommonGround now.");
    }
    users.enable_mfa(session.user.id, at);
    users.advance_mfa_step(session.user.id, *step);
    std::vector<std::string> fingerprints;
    for (const auto& code_text : codes) fingerprints.push_back(fingerprint(normalized_recovery_code(code_text)));
    store::RecoveryCodeRepository(c).replace_all(session.user.id, fingerprints);
    if (session.stage == SessionStage::enrol_second_factor) {
      store::SessionRepository(c).set_stage(session.session_id_hash, SessionStage::active);
    }
    append_audit(c, with_user(client, session.user), at, entry("auth.mfa_enrolment", "success", session.user.id));
    return codes;
  });
}

void AuthService::sign_out(const Principal& session, const Actor& client) {
  const auto at = now();
  store_.write([&](store::Connection& c) {
    store::SessionRepository(c).remove(session.session_id_hash);
    append_audit(c, with_user(client, session.user), at, entry("auth.sign_out", "success", session.user.id));
    return 0;
  });
}

std::int64_t AuthService::sign_out_everywhere(const Principal& session, const Actor& client) {
  const auto at = now();
  return store_.write([&](store::Connection& c) {
    const auto ended = store::SessionRepository(c).remove_all_for_user(session.user.id);
    auto e = entry("auth.sign_out_everywhere", "success", session.user.id);
    e.after_json = "{\"sessions_ended\":" + std::to_string(ended) + "}";
    append_audit(c, with_user(client, session.user), at, std::move(e));
    return ended;
  });
}

Result<User> AuthService::create_user(std::string_view email, std::string_view display_name, std::string_view password,
                                      SiteRole role, const Actor& actor) {
  auto errors = validate_new_user(email, display_name);
  if (auto problem = password::check(password, email)) errors.push_back({"password", *problem});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  store::NewUser user;
  user.email = text::trim(email);
  user.display_name = text::trim(display_name);
  user.password_hash = hash_password(password);
  user.site_role = role;
  const auto at = now();
  try {
    return store_.write([&](store::Connection& c) {
      auto created = store::UserRepository(c).insert(user, at);
      auto e = entry("user.create", "success", created.id);
      e.after_json = boost::json::serialize(boost::json::object{
          {"email", created.email}, {"display_name", created.display_name}, {"site_role", to_key(created.site_role)}});
      append_audit(c, actor, at, std::move(e));
      return created;
    });
  } catch (const store::UniqueViolation&) {
    auto error = Error::make(ErrorKind::conflict, "An account with this email address already exists.");
    error.fields = {{"email", "Another account uses this email address."}};
    return error;
  }
}

Result<User> AuthService::reset_password(std::string_view email, std::string_view password, const Actor& actor) {
  if (auto problem = password::check(password, email)) return Error::invalid_field("password", *problem);
  const auto hash = hash_password(password);
  const auto at = now();
  return store_.write([&](store::Connection& c) -> Result<User> {
    store::UserRepository users(c);
    const auto user = users.find_by_email(email);
    if (!user) return Error::make(ErrorKind::not_found, "There is no account with this email address.");
    users.set_password_hash(user->id, hash, at);
    store::SessionRepository(c).remove_all_for_user(user->id);
    append_audit(c, actor, at, entry("user.password_reset", "success", user->id));
    return *users.find(user->id);
  });
}

Result<User> AuthService::unlock(std::int64_t user_id, const Actor& actor) {
  const auto at = now();
  return store_.write([&](store::Connection& c) -> Result<User> {
    store::UserRepository users(c);
    const auto user = users.find(user_id);
    if (!user) return Error::make(ErrorKind::not_found, "There is no such account.");
    users.set_locked_at(user_id, std::nullopt, at);
    store::SignInAttemptRepository(c).record(email_key(user->email), actor.source_address, "unlocked", at);
    append_audit(c, actor, at, entry("user.unlock", "success", user_id));
    return *users.find(user_id);
  });
}

}  // namespace cg::app
