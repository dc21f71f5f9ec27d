// /api/v1/partnerships/{id}/discussion: ideas and threads, comments, support, status, reports and
// hiding (docs/discussion-api.md).
#pragma once

#include "app/discussion_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_discussion_routes(Router& router, app::DiscussionService& discussion, const Authentication& auth);

}  // namespace cg::http
