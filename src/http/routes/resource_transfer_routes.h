// The public library in bulk, for site admins: GET /api/v1/resources/export (CSV or JSON) and
// POST /api/v1/resources/import (the same formats; all or nothing, with a line-by-line report).
#pragma once

#include "app/resource_transfer_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

// Before add_resource_routes: /export would otherwise be read as a resource id.
void add_resource_transfer_routes(Router& router, app::ResourceTransferService& transfers, const Authentication& auth);

}  // namespace cg::http
