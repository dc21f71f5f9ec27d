// /api/v1/calendar-feeds: a person's secret calendar links (make, list, turn off), and
// /api/v1/calendar/{token}/commonground.ics, the feed itself, which calendar apps fetch without
// signing in — the token is the key.
#pragma once

#include "app/calendar_feed_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_calendar_routes(Router& router, app::CalendarFeedService& feeds, const Authentication& auth);

}  // namespace cg::http
