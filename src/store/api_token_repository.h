// Personal API tokens for integrations. Only the token's fingerprint is stored; the token itself
// is shown once, when it is made. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct ApiToken {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string name;
  std::string scope;  // "read" or "read_write"
  std::string created_at;
  std::optional<std::string> last_used_at;
  std::optional<std::string> revoked_at;
};

class ApiTokenRepository {
 public:
  explicit ApiTokenRepository(Connection& connection) : c_(connection) {}

  ApiToken insert(std::int64_t user_id, const std::string& name, const std::string& token_hash,
                  const std::string& scope, const std::string& now);
  std::optional<ApiToken> find_by_hash(const std::string& token_hash);
  // The user's tokens, newest first, revoked ones included.
  std::vector<ApiToken> list_for_user(std::int64_t user_id);
  // Revokes the user's token; false when the user has no such token (or it was revoked already).
  bool revoke(std::int64_t user_id, std::int64_t id, const std::string& now);
  void mark_used(std::int64_t id, const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
