// /api/v1/partnerships/{id}/plan: the action plan — goals, objectives, measurements, activities,
// bulk status, the attention list — and /api/v1/me/tasks, the activities a person owns.
#pragma once

#include "app/plan_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_plan_routes(Router& router, app::PlanService& plans, const Authentication& auth);

}  // namespace cg::http
