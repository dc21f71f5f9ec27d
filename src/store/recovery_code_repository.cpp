#include "store/recovery_code_repository.h"

namespace cg::store {

void RecoveryCodeRepository::replace_all(std::int64_t user_id, const std::vector<std::string>& fingerprints) {
  c_.query("DELETE FROM recovery_codes WHERE user_id = $1", {user_id});
  for (const auto& f : fingerprints) {
    c_.query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)", {user_id, f});
  }
}

bool RecoveryCodeRepository::use(std::int64_t user_id, const std::string& code_fingerprint, const std::string& now) {
  return !c_.query("UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL "
                   "RETURNING id",
                   {user_id, code_fingerprint, now})
              .empty();
}

std::int64_t RecoveryCodeRepository::unused_count(std::int64_t user_id) {
  return c_.query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", {user_id})
      .at(0)
      .integer(0);
}

}  // namespace cg::store
