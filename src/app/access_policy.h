// Who may do what: one rule per action, in one place, so every route asks the same question the
// same way. Site-wide actions depend on the site role; partnership roles (lead, coordinator,
// member, observer) join these rules when partnerships arrive.
#pragma once

#include "domain/result.h"
#include "domain/user.h"

namespace cg::app {

enum class Action {
  read_organizations,    // any signed-in person
  change_organizations,  // site admins (and, with partnerships, their leads)
  read_audit_trail,      // site admins
  manage_users,          // site admins: list, invite, unlock, disable
  manage_site_settings,  // site admins: sign-in notice, second-factor rule, background jobs
  manage_resource_topics,  // site admins: the clearinghouse's topic list
  move_library_in_bulk,    // site admins: import and export the public library
};

// Done when `user` may take `action`; otherwise a 403 problem that says who may.
Result<Done> authorize(const User& user, Action action);

}  // namespace cg::app
