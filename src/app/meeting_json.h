// Meetings, agenda items and the engagement report as the API answers them (docs/meetings-api.md).
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "app/engagement_service.h"
#include "app/meeting_service.h"
#include "app/minutes_service.h"
#include "domain/plan.h"

namespace cg::app {

boost::json::object meeting_json(const MeetingSummary& meeting);
// The meeting with its agenda, answers and roll.
boost::json::object meeting_detail_json(const MeetingDetail& detail);
boost::json::object agenda_item_json(const store::AgendaItemRecord& item, const std::optional<std::string>& proposer);
boost::json::object rsvp_tallies_json(const store::MeetingTallies& tallies);
boost::json::object engagement_json(const EngagementReport& engagement);
// Minutes, comments, decisions and action items (as plan activities on `today`).
boost::json::object outcome_json(const MeetingOutcome& outcome, Day today);

}  // namespace cg::app
