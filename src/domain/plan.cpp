#include "domain/plan.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "domain/key_table.h"
#include "domain/ordered_unique.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::array kStatuses = {
    ActivityStatusInfo{ActivityStatus::not_started, "not_started", "Not started"},
    ActivityStatusInfo{ActivityStatus::in_progress, "in_progress", "In progress"},
    ActivityStatusInfo{ActivityStatus::done, "done", "Done"},
    ActivityStatusInfo{ActivityStatus::blocked, "blocked", "Blocked"},
    ActivityStatusInfo{ActivityStatus::cancelled, "cancelled", "Cancelled"},
};

// Indicator values are counts, rates and money: a million billion is beyond any of them, and the
// bound keeps progress arithmetic far from overflow.
constexpr double kIndicatorMagnitudeMax = 1e15;

void check(std::vector<FieldError>& errors, std::string field, const std::string& value, std::size_t min,
           std::size_t max, text::Lines lines) {
  if (auto problem = text::check_text(value, min, max, lines)) errors.push_back({std::move(field), *problem});
}

void check_optional(std::vector<FieldError>& errors, std::string field, const std::optional<std::string>& value) {
  if (value) check(errors, std::move(field), *value, 1, kPlanTextMax, text::Lines::multi);
}

void check_number(std::vector<FieldError>& errors, std::string field, double value) {
  if (!std::isfinite(value) || std::fabs(value) > kIndicatorMagnitudeMax) {
    errors.push_back({std::move(field), "Enter a number between -1e15 and 1e15."});
  }
}

}  // namespace

std::span<const ActivityStatusInfo> all_activity_statuses() { return kStatuses; }
std::string_view to_key(ActivityStatus status) {
  return info_for<ActivityStatusInfo>(kStatuses, status, &ActivityStatusInfo::status).key;
}
std::optional<ActivityStatus> activity_status_from_key(std::string_view key) {
  return enum_from_key<ActivityStatusInfo>(kStatuses, key, &ActivityStatusInfo::status);
}
bool is_closed(ActivityStatus status) { return status == ActivityStatus::done || status == ActivityStatus::cancelled; }

std::string_view to_key(Direction direction) { return direction == Direction::up ? "up" : "down"; }
std::optional<Direction> direction_from_key(std::string_view key) {
  if (key == "up") return Direction::up;
  if (key == "down") return Direction::down;
  return std::nullopt;
}

GoalFields normalized(GoalFields fields) {
  fields.title = text::trim(fields.title);
  fields.rationale = text::trimmed_or_absent(fields.rationale);
  return fields;
}

ObjectiveFields normalized(ObjectiveFields fields) {
  fields.title = text::trim(fields.title);
  fields.indicator = text::trim(fields.indicator);
  fields.unit = text::trim(fields.unit);
  return fields;
}

ActivityFields normalized(ActivityFields fields) {
  fields.title = text::trim(fields.title);
  fields.description = text::trimmed_or_absent(fields.description);
  fields.resources_needed = text::trimmed_or_absent(fields.resources_needed);
  fields.rationale = text::trimmed_or_absent(fields.rationale);
  fields.expected_outcome = text::trimmed_or_absent(fields.expected_outcome);
  if (fields.status == ActivityStatus::done) fields.percent = 100;
  fields.owner_ids = without_repeats(fields.owner_ids);
  fields.organization_ids = without_repeats(fields.organization_ids);
  return fields;
}

std::vector<FieldError> validate(const GoalFields& f) {
  std::vector<FieldError> errors;
  check(errors, "title", f.title, 1, kPlanTitleMax, text::Lines::single);
  check_optional(errors, "rationale", f.rationale);
  return errors;
}

std::vector<FieldError> validate(const ObjectiveFields& f) {
  std::vector<FieldError> errors;
  check(errors, "title", f.title, 1, kPlanTitleMax, text::Lines::single);
  check(errors, "indicator", f.indicator, 1, kPlanTitleMax, text::Lines::single);
  check(errors, "unit", f.unit, 1, 40, text::Lines::single);
  check_number(errors, "baseline", f.baseline);
  check_number(errors, "target", f.target);
  if (std::isfinite(f.baseline) && std::isfinite(f.target)) {
    if (f.direction == Direction::up && !(f.target > f.baseline)) {
      errors.push_back({"target", "The indicator should rise, so the target must be above the baseline."});
    } else if (f.direction == Direction::down && !(f.target < f.baseline)) {
      errors.push_back({"target", "The indicator should fall, so the target must be below the baseline."});
    }
  }
  if (f.target_on <= f.start_on) errors.push_back({"target_on", "The target date must be after the start date."});
  if (!std::isfinite(f.weight) || f.weight <= 0 || f.weight > 100) {
    errors.push_back({"weight", "Enter a weight greater than 0 and at most 100."});
  }
  return errors;
}

std::vector<FieldError> validate(const ActivityFields& f) {
  std::vector<FieldError> errors;
  check(errors, "title", f.title, 1, kPlanTitleMax, text::Lines::single);
  check_optional(errors, "description", f.description);
  check_optional(errors, "resources_needed", f.resources_needed);
  check_optional(errors, "rationale", f.rationale);
  check_optional(errors, "expected_outcome", f.expected_outcome);
  if (f.start_on && f.due_on && *f.due_on < *f.start_on) {
    errors.push_back({"due_on", "The due date cannot be before the start date."});
  }
  if (f.percent < 0 || f.percent > 100) errors.push_back({"percent", "Enter a percentage from 0 to 100."});
  if (f.owner_ids.size() > kActivityOwnersMax) {
    errors.push_back({"owner_ids", "An activity can have at most 20 owners."});
  }
  if (f.organization_ids.size() > kActivityOwnersMax) {
    errors.push_back({"organization_ids", "An activity can have at most 20 responsible organisations."});
  }
  return errors;
}

}  // namespace cg
