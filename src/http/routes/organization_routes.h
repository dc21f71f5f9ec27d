// /api/v1/organizations: create, read, list, update (If-Match) and delete partner organisations.
#pragma once

#include "app/organization_service.h"
#include "http/router.h"

namespace cg::http {

void add_organization_routes(Router& router, app::OrganizationService& organizations);

}  // namespace cg::http
