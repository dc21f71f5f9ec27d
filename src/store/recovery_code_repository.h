// One-time recovery codes for when the authenticator is lost; only fingerprints are stored.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

class RecoveryCodeRepository {
 public:
  explicit RecoveryCodeRepository(Connection& connection) : c_(connection) {}

  // Replaces every code the user had.
  void replace_all(std::int64_t user_id, const std::vector<std::string>& code_fingerprints);
  // Marks the matching unused code used; false when there is none (wrong or already used).
  bool use(std::int64_t user_id, const std::string& code_fingerprint, const std::string& now);
  std::int64_t unused_count(std::int64_t user_id);

 private:
  Connection& c_;
};

}  // namespace cg::store
