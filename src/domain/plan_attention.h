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
                     // objective_behind, activities_without_owner, owner_overloaded
  Severity severity = Severity::low;
  std::string title;
  std::string evidence;
  std::string suggested_action;
  std::vector<std::int64_t> activity_ids;  // the activities concerned, at most kFindingItemsMax
  std::optional<std::int64_t> objective_id;
  std::optional<std::int64_t> membership_id;
};
inline constexpr std::size_t kFindingItemsMax = 50;

struct PlanAttentionFacts {
  const PlanFacts* plan = nullptr;
  const PlanProgress* progress = nullptr;
  std::map<std::int64_t, std::string> member_names;  // owners, by membership id
  std::optional<ReviewSchedule> review;              // none: the plan is empty, no review to hold
};

// Most severe first; within a severity in the order listed in PlanFinding::code.
std::vector<PlanFinding> plan_attention(const PlanAttentionFacts& facts, Day today);

}  // namespace cg
