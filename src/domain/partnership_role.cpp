#include "domain/partnership_role.h"

#include <array>

namespace cg {
namespace {

constexpr std::array kRoles = {
    PartnershipRoleInfo{PartnershipRole::lead, "lead", "Lead", 1},
    PartnershipRoleInfo{PartnershipRole::coordinator, "coordinator", "Coordinator", 2},
    PartnershipRoleInfo{PartnershipRole::member, "member", "Member", 3},
    PartnershipRoleInfo{PartnershipRole::observer, "observer", "Observer", 4},
};

const PartnershipRoleInfo& info(PartnershipRole role) {
  for (const auto& r : kRoles) {
    if (r.role == role) return r;
  }
  return kRoles.back();  // unreachable: every enumerator is in the table
}

}  // namespace

std::span<const PartnershipRoleInfo> all_partnership_roles() { return kRoles; }
std::string_view to_key(PartnershipRole role) { return info(role).key; }

std::optional<PartnershipRole> partnership_role_from_key(std::string_view key) {
  for (const auto& r : kRoles) {
    if (r.key == key) return r.role;
  }
  return std::nullopt;
}

bool at_least(PartnershipRole held, PartnershipRole needed) { return info(held).rank <= info(needed).rank; }

}  // namespace cg
