#include "domain/partnership_access.h"

namespace cg {
namespace {

// The weakest role that may take each action; stronger roles may too.
PartnershipRole weakest_allowed(PartnershipAction action) {
  switch (action) {
    case PartnershipAction::view_workspace:
      return PartnershipRole::observer;
    case PartnershipAction::endorse_charter:
    case PartnershipAction::record_progress:
    case PartnershipAction::propose_agenda:
    case PartnershipAction::discuss:
    case PartnershipAction::share_resources:
      return PartnershipRole::member;  // observers follow along without committing the table
    case PartnershipAction::edit_details:
    case PartnershipAction::manage_members:
    case PartnershipAction::edit_charter:
    case PartnershipAction::edit_responsibilities:
    case PartnershipAction::edit_plan:
    case PartnershipAction::run_meetings:
    case PartnershipAction::view_engagement:
    case PartnershipAction::moderate_discussion:
    case PartnershipAction::moderate_resources:
      return PartnershipRole::coordinator;
    case PartnershipAction::manage_leads:
    case PartnershipAction::adopt_charter:
      return PartnershipRole::lead;  // the seed: leaders with the authority to decide
  }
  return PartnershipRole::lead;
}

}  // namespace

bool partnership_allows(std::optional<PartnershipRole> role, PartnershipAction action) {
  return role && at_least(*role, weakest_allowed(action));
}

std::vector<PartnershipRole> roles_allowed_to(PartnershipAction action) {
  std::vector<PartnershipRole> out;
  for (const auto& info : all_partnership_roles()) {
    if (partnership_allows(info.role, action)) out.push_back(info.role);
  }
  return out;
}

std::string_view who_may(PartnershipAction action) {
  switch (weakest_allowed(action)) {
    case PartnershipRole::observer:
      return "members of the partnership";
    case PartnershipRole::member:
      return "its leads, coordinators and members (not observers)";
    case PartnershipRole::coordinator:
      return "its leads and coordinators";
    case PartnershipRole::lead:
      return "its leads";
  }
  return "its leads";
}

}  // namespace cg
