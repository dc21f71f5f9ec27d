// How far a plan has come: each objective's progress toward its target (from its measurements,
// or from its activities when nothing has been measured yet), the straight-line trajectory it
// should be on, and the roll-up to goals and the whole plan. Pure: the caller gathers the facts.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/plan.h"

namespace cg {

struct MeasurementPoint {
  Day on{};
  double value = 0;
};

struct ObjectiveFacts {
  std::int64_t id = 0;
  std::int64_t goal_id = 0;
  ObjectiveFields fields;
  std::vector<MeasurementPoint> measurements;  // oldest first
};

struct ActivityFacts {
  std::int64_t id = 0;
  std::optional<std::int64_t> objective_id;  // none: an activity not filed under an objective
  ActivityStatus status = ActivityStatus::not_started;
  int percent = 0;
  std::optional<Day> due_on;
  std::vector<std::int64_t> owner_ids;
};

// Archived items are left out by the caller.
struct PlanFacts {
  std::vector<std::int64_t> goal_ids;  // in plan order
  std::vector<ObjectiveFacts> objectives;
  std::vector<ActivityFacts> activities;
};

// Where an objective stands against the line from (start, baseline) to (target date, target).
enum class Trajectory {
  not_started,  // its start date is still ahead
  no_data,      // nothing measured and no activities to go by
  on_track,
  behind,       // more than kBehindMargin short of where the line says it should be
  achieved,     // the latest measurement reached the target
};
std::string_view to_key(Trajectory trajectory);

// Ten percentage points of slack before "behind": indicators are noisy and a plan that is a few
// points short is not yet a problem worth a coordinator's attention.
inline constexpr double kBehindMargin = 0.10;

enum class ProgressSource { measurements, activities, none };
std::string_view to_key(ProgressSource source);

// The fraction of the way from baseline to target that `value` has come, 0..1 (clamped: going
// the wrong way is 0, overshooting is 1).
double progress_toward(const ObjectiveFields& objective, double value);
// Where the straight line says the objective should be on `day`, 0..1.
double expected_progress(const ObjectiveFields& objective, Day day);
// An activity's own progress: done 1, otherwise its percentage. Cancelled activities do not count.
double activity_progress(ActivityStatus status, int percent);
bool is_overdue(const ActivityFacts& activity, Day today);

struct ObjectiveProgress {
  std::int64_t id = 0;
  std::optional<double> progress;  // 0..1; none when there is nothing to go by
  ProgressSource source = ProgressSource::none;
  std::optional<MeasurementPoint> latest;
  double expected = 0;  // on the day the progress is measured at (latest measurement, or today)
  Trajectory trajectory = Trajectory::no_data;
  int activities = 0;  // not cancelled
  int done = 0;
  int overdue = 0;
};

struct GoalProgress {
  std::int64_t id = 0;
  std::optional<double> progress;  // objectives' progress weighted by their weights
  int objectives = 0;
  int behind = 0;
};

struct PlanProgress {
  std::optional<double> progress;  // mean of the goals that have progress
  std::vector<GoalProgress> goals;            // in the order of PlanFacts::goal_ids
  std::vector<ObjectiveProgress> objectives;  // in the order of PlanFacts::objectives
  int activities = 0;  // not cancelled, filed or not
  int done = 0;
  int overdue = 0;
  int blocked = 0;
};

PlanProgress roll_up(const PlanFacts& plan, Day today);

}  // namespace cg
