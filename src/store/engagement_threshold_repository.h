// A partnership's own engagement thresholds. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/commitment.h"
#include "store/connection.h"

namespace cg::store {

class EngagementThresholdRepository {
 public:
  explicit EngagementThresholdRepository(Connection& connection) : c_(connection) {}

  // The partnership's own, or nothing (the defaults apply).
  std::optional<CommitmentThresholds> find(std::int64_t partnership_id);
  void save(std::int64_t partnership_id, const CommitmentThresholds& thresholds, const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
