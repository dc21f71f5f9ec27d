// /api/v1/partnerships/{id}/plan: the action plan — goals, objectives, measurements, activities,
// bulk status, the attention list — and /api/v1/me/tasks, the activities a person owns.
#pragma once

#include "app/plan_service.h"
#include "app/plan_transfer_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_plan_routes(Router& router, app::PlanService& plans, const Authentication& auth);
// GET .../plan/export.csv and POST .../plan/import (text/csv).
void add_plan_transfer_routes(Router& router, app::PlanTransferService& transfers, const Authentication& auth);

}  // namespace cg::http
