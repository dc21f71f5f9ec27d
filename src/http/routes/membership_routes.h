// /api/v1/partnerships/{id}/members and /api/v1/invitations/{token}: who sits at the table, and
// the invitee's side of an invitation.
#pragma once

#include "app/membership_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_membership_routes(Router& router, app::MembershipService& members, const Authentication& auth);

}  // namespace cg::http
