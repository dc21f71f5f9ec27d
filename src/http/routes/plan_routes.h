// /api/v1/partnerships/{id}/plan: the action plan — goals, objectives, measurements, activities,
// bulk status, the attention list, CSV, registers and reviews — and /api/v1/me/tasks, the
// activities a person owns.
#pragma once

#include <boost/json/object.hpp>

#include "app/plan_register_service.h"
#include "app/plan_review_service.h"
#include "app/plan_service.h"
#include "app/plan_transfer_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_plan_routes(Router& router, app::PlanService& plans, const Authentication& auth);
// An activity from a request body laid over `change` (the current one, or empty when creating).
Result<app::ActivityChange> read_activity(const boost::json::object& body, app::ActivityChange change, bool creating);
// GET .../plan/export.csv and POST .../plan/import (text/csv).
void add_plan_transfer_routes(Router& router, app::PlanTransferService& transfers, const Authentication& auth);
// .../plan/resources and .../plan/risks: the two registers.
void add_plan_register_routes(Router& router, app::PlanRegisterService& registers, const Authentication& auth);
// .../plan/reviews: recording, listing and comparing reviews.
void add_plan_review_routes(Router& router, app::PlanReviewService& reviews, const Authentication& auth);

}  // namespace cg::http
