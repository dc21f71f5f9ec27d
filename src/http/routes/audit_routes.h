// /api/v1/audit-events: site admins browse the audit trail (newest first, filtered) and export
// it as CSV for records requests and reviews.
#pragma once

#include "http/authentication.h"
#include "http/router.h"

namespace cg::store {
class Store;
}

namespace cg::http {

void add_audit_routes(Router& router, store::Store& store, const Authentication& auth);

}  // namespace cg::http
