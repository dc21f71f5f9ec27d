// The roles a person can hold in a partnership. A lead decides for the partnership (adopts the
// charter, names other leads); a coordinator runs its day-to-day work (meetings, plan, members);
// a member takes part and contributes; an observer follows along without a vote.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cg {

enum class PartnershipRole { lead, coordinator, member, observer };

struct PartnershipRoleInfo {
  PartnershipRole role;
  std::string_view key;
  std::string_view label;
  int rank;  // 1 is the strongest
};

std::span<const PartnershipRoleInfo> all_partnership_roles();
std::string_view to_key(PartnershipRole role);
std::optional<PartnershipRole> partnership_role_from_key(std::string_view key);

// True when `held` carries at least the powers of `needed` (a lead may do what a member may).
bool at_least(PartnershipRole held, PartnershipRole needed);

}  // namespace cg
