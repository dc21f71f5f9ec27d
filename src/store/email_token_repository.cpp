#include "store/email_token_repository.h"

namespace cg::store {

void EmailTokenRepository::insert(std::int64_t user_id, const std::string& purpose, const std::string& token_hash,
                                  const std::string& now, const std::string& expires_at) {
  c_.query("INSERT INTO email_tokens (user_id, purpose, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
           {user_id, purpose, token_hash, now, expires_at});
}

std::optional<EmailToken> EmailTokenRepository::find_by_hash(const std::string& token_hash) {
  const auto rows =
      c_.query("SELECT id, user_id, purpose, expires_at, used_at FROM email_tokens WHERE token_hash = $1", {token_hash});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return EmailToken{row.integer(0), row.integer(1), row.text(2), row.timestamp(3), row.optional_timestamp(4)};
}

bool EmailTokenRepository::use(std::int64_t id, const std::string& now) {
  return !c_.query("UPDATE email_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id", {id, now})
              .empty();
}

void EmailTokenRepository::retire_all(std::int64_t user_id, const std::string& purpose, const std::string& now) {
  c_.query("UPDATE email_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL",
           {user_id, purpose, now});
}

}  // namespace cg::store
