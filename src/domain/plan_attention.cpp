#include "domain/plan_attention.h"

#include <algorithm>

#include "domain/plain_words.h"
#include "domain/plan_resource.h"
#include "domain/time_format.h"

namespace cg {
namespace {

using words::cat;
using words::count_of;
using words::percent;

PlanFinding finding(std::string_view code, Severity severity, std::string title, std::string evidence,
                    std::string suggestion) {
  PlanFinding f;
  f.code = code;
  f.severity = severity;
  f.title = std::move(title);
  f.evidence = std::move(evidence);
  f.suggested_action = std::move(suggestion);
  return f;
}

void keep_first_items(std::vector<std::int64_t>& ids) {
  if (ids.size() > kFindingItemsMax) ids.resize(kFindingItemsMax);
}

std::optional<PlanFinding> overdue_activities(const PlanFacts& plan, const PlanProgress& progress, Day today) {
  if (progress.overdue == 0) return std::nullopt;
  std::vector<std::int64_t> ids;
  for (const auto& a : plan.activities) {
    if (is_overdue(a, today)) ids.push_back(a.id);
  }
  const int open = progress.activities - progress.done;
  // A quarter of the open work late means the schedule itself no longer holds.
  const bool widespread = open > 0 && progress.overdue * 4 >= open;
  auto f = finding("overdue_activities", widespread ? Severity::high : Severity::medium,
                   count_of(progress.overdue, "activity is past its due date", "activities are past their due date"),
                   cat(progress.overdue, " of ", open, " open activities (",
                       percent(static_cast<double>(progress.overdue) / open), ") are overdue."),
                   "Ask each owner for a realistic new date, or mark the activity done or cancelled if it is.");
  f.activity_ids = std::move(ids);
  keep_first_items(f.activity_ids);
  return f;
}

void objectives_behind(std::vector<PlanFinding>& out, const PlanAttentionFacts& facts) {
  const auto& objectives = facts.plan->objectives;
  for (std::size_t i = 0; i < objectives.size(); ++i) {
    const auto& p = facts.progress->objectives[i];
    if (p.trajectory != Trajectory::behind) continue;
    const auto& o = objectives[i];
    std::string basis = p.source == ProgressSource::measurements
                            ? cat("measured on ", format_date(p.latest->on))
                            : std::string("judged from its activities");
    auto f = finding("objective_behind", Severity::high, cat("Behind: ", o.fields.title),
                     cat("It is ", percent(*p.progress), " of the way to its target (", basis, ") where the plan expects ",
                         percent(p.expected), " by now; the target date is ", format_date(o.fields.target_on), "."),
                     "Discuss it at the next review: change the approach, add resources, or agree a new target.");
    f.objective_id = o.id;
    out.push_back(std::move(f));
  }
}

std::optional<PlanFinding> without_owner(const PlanFacts& plan) {
  std::vector<std::int64_t> ids;
  for (const auto& a : plan.activities) {
    if (!is_closed(a.status) && a.owner_ids.empty()) ids.push_back(a.id);
  }
  if (ids.empty()) return std::nullopt;
  auto f = finding("activities_without_owner", Severity::medium,
                   cat(count_of(static_cast<int>(ids.size()), "activity has", "activities have"), " no owner"),
                   cat(count_of(static_cast<int>(ids.size()), "open activity is", "open activities are"),
                       " not assigned to any member."),
                   "Name an owner for each: work that belongs to everyone tends to be done by no one.");
  f.activity_ids = std::move(ids);
  keep_first_items(f.activity_ids);
  return f;
}

void overloaded_owners(std::vector<PlanFinding>& out, const PlanAttentionFacts& facts, Day today) {
  std::map<std::int64_t, std::vector<std::int64_t>> overdue_by_owner;
  for (const auto& a : facts.plan->activities) {
    if (!is_overdue(a, today)) continue;
    for (auto owner : a.owner_ids) overdue_by_owner[owner].push_back(a.id);
  }
  for (auto& [owner, ids] : overdue_by_owner) {
    if (static_cast<int>(ids.size()) < kOwnerOverdueThreshold) continue;
    auto name = facts.member_names.count(owner) ? facts.member_names.at(owner) : cat("Member ", static_cast<int>(owner));
    auto f = finding("owner_overloaded", Severity::medium, cat(name, " has ", count_of(static_cast<int>(ids.size()), "overdue activity", "overdue activities")),
                     cat(name, " owns ", count_of(static_cast<int>(ids.size()), "activity", "activities"),
                         " past their due date."),
                     cat("Check in with ", name, ": do they need help, or should someone else take some of these on?"));
    f.membership_id = owner;
    f.activity_ids = std::move(ids);
    keep_first_items(f.activity_ids);
    out.push_back(std::move(f));
  }
}

std::optional<PlanFinding> review(const ReviewSchedule& r) {
  if (r.state == ReviewState::overdue) {
    return finding("review_overdue", Severity::high, "The plan review is overdue",
                   cat("The review was due on ", format_date(r.due_on), ", ", count_of(r.days_overdue, "day", "days"),
                       " ago."),
                   "Schedule the review now: go through each objective, agree what changes, and who does what by when.");
  }
  if (r.state == ReviewState::due_soon) {
    return finding("review_due_soon", Severity::low, "The plan review is coming up",
                   cat("The next review is due on ", format_date(r.due_on), "."),
                   "Ask owners to update their activities and measurements before the review.");
  }
  return std::nullopt;
}

void risks(std::vector<PlanFinding>& out, const std::vector<RiskFacts>& risks) {
  for (const auto& r : risks) {
    if (r.status == RiskStatus::occurred) {
      auto f = finding("risk_occurred", Severity::high, cat("A risk has happened: ", r.title),
                       "It is marked as occurred in the risk register.",
                       r.has_response ? "Put the planned response into action and tell the partners what changes."
                                      : "Agree a response now: the register has none for this risk.");
      f.risk_id = r.id;
      out.push_back(std::move(f));
    } else if (r.status != RiskStatus::closed && r.level == RiskLevel::high && (!r.has_response || !r.has_owner)) {
      auto f = finding("risk_unplanned", Severity::medium, cat("High risk without a plan: ", r.title),
                       r.has_response ? "It is rated high and nobody owns it." : "It is rated high and has no planned response.",
                       "Agree at the next meeting what you will do if it happens, and who watches for it.");
      f.risk_id = r.id;
      out.push_back(std::move(f));
    }
  }
}

std::optional<PlanFinding> unused(const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return std::nullopt;
  const int n = static_cast<int>(ids.size());
  auto f = finding("resources_unused", Severity::low,
                   cat(count_of(n, "commitment has", "commitments have"), " not been drawn on"),
                   cat(count_of(n, "resource commitment", "resource commitments"), " made more than ",
                       kUnusedCommitmentDays, " days ago ", n == 1 ? "shows" : "show", " nothing used."),
                   "Ask the partners whether the plan still needs them, or put them to work.");
  f.resource_ids = ids;
  keep_first_items(f.resource_ids);
  return f;
}

}  // namespace

std::string_view to_key(ReviewState state) {
  switch (state) {
    case ReviewState::scheduled:
      return "scheduled";
    case ReviewState::due_soon:
      return "due_soon";
    case ReviewState::overdue:
      return "overdue";
  }
  return "scheduled";
}

ReviewSchedule review_schedule(Day last_review_or_plan_start, int cadence_days, Day today) {
  ReviewSchedule out;
  out.due_on = last_review_or_plan_start + std::chrono::days(cadence_days);
  const auto days_left = (out.due_on - today).count();
  if (days_left < 0) {
    out.state = ReviewState::overdue;
    out.days_overdue = static_cast<int>(-days_left);
  } else if (days_left <= kReviewDueSoonDays) {
    out.state = ReviewState::due_soon;
  }
  return out;
}

std::vector<PlanFinding> plan_attention(const PlanAttentionFacts& facts, Day today) {
  std::vector<PlanFinding> out;
  if (facts.review) {
    if (auto f = review(*facts.review)) out.push_back(std::move(*f));
  }
  if (auto f = overdue_activities(*facts.plan, *facts.progress, today)) out.push_back(std::move(*f));
  objectives_behind(out, facts);
  if (auto f = without_owner(*facts.plan)) out.push_back(std::move(*f));
  overloaded_owners(out, facts, today);
  risks(out, facts.risks);
  if (auto f = unused(facts.unused_commitments)) out.push_back(std::move(*f));
  std::stable_sort(out.begin(), out.end(),
                   [](const PlanFinding& a, const PlanFinding& b) { return a.severity < b.severity; });
  return out;
}

}  // namespace cg
