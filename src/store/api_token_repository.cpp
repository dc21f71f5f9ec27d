#include "store/api_token_repository.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns = "id, user_id, name, scope, created_at, last_used_at, revoked_at";

ApiToken from_row(const Row& row) {
  return {row.integer(0), row.integer(1), row.text(2), row.text(3), row.timestamp(4), row.optional_timestamp(5),
          row.optional_timestamp(6)};
}

}  // namespace

ApiToken ApiTokenRepository::insert(std::int64_t user_id, const std::string& name, const std::string& token_hash,
                                    const std::string& scope, const std::string& now) {
  static const std::string sql =
      "INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING " +
      std::string(kColumns);
  return from_row(c_.query(sql, {user_id, name, token_hash, scope, now}).at(0));
}

std::optional<ApiToken> ApiTokenRepository::find_by_hash(const std::string& token_hash) {
  static const std::string sql = "SELECT " + std::string(kColumns) + " FROM api_tokens WHERE token_hash = $1";
  const auto rows = c_.query(sql, {token_hash});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::vector<ApiToken> ApiTokenRepository::list_for_user(std::int64_t user_id) {
  static const std::string sql =
      "SELECT " + std::string(kColumns) + " FROM api_tokens WHERE user_id = $1 ORDER BY id DESC";
  std::vector<ApiToken> out;
  for (const auto& row : c_.query(sql, {user_id})) out.push_back(from_row(row));
  return out;
}

bool ApiTokenRepository::revoke(std::int64_t user_id, std::int64_t id, const std::string& now) {
  return !c_.query("UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL "
                   "RETURNING id",
                   {id, user_id, now})
              .empty();
}

void ApiTokenRepository::mark_used(std::int64_t id, const std::string& now) {
  c_.query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1", {id, now});
}

}  // namespace cg::store
