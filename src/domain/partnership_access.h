// Who may do what inside a partnership, by partnership role. The same matrix is written out in
// docs/permissions.md, and an API test walks every route with every role against that document.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/partnership_role.h"

namespace cg {

enum class PartnershipAction {
  view_workspace,         // members, balance, charter drafts, responsibilities, attention list
  edit_details,           // name, area, status, visibility, cadence, essential sectors
  manage_members,         // invite, add, edit, cease members who are not leads
  manage_leads,           // name a lead, change or cease a lead
  edit_charter,           // draft, edit, propose, send back
  adopt_charter,
  endorse_charter,
  edit_responsibilities,
  edit_plan,              // goals, objectives, moving and archiving, CSV import
  record_progress,        // add and update activities, bulk status, measurements
  run_meetings,           // schedule, edit and cancel meetings, take attendance, run the agenda
  propose_agenda,         // propose agenda items
  view_engagement,        // the engagement report: each member's attendance and the alerts
  discuss,                // start ideas and threads, comment, support, report
  moderate_discussion,    // set an idea's status, read anonymous ideas, hide content
  share_resources,        // submit resources to the clearinghouse on the partnership's behalf
  moderate_resources,     // publish or reject the partnership's own resources
};

// `role` is the caller's role in the partnership, nullopt when they have no open membership.
// Site admins are passed in as leads by the caller: they can repair any partnership.
bool partnership_allows(std::optional<PartnershipRole> role, PartnershipAction action);

// The roles that may take `action`, in the order of the role table (for queries that count them).
std::vector<PartnershipRole> roles_allowed_to(PartnershipAction action);

// The roles that may take `action`, for messages ("Only leads and coordinators can ...").
std::string_view who_may(PartnershipAction action);

}  // namespace cg
