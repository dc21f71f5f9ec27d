#include "store/user_repository.h"

#include "store/errors.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns =
    "id, email, display_name, site_role, status, mfa_enabled, locked_at, last_sign_in_at, "
    "notice_acknowledged_at, version, created_at, updated_at, password_hash, mfa_secret, mfa_last_step";

User user_from_row(const Row& row) {
  User u;
  u.id = row.integer(0);
  u.email = row.text(1);
  u.display_name = row.text(2);
  const auto role = site_role_from_key(row.text(3));
  const auto status = user_status_from_key(row.text(4));
  if (!role || !status) throw DatabaseError("user " + row.text(0) + " has an unknown role or status");
  u.site_role = *role;
  u.status = *status;
  u.mfa_enabled = row.integer(5) != 0;
  u.locked_at = row.optional_timestamp(6);
  u.last_sign_in_at = row.optional_timestamp(7);
  u.notice_acknowledged_at = row.optional_timestamp(8);
  u.version = row.integer(9);
  u.created_at = row.timestamp(10);
  u.updated_at = row.timestamp(11);
  return u;
}

UserCredentials credentials_from_row(const Row& row) {
  UserCredentials c{user_from_row(row), row.text(12), row.optional_text(13), std::nullopt};
  if (!row.is_null(14)) c.mfa_last_step = row.integer(14);
  return c;
}

std::string select_sql(std::string_view tail) {
  return "SELECT " + std::string(kColumns) + " FROM users " + std::string(tail);
}

}  // namespace

User UserRepository::insert(const NewUser& user, const std::string& now) {
  static const std::string sql =
      "INSERT INTO users (email, email_key, display_name, password_hash, site_role, status, "
      "mfa_enabled, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'active', 0, 1, $6, $6) "
      "RETURNING " + std::string(kColumns);
  const auto rows = c_.query(sql, {user.email, email_key(user.email), user.display_name, user.password_hash,
                                   std::string(to_key(user.site_role)), now});
  return user_from_row(rows.at(0));
}

std::optional<User> UserRepository::find(std::int64_t id) {
  auto found = credentials(id);
  if (!found) return std::nullopt;
  return std::move(found->user);
}

std::optional<User> UserRepository::find_by_email(std::string_view email) {
  auto found = credentials_by_email(email);
  if (!found) return std::nullopt;
  return std::move(found->user);
}

std::optional<UserCredentials> UserRepository::credentials(std::int64_t id) {
  static const std::string sql = select_sql("WHERE id = $1");
  const auto rows = c_.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return credentials_from_row(rows.front());
}

std::optional<UserCredentials> UserRepository::credentials_by_email(std::string_view email) {
  static const std::string sql = select_sql("WHERE email_key = $1");
  const auto rows = c_.query(sql, {email_key(email)});
  if (rows.empty()) return std::nullopt;
  return credentials_from_row(rows.front());
}

std::vector<User> UserRepository::list() {
  static const std::string sql = select_sql("ORDER BY email_key, id");
  std::vector<User> out;
  for (const auto& row : c_.query(sql)) out.push_back(user_from_row(row));
  return out;
}

std::int64_t UserRepository::count() { return c_.query("SELECT COUNT(*) FROM users").at(0).integer(0); }

void UserRepository::set_password_hash(std::int64_t id, const std::string& hash, const std::string& now) {
  c_.query("UPDATE users SET password_hash = $2, version = version + 1, updated_at = $3 WHERE id = $1",
           {id, hash, now});
}

void UserRepository::set_locked_at(std::int64_t id, const std::optional<std::string>& locked_at,
                                   const std::string& now) {
  c_.query("UPDATE users SET locked_at = $2, version = version + 1, updated_at = $3 WHERE id = $1",
           {id, nullable(locked_at), now});
}

void UserRepository::set_status(std::int64_t id, UserStatus status, const std::string& now) {
  c_.query("UPDATE users SET status = $2, version = version + 1, updated_at = $3 WHERE id = $1",
           {id, std::string(to_key(status)), now});
}

void UserRepository::record_sign_in(std::int64_t id, const std::string& now) {
  c_.query("UPDATE users SET last_sign_in_at = $2 WHERE id = $1", {id, now});
}

void UserRepository::acknowledge_notice(std::int64_t id, const std::string& now) {
  c_.query("UPDATE users SET notice_acknowledged_at = $2 WHERE id = $1", {id, now});
}

void UserRepository::set_mfa_secret(std::int64_t id, const std::optional<std::string>& secret,
                                    const std::string& now) {
  c_.query("UPDATE users SET mfa_secret = $2, mfa_enabled = 0, mfa_last_step = NULL, version = version + 1, "
           "updated_at = $3 WHERE id = $1",
           {id, nullable(secret), now});
}

void UserRepository::enable_mfa(std::int64_t id, const std::string& now) {
  c_.query("UPDATE users SET mfa_enabled = 1, version = version + 1, updated_at = $2 WHERE id = $1", {id, now});
}

bool UserRepository::advance_mfa_step(std::int64_t id, std::int64_t step) {
  const auto rows = c_.query(
      "UPDATE users SET mfa_last_step = $2 WHERE id = $1 AND (mfa_last_step IS NULL OR mfa_last_step < $2) "
      "RETURNING id",
      {id, step});
  return !rows.empty();
}

}  // namespace cg::store
