// What needs attention in a plan: overdue activities, objectives behind their line, activities
// nobody owns, owners who carry many overdue items, and a review that is due or overdue — each
// with the numbers behind it and a suggestion in plain words. Pure: the caller gathers the facts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/balance.h"
#include "domain/plan_progress.h"
#include "domain/plan_risk.h"

namespace cg {

// When the next review falls: `cadence_days` after the last one (or after the plan was started).
enum class ReviewState { scheduled, due_soon, overdue };
std::string_view to_key(ReviewState state);
inline constexpr int kReviewDueSoonDays = 7;

struct ReviewSchedule {
  Day due_on{};
  ReviewState state = ReviewState::scheduled;
  int days_overdue = 0;
};
ReviewSchedule review_schedule(Day last_review_or_plan_start, int cadence_days, Day today);

// An owner with at least this many overdue activities is probably overloaded or has moved on.
inline constexpr int kOwnerOverdueThreshold = 3;

struct PlanFinding {
  std::string code;  // stable: review_overdue, review_due_soon, overdue_activities,
                     // objective_behind, activities_without_owner, owner_overloaded, risk_occurred,
                     // risk_unplanned, resources_unused
  Severity severity = Severity::low;
  std::string title;
  std::string evidence;
  std::string suggested_action;
  std::vector<std::int64_t> activity_ids;  // the activities concerned, at most kFindingItemsMax
  std::optional<std::int64_t> objective_id;
  std::optional<std::int64_t> membership_id;
  std::optional<std::int64_t> risk_id;
  std::vector<std::int64_t> resource_ids;
};

// What the attention list needs to know of a risk.
struct RiskFacts {
  std::int64_t id = 0;
  std::string title;
  RiskLevel level = RiskLevel::low;
  RiskStatus status = RiskStatus::open;
  bool has_response = false;
  bool has_owner = false;
};
inline constexpr std::size_t kFindingItemsMax = 50;

struct PlanAttentionFacts {
  const PlanFacts* plan = nullptr;
  const PlanProgress* progress = nullptr;
  std::map<std::int64_t, std::string> member_names;  // owners, by membership id
  std::optional<ReviewSchedule> review;              // none: the plan is empty, no review to hold
  std::vector<RiskFacts> risks;
  std::vector<std::int64_t> unused_commitments;  // see plan_resource.h
};

// Most severe first; within a severity in the order listed in PlanFinding::code.
std::vector<PlanFinding> plan_attention(const PlanAttentionFacts& facts, Day today);

}  // namespace cg
