// Signing in and out, sessions, the second factor and the sign-in notice, and the account
// changes that go with them. Every attempt and every change is audited.
//
// Sign-in is a short sequence of stages held on a server-side session:
//   password → second factor (if enrolled) → notice (if one is set) → enrol a second factor (if
//   required and missing) → active.
// Only an active session may use the rest of the API.
//
// Thread-safe. Password checks cost ~100 ms of CPU and 64 MiB (argon2id): call the methods that
// take a password from the password thread pool; none holds a database transaction while hashing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/result.h"
#include "domain/sign_in_policy.h"
#include "domain/user.h"
#include "store/session_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct AuthSettings {
  sign_in::LockoutPolicy lockout;
  sign_in::SessionPolicy session;
};

// Shown before use unless an admin sets another (site setting "sign_in_notice"; empty: none).
inline constexpr std::string_view kDefaultSignInNotice =
    "You are accessing a system used by a police agency and its community partners. Use it only for "
    "the partnership's work. Activity is recorded and may be reviewed. Information about people "
    "shared here must be handled as the partnership's agreements require.";

struct SessionGrant {
  std::string token;  // the cookie value; only its fingerprint is stored
  std::string csrf_token;
  store::SessionStage stage = store::SessionStage::active;
  User user;
};

// The signed-in caller, as authenticate() found them.
struct Principal {
  User user;
  std::string session_id_hash;
  std::string csrf_token;
  store::SessionStage stage = store::SessionStage::active;
  std::string created_at;
  std::string last_seen_at;
  // Set when the caller used a personal API token instead of a session: "read" or "read_write".
  std::optional<std::string> token_scope;
};

struct MfaEnrolment {
  std::string secret_base32;
  std::string otpauth_uri;
};

inline constexpr int kRecoveryCodeCount = 10;
inline constexpr std::size_t kSignInNoticeMax = 4000;

struct SignInSettings {
  std::string notice;
  bool second_factor_for_everyone = false;  // admins always need one
};

class AuthService {
 public:
  AuthService(store::Store& store, Clock clock, AuthSettings settings);

  // 429 when the address made too many attempts; 401 "invalid-credentials" for a wrong email or
  // password (the same answer for both), "account-locked" while locked, "account-disabled".
  // Starts a new session (a fresh id, whatever the caller had) at the stage that comes next.
  Result<SessionGrant> sign_in(std::string_view email, std::string_view password, const Actor& client,
                               const std::string& user_agent);

  // The session cookie's user, if the session exists and has not expired (401 otherwise; an
  // expired session is deleted). Refreshes the idle timer at most once a minute.
  Result<Principal> authenticate(std::string_view token);

  // Second-factor stage: a current TOTP code (each accepted once) or an unused recovery code.
  Result<Principal> verify_second_factor(const Principal& session, std::string_view code, const Actor& client);
  // Notice stage: records the acknowledgement and moves on.
  Result<Principal> acknowledge_notice(const Principal& session, const Actor& client);
  std::string notice();

  // A new TOTP secret (not in force until confirmed). 422 when one is already enabled.
  Result<MfaEnrolment> start_mfa_enrolment(const Principal& session, const Actor& client);
  // Confirms with a current code; enables the factor and returns fresh recovery codes (shown once).
  Result<std::vector<std::string>> confirm_mfa_enrolment(const Principal& session, std::string_view code,
                                                         const Actor& client);

  void sign_out(const Principal& session, const Actor& client);
  // Ends every session of the user, this one included; returns how many.
  std::int64_t sign_out_everywhere(const Principal& session, const Actor& client);

  // 400 for an invalid email, name or password (the password message says why); 409 when the
  // email is taken.
  Result<User> create_user(std::string_view email, std::string_view display_name, std::string_view password,
                           SiteRole role, const Actor& actor);
  // Sets a new password and ends the user's sessions. 404 when there is no such account.
  Result<User> reset_password(std::string_view email, std::string_view password, const Actor& actor);
  // Lifts a lock. 404 when there is no such account.
  Result<User> unlock(std::int64_t user_id, const Actor& actor);

  // 400 naming current_password when it is wrong, or new_password when the policy refuses it.
  // Ends the account's other sessions; this one stays.
  Result<Done> change_password(const Principal& session, std::string_view current_password,
                               std::string_view new_password, const Actor& client);
  std::vector<store::StoredSession> sessions(const Principal& session);

  // Site-wide sign-in settings (site admins): the notice shown at sign-in (empty: none) and who
  // must use a second factor.
  SignInSettings sign_in_settings();
  Result<SignInSettings> update_sign_in_settings(const SignInSettings& settings, const Actor& admin);

  // Disables or re-enables an account; disabling ends its sessions. 404 for no such account, 422
  // for an admin disabling themselves (someone must be able to turn it back on).
  Result<User> set_status(std::int64_t user_id, UserStatus status, const Principal& admin, const Actor& actor);

  bool second_factor_required(const User& user);
  const AuthSettings& settings() const { return settings_; }

 private:
  std::string now() const;
  store::SessionStage stage_after_second_factor(const User& user, bool notice_acknowledged);

  store::Store& store_;
  const Clock clock_;
  const AuthSettings settings_;
};

}  // namespace cg::app
