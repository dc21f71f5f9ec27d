// The plan's contingencies: a risk register. Each risk has a likelihood and an impact from 1 to 5,
// what would show it is happening (the trigger), the planned response and an owner. Pure: no I/O.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace cg {

enum class RiskStatus { open, watching, occurred, closed };
std::string_view to_key(RiskStatus status);
std::optional<RiskStatus> risk_status_from_key(std::string_view key);

struct RiskFields {
  std::string title;
  std::optional<std::string> description;
  int likelihood = 3;  // 1 rare .. 5 almost certain
  int impact = 3;      // 1 minor .. 5 severe
  std::optional<std::string> trigger;
  std::optional<std::string> response;
  std::optional<std::int64_t> owner_id;  // a membership
  RiskStatus status = RiskStatus::open;
};

RiskFields normalized(RiskFields fields);
std::vector<FieldError> validate(const RiskFields& fields);

// Likelihood × impact: 15 and above is high, 8 and above medium (the usual 5 × 5 matrix bands).
enum class RiskLevel { low, medium, high };
std::string_view to_key(RiskLevel level);
RiskLevel risk_level(int likelihood, int impact);

// How many live (not closed) risks sit in each cell: counts[likelihood − 1][impact − 1].
struct RiskGrid {
  std::array<std::array<int, 5>, 5> counts{};
};
RiskGrid risk_grid(const std::vector<RiskFields>& risks);

}  // namespace cg
