// A partnership's use of the clearinghouse: /api/v1/partnerships/{id}/shelf (its resources, with
// ratings and lessons learned) and /api/v1/partnerships/{id}/plan/activities/{activity_id}/library
// (resources attached to an activity, and suggestions for it).
#pragma once

#include "app/resource_shelf_service.h"
#include "app/resource_topic_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_resource_shelf_routes(Router& router, app::ResourceShelfService& shelves, app::ResourceTopicService& topics,
                               const Authentication& auth);

}  // namespace cg::http
