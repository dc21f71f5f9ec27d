// /api/v1/partnerships/{id}/charter and /responsibilities: the charter's versions, adoption and
// endorsements, and the roles-and-responsibilities matrix.
#pragma once

#include "app/charter_service.h"
#include "app/responsibility_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_charter_routes(Router& router, app::CharterService& charters, const Authentication& auth);
void add_responsibility_routes(Router& router, app::ResponsibilityService& responsibilities, const Authentication& auth);

}  // namespace cg::http
