#include "domain/plan_progress.h"

#include <algorithm>
#include <unordered_map>

namespace cg {

std::string_view to_key(Trajectory trajectory) {
  switch (trajectory) {
    case Trajectory::not_started:
      return "not_started";
    case Trajectory::no_data:
      return "no_data";
    case Trajectory::on_track:
      return "on_track";
    case Trajectory::behind:
      return "behind";
    case Trajectory::achieved:
      return "achieved";
  }
  return "no_data";
}

std::string_view to_key(ProgressSource source) {
  switch (source) {
    case ProgressSource::measurements:
      return "measurements";
    case ProgressSource::activities:
      return "activities";
    case ProgressSource::none:
      return "none";
  }
  return "none";
}

double progress_toward(const ObjectiveFields& objective, double value) {
  const double span = objective.target - objective.baseline;
  if (span == 0) return value == objective.target ? 1.0 : 0.0;
  return std::clamp((value - objective.baseline) / span, 0.0, 1.0);
}

double expected_progress(const ObjectiveFields& objective, Day day) {
  const auto length = (objective.target_on - objective.start_on).count();
  if (length <= 0) return day >= objective.target_on ? 1.0 : 0.0;
  const auto elapsed = (day - objective.start_on).count();
  return std::clamp(static_cast<double>(elapsed) / static_cast<double>(length), 0.0, 1.0);
}

double activity_progress(ActivityStatus status, int percent) {
  if (status == ActivityStatus::done) return 1.0;
  return std::clamp(percent, 0, 100) / 100.0;
}

bool is_overdue(const ActivityFacts& activity, Day today) {
  return activity.due_on && *activity.due_on < today && !is_closed(activity.status);
}

namespace {

struct ActivityTally {
  double progress_sum = 0;
  int counted = 0;
  int done = 0;
  int overdue = 0;
};

Trajectory judge(const ObjectiveFields& fields, const ObjectiveProgress& p, Day today) {
  if (today < fields.start_on) return Trajectory::not_started;
  if (!p.progress) return Trajectory::no_data;
  if (p.source == ProgressSource::measurements && *p.progress >= 1.0) return Trajectory::achieved;
  // The tolerance keeps "exactly ten points short" on track whatever the rounding: in binary
  // floating point 0.7 + 0.1 falls just below 0.8.
  constexpr double kTolerance = 1e-9;
  return *p.progress + kBehindMargin + kTolerance < p.expected ? Trajectory::behind : Trajectory::on_track;
}

ObjectiveProgress objective_progress(const ObjectiveFacts& o, const ActivityTally& tally, Day today) {
  ObjectiveProgress p;
  p.id = o.id;
  p.activities = tally.counted;
  p.done = tally.done;
  p.overdue = tally.overdue;
  if (!o.measurements.empty()) {
    p.latest = o.measurements.back();
    p.progress = progress_toward(o.fields, p.latest->value);
    p.source = ProgressSource::measurements;
    // A measurement says where things stood on the day it was taken, so judge it against the
    // line on that day, not today.
    p.expected = expected_progress(o.fields, p.latest->on);
  } else {
    if (tally.counted > 0) {
      p.progress = tally.progress_sum / tally.counted;
      p.source = ProgressSource::activities;
    }
    p.expected = expected_progress(o.fields, today);
  }
  p.trajectory = judge(o.fields, p, today);
  return p;
}

}  // namespace

PlanProgress roll_up(const PlanFacts& plan, Day today) {
  PlanProgress out;
  std::unordered_map<std::int64_t, ActivityTally> tallies;
  for (const auto& a : plan.activities) {
    if (a.status == ActivityStatus::cancelled) continue;
    const bool overdue = is_overdue(a, today);
    ++out.activities;
    if (a.status == ActivityStatus::done) ++out.done;
    if (a.status == ActivityStatus::blocked) ++out.blocked;
    if (overdue) ++out.overdue;
    if (!a.objective_id) continue;
    auto& t = tallies[*a.objective_id];
    t.progress_sum += activity_progress(a.status, a.percent);
    ++t.counted;
    if (a.status == ActivityStatus::done) ++t.done;
    if (overdue) ++t.overdue;
  }

  struct GoalSums {
    double weighted = 0;
    double weights = 0;
    int objectives = 0;
    int behind = 0;
  };
  std::unordered_map<std::int64_t, GoalSums> goal_sums;
  const ActivityTally none;
  out.objectives.reserve(plan.objectives.size());
  for (const auto& o : plan.objectives) {
    auto found = tallies.find(o.id);
    auto p = objective_progress(o, found == tallies.end() ? none : found->second, today);
    auto& g = goal_sums[o.goal_id];
    ++g.objectives;
    if (p.trajectory == Trajectory::behind) ++g.behind;
    if (p.progress) {
      g.weighted += *p.progress * o.fields.weight;
      g.weights += o.fields.weight;
    }
    out.objectives.push_back(std::move(p));
  }

  double goal_sum = 0;
  int goals_with_progress = 0;
  for (auto id : plan.goal_ids) {
    GoalProgress g;
    g.id = id;
    if (auto found = goal_sums.find(id); found != goal_sums.end()) {
      g.objectives = found->second.objectives;
      g.behind = found->second.behind;
      if (found->second.weights > 0) g.progress = found->second.weighted / found->second.weights;
    }
    if (g.progress) {
      goal_sum += *g.progress;
      ++goals_with_progress;
    }
    out.goals.push_back(g);
  }
  if (goals_with_progress > 0) out.progress = goal_sum / goals_with_progress;
  return out;
}

}  // namespace cg
