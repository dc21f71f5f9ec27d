// /api/v1/partnerships: partnerships, their balance analysis and attention list, the public
// profile pages, and the reference lists partnership forms need.
#pragma once

#include "app/balance_service.h"
#include "app/partnership_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_partnership_routes(Router& router, app::PartnershipService& partnerships, app::BalanceService& balance,
                            const Authentication& auth);

}  // namespace cg::http
