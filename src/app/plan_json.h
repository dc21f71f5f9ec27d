// Plan items as JSON: the API's representations and the audit trail's snapshots, one mapping
// for both.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "domain/plan_attention.h"
#include "domain/plan_progress.h"
#include "domain/plan_resource.h"
#include "domain/plan_review.h"
#include "domain/plan_risk.h"
#include "store/plan_register_repository.h"
#include "store/plan_repository.h"
#include "store/plan_review_repository.h"

namespace cg::app {

// The name `names` holds for `id`, or "<fallback> <id>" (a member who left, an organisation removed).
std::string name_or(const std::map<std::int64_t, std::string>* names, std::int64_t id, std::string_view fallback);

// Names to show for the members and organisations an activity refers to; ids without a name
// show as "Member 12" / "Organisation 3".
struct PlanNames {
  const std::map<std::int64_t, std::string>* owners = nullptr;
  const std::map<std::int64_t, std::string>* organizations = nullptr;
};

boost::json::object goal_json(const store::GoalRecord& goal);
boost::json::object objective_json(const store::ObjectiveRecord& objective);
boost::json::object activity_json(const store::ActivityRecord& activity, const PlanNames& names, Day today);
boost::json::object measurement_json(const store::MeasurementRecord& measurement);
boost::json::object objective_progress_json(const ObjectiveProgress& progress);
boost::json::object review_json(const ReviewSchedule& review);
boost::json::object plan_finding_json(const PlanFinding& finding);
boost::json::object resource_json(const store::ResourceRecord& resource);
boost::json::object resource_summary_json(const ResourceSummary& summary);
boost::json::object risk_json(const store::RiskRecord& risk);
boost::json::object risk_grid_json(const RiskGrid& grid);
boost::json::object plan_review_json(const store::ReviewRecord& review);
boost::json::object snapshot_comparison_json(const SnapshotComparison& comparison);

}  // namespace cg::app
