// /api/v1/partnerships/{id}/meetings: scheduling, RSVPs, attendance and agenda, each meeting's
// .ics; and /api/v1/partnerships/{id}/engagement, the commitment report (docs/meetings-api.md).
#pragma once

#include "app/engagement_service.h"
#include "app/meeting_service.h"
#include "app/minutes_service.h"
#include "app/plan_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_meeting_routes(Router& router, app::MeetingService& meetings, app::EngagementService& engagement,
                        const Authentication& auth);
// .../meetings/{meeting_id}/minutes, /decisions and /action-items: what a meeting leaves behind.
void add_minutes_routes(Router& router, app::MinutesService& minutes, app::PlanService& plans,
                        const Authentication& auth);

}  // namespace cg::http
