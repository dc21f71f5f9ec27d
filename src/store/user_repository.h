// Reads and writes accounts. Runs inside the caller's transaction. Secrets (password hash, TOTP
// secret) come back only through credentials(), so ordinary reads cannot leak them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/user.h"
#include "store/connection.h"

namespace cg::store {

struct NewUser {
  std::string email;
  std::string display_name;
  std::string password_hash;
  SiteRole site_role = SiteRole::user;
};

struct UserCredentials {
  User user;
  std::string password_hash;
  std::optional<std::string> mfa_secret;  // base32; set from enrolment start, trusted once mfa_enabled
  std::optional<std::int64_t> mfa_last_step;
};

class UserRepository {
 public:
  explicit UserRepository(Connection& connection) : c_(connection) {}

  // Throws UniqueViolation when the email (ignoring case) is taken.
  User insert(const NewUser& user, const std::string& now);

  std::optional<User> find(std::int64_t id);
  std::optional<User> find_by_email(std::string_view email);
  std::optional<UserCredentials> credentials(std::int64_t id);
  std::optional<UserCredentials> credentials_by_email(std::string_view email);
  // Ordered by email.
  std::vector<User> list();
  std::int64_t count();

  void set_password_hash(std::int64_t id, const std::string& hash, const std::string& now);
  void set_locked_at(std::int64_t id, const std::optional<std::string>& locked_at, const std::string& now);
  void set_status(std::int64_t id, UserStatus status, const std::string& now);
  void record_sign_in(std::int64_t id, const std::string& now);
  void acknowledge_notice(std::int64_t id, const std::string& now);
  // Stores a new secret (enrolment started, not yet enabled) or clears it (nullopt).
  void set_mfa_secret(std::int64_t id, const std::optional<std::string>& secret, const std::string& now);
  void enable_mfa(std::int64_t id, const std::string& now);
  // Records the TOTP step just accepted. Only moves forward, so a concurrent replay of the same
  // code loses: returns false when `step` was not later than what is stored.
  bool advance_mfa_step(std::int64_t id, std::int64_t step);

 private:
  Connection& c_;
};

}  // namespace cg::store
