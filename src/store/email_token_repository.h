// Single-use, expiring tokens sent by email (password resets, invitations). Only fingerprints are
// stored. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/connection.h"

namespace cg::store {

struct EmailToken {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string purpose;  // "password_reset" or "invitation"
  std::string expires_at;
  std::optional<std::string> used_at;
};

class EmailTokenRepository {
 public:
  explicit EmailTokenRepository(Connection& connection) : c_(connection) {}

  void insert(std::int64_t user_id, const std::string& purpose, const std::string& token_hash,
              const std::string& now, const std::string& expires_at);
  std::optional<EmailToken> find_by_hash(const std::string& token_hash);
  // Marks it used unless it was used already; false when it was (two clicks at once: one wins).
  bool use(std::int64_t id, const std::string& now);
  // Spends every unused token of this purpose for the user: a newer link replaces older ones.
  void retire_all(std::int64_t user_id, const std::string& purpose, const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
