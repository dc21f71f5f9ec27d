// A partnership's written action plan: goals → measurable objectives → activities (which may have
// sub-activities), with the rules that keep each item sensible. Pure: no I/O.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace cg {

using Day = std::chrono::sys_days;

enum class ActivityStatus { not_started, in_progress, done, blocked, cancelled };
enum class Direction { up, down };  // whether the indicator should rise or fall

struct ActivityStatusInfo {
  ActivityStatus status;
  std::string_view key;
  std::string_view label;
};
std::span<const ActivityStatusInfo> all_activity_statuses();
std::string_view to_key(ActivityStatus status);
std::optional<ActivityStatus> activity_status_from_key(std::string_view key);
// Done and cancelled activities are closed: they are never overdue and need no owner.
bool is_closed(ActivityStatus status);

std::string_view to_key(Direction direction);
std::optional<Direction> direction_from_key(std::string_view key);

inline constexpr std::size_t kPlanTitleMax = 200;
inline constexpr std::size_t kPlanTextMax = 4000;
inline constexpr std::size_t kActivityOwnersMax = 20;

struct GoalFields {
  std::string title;
  std::optional<std::string> rationale;
};

// Measurable: the indicator moves from `baseline` (at `start_on`) to `target` (by `target_on`).
struct ObjectiveFields {
  std::string title;
  std::string indicator;  // what is counted, e.g. "Burglaries reported in the Eastside beat"
  std::string unit;       // e.g. "per month", "%", "people"
  double baseline = 0;
  double target = 0;
  Direction direction = Direction::up;
  Day start_on{};
  Day target_on{};
  double weight = 1;  // its share in the goal's progress, relative to its siblings
};

struct ActivityFields {
  std::string title;
  std::optional<std::string> description;
  std::optional<Day> start_on;
  std::optional<Day> due_on;
  ActivityStatus status = ActivityStatus::not_started;
  int percent = 0;
  std::optional<std::string> resources_needed;
  std::optional<std::string> rationale;
  std::optional<std::string> expected_outcome;
  std::vector<std::int64_t> owner_ids;         // memberships of the partnership
  std::vector<std::int64_t> organization_ids;  // organisations responsible
};

// Trims text and drops blank optional text; done means 100 %; repeated owners are removed.
GoalFields normalized(GoalFields fields);
ObjectiveFields normalized(ObjectiveFields fields);
ActivityFields normalized(ActivityFields fields);

// Every problem at once, named by the JSON field.
std::vector<FieldError> validate(const GoalFields& fields);
std::vector<FieldError> validate(const ObjectiveFields& fields);
std::vector<FieldError> validate(const ActivityFields& fields);

// Moving activity `moving` under `new_parent` (an activity) would make it its own ancestor.
// `parent_of` gives each activity's parent, nullopt for a top-level activity.
template <typename ParentOf>
bool would_create_cycle(std::int64_t moving, std::int64_t new_parent, ParentOf parent_of) {
  std::optional<std::int64_t> at = new_parent;
  for (std::size_t steps = 0; at && steps < 100000; ++steps) {
    if (*at == moving) return true;
    at = parent_of(*at);
  }
  return false;
}

}  // namespace cg
