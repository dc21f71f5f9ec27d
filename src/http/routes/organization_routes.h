// /api/v1/organizations: create, read, list, update (If-Match) and delete partner organisations.
// Reading needs a signed-in user; changes need a site admin and are audited.
#pragma once

#include "app/organization_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_organization_routes(Router& router, app::OrganizationService& organizations, const Authentication& auth);

}  // namespace cg::http
