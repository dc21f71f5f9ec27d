// The clearinghouse: /api/v1/resources (search, a resource, sharing, editing, moderation, the
// queue, one's own, "more like this") and /api/v1/resource-topics. Reading works signed out.
#pragma once

#include "app/resource_service.h"
#include "app/resource_topic_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_resource_routes(Router& router, app::ResourceService& resources, app::ResourceTopicService& topics,
                         const Authentication& auth);

}  // namespace cg::http
