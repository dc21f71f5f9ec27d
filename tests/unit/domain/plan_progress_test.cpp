#include "domain/plan_progress.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

using namespace std::chrono;

const Day kStart = year_month_day{year{2026}, January, std::chrono::day{1}};

// Day n of an objective's 100-day line, so the line expects n % on day n.
Day on_day(int n) { return kStart + days(n); }

// Rises from 0 to 100 over 100 days: a value and its progress are the same number of points.
ObjectiveFields hundred_days_up() {
  ObjectiveFields f;
  f.title = "More people at beat meetings";
  f.indicator = "Attendance";
  f.unit = "people";
  f.baseline = 0;
  f.target = 100;
  f.direction = Direction::up;
  f.start_on = kStart;
  f.target_on = on_day(100);
  return f;
}

// Falls from 40 to 25: each unit down is 1/15 of the way.
ObjectiveFields forty_down_to_twenty_five() {
  auto f = hundred_days_up();
  f.baseline = 40;
  f.target = 25;
  f.direction = Direction::down;
  return f;
}

ObjectiveFacts objective(std::int64_t id, std::int64_t goal_id, std::vector<MeasurementPoint> measurements = {},
                         double weight = 1) {
  ObjectiveFacts o;
  o.id = id;
  o.goal_id = goal_id;
  o.fields = hundred_days_up();
  o.fields.weight = weight;
  o.measurements = std::move(measurements);
  return o;
}

ActivityFacts activity(std::int64_t id, std::optional<std::int64_t> objective_id, ActivityStatus status,
                       int percent = 0, std::optional<Day> due_on = std::nullopt) {
  ActivityFacts a;
  a.id = id;
  a.objective_id = objective_id;
  a.status = status;
  a.percent = percent;
  a.due_on = due_on;
  return a;
}

MeasurementPoint measured(int on, double value) {
  MeasurementPoint m;
  m.on = on_day(on);
  m.value = value;
  return m;
}

// ---- Keys ------------------------------------------------------------------------------------

TEST(PlanProgressKeys, TrajectoriesAndSources) {
  EXPECT_EQ(to_key(Trajectory::not_started), "not_started");
  EXPECT_EQ(to_key(Trajectory::no_data), "no_data");
  EXPECT_EQ(to_key(Trajectory::on_track), "on_track");
  EXPECT_EQ(to_key(Trajectory::behind), "behind");
  EXPECT_EQ(to_key(Trajectory::achieved), "achieved");
  EXPECT_EQ(to_key(ProgressSource::measurements), "measurements");
  EXPECT_EQ(to_key(ProgressSource::activities), "activities");
  EXPECT_EQ(to_key(ProgressSource::none), "none");
}

// ---- The pieces ------------------------------------------------------------------------------

struct TowardCase {
  double value;
  double progress;
};

TEST(ProgressToward, RisingIndicatorIsClampedToZeroAndOne) {
  auto f = hundred_days_up();
  f.baseline = 20;
  f.target = 70;  // a span of 50
  for (const auto& c : {
           TowardCase{20, 0.0},   // still at the baseline
           TowardCase{45, 0.5},   // (45 - 20) / 50
           TowardCase{60, 0.8},   // (60 - 20) / 50
           TowardCase{70, 1.0},   // at the target
           TowardCase{10, 0.0},   // went the wrong way: -0.2, clamped
           TowardCase{95, 1.0},   // overshot: 1.5, clamped
       }) {
    EXPECT_DOUBLE_EQ(progress_toward(f, c.value), c.progress) << c.value;
  }
}

TEST(ProgressToward, FallingIndicatorCountsTheDropTowardTheTarget) {
  const auto f = forty_down_to_twenty_five();  // a span of -15
  for (const auto& c : {
           TowardCase{40, 0.0},
           TowardCase{34, 0.4},   // (34 - 40) / -15
           TowardCase{28, 0.8},   // (28 - 40) / -15
           TowardCase{25, 1.0},
           TowardCase{46, 0.0},   // rose instead: -0.4, clamped
           TowardCase{10, 1.0},   // fell past the target: 2, clamped
       }) {
    EXPECT_DOUBLE_EQ(progress_toward(f, c.value), c.progress) << c.value;
  }
}

TEST(ProgressToward, NoSpanMeansAllOrNothing) {
  // Validation forbids it, but stored data is not re-validated: no division by zero.
  auto f = hundred_days_up();
  f.baseline = f.target = 5;
  EXPECT_EQ(progress_toward(f, 5), 1.0);
  EXPECT_EQ(progress_toward(f, 6), 0.0);
}

TEST(ExpectedProgress, StraightLineFromStartToTargetDate) {
  const auto f = hundred_days_up();
  EXPECT_EQ(expected_progress(f, on_day(-30)), 0.0);  // before the start: -0.3, clamped
  EXPECT_EQ(expected_progress(f, on_day(0)), 0.0);
  EXPECT_DOUBLE_EQ(expected_progress(f, on_day(25)), 0.25);
  EXPECT_DOUBLE_EQ(expected_progress(f, on_day(50)), 0.5);
  EXPECT_EQ(expected_progress(f, on_day(100)), 1.0);
  EXPECT_EQ(expected_progress(f, on_day(365)), 1.0);  // after the target date: 3.65, clamped
}

TEST(ExpectedProgress, NoLengthMeansDueOnTheTargetDate) {
  auto f = hundred_days_up();
  f.target_on = f.start_on;
  EXPECT_EQ(expected_progress(f, on_day(-1)), 0.0);
  EXPECT_EQ(expected_progress(f, on_day(0)), 1.0);
  EXPECT_EQ(expected_progress(f, on_day(1)), 1.0);
}

TEST(ActivityProgress, DoneIsWholeAndOthersArePercentClamped) {
  EXPECT_EQ(activity_progress(ActivityStatus::done, 0), 1.0);
  EXPECT_EQ(activity_progress(ActivityStatus::done, 40), 1.0);
  EXPECT_DOUBLE_EQ(activity_progress(ActivityStatus::in_progress, 40), 0.4);
  EXPECT_DOUBLE_EQ(activity_progress(ActivityStatus::blocked, 30), 0.3);
  EXPECT_EQ(activity_progress(ActivityStatus::not_started, 0), 0.0);
  EXPECT_EQ(activity_progress(ActivityStatus::in_progress, 150), 1.0);
  EXPECT_EQ(activity_progress(ActivityStatus::in_progress, -5), 0.0);
}

TEST(IsOverdue, OpenActivityPastItsDueDate) {
  const Day today = on_day(10);
  struct Case {
    ActivityStatus status;
    std::optional<Day> due_on;
    bool overdue;
  };
  for (const auto& c : {
           Case{ActivityStatus::in_progress, on_day(9), true},
           Case{ActivityStatus::not_started, on_day(9), true},
           Case{ActivityStatus::blocked, on_day(1), true},
           Case{ActivityStatus::in_progress, on_day(10), false},  // due today is not late yet
           Case{ActivityStatus::in_progress, on_day(11), false},
           Case{ActivityStatus::in_progress, std::nullopt, false},
           Case{ActivityStatus::done, on_day(9), false},
           Case{ActivityStatus::cancelled, on_day(9), false},
       }) {
    EXPECT_EQ(is_overdue(activity(1, 7, c.status, 0, c.due_on), today), c.overdue) << to_key(c.status);
  }
}

// ---- Roll-up: one objective ------------------------------------------------------------------

// Rolls up a plan of one goal (1) holding `o`, with `activities`.
ObjectiveProgress single(const ObjectiveFacts& o, Day today, std::vector<ActivityFacts> activities = {}) {
  PlanFacts plan;
  plan.goal_ids = {1};
  plan.objectives = {o};
  plan.activities = std::move(activities);
  const auto out = roll_up(plan, today);
  EXPECT_EQ(out.objectives.size(), 1u);
  return out.objectives.at(0);
}

TEST(RollUp, MeasuredObjectiveUsesItsLatestMeasurementJudgedOnThatDay) {
  // Measured 45 on day 50: progress 0.45 against an expected 0.5, within the margin. Judged on
  // today (day 90) the line would expect 0.9 and call it behind.
  const auto p = single(objective(7, 1, {measured(20, 10), measured(50, 45)}), on_day(90));
  EXPECT_EQ(p.id, 7);
  EXPECT_EQ(p.source, ProgressSource::measurements);
  ASSERT_TRUE(p.progress.has_value());
  EXPECT_DOUBLE_EQ(*p.progress, 0.45);
  ASSERT_TRUE(p.latest.has_value());
  EXPECT_EQ(p.latest->on, on_day(50));
  EXPECT_EQ(p.latest->value, 45);
  EXPECT_DOUBLE_EQ(p.expected, 0.5);
  EXPECT_EQ(to_key(p.trajectory), "on_track");
}

TEST(RollUp, MeasurementsWinOverActivities) {
  // The activities are all done (1.0), but the indicator has only moved to 30: 0.3.
  const auto p = single(objective(7, 1, {measured(40, 30)}), on_day(60),
                        {activity(1, 7, ActivityStatus::done), activity(2, 7, ActivityStatus::done)});
  EXPECT_EQ(p.source, ProgressSource::measurements);
  EXPECT_DOUBLE_EQ(*p.progress, 0.3);
  EXPECT_EQ(p.activities, 2);
  EXPECT_EQ(p.done, 2);
}

TEST(RollUp, FallingIndicatorMeasured) {
  auto o = objective(7, 1, {measured(50, 34)});
  o.fields = forty_down_to_twenty_five();
  // (34 - 40) / (25 - 40) = 0.4 against 0.5 expected on day 50: exactly 10 points short.
  const auto p = single(o, on_day(60));
  EXPECT_DOUBLE_EQ(*p.progress, 0.4);
  EXPECT_EQ(to_key(p.trajectory), "on_track");
}

TEST(RollUp, UnmeasuredObjectiveAveragesItsActivitiesIgnoringCancelled) {
  // done 1.0, in progress 0.5, not started 0.0 → 1.5 / 3 = 0.5; the cancelled 80 % is left out
  // (with it the mean would be 2.3 / 4 = 0.575). Another objective's activity does not count.
  const auto p = single(objective(7, 1), on_day(40),
                        {activity(1, 7, ActivityStatus::done), activity(2, 7, ActivityStatus::in_progress, 50),
                         activity(3, 7, ActivityStatus::not_started), activity(4, 7, ActivityStatus::cancelled, 80),
                         activity(5, 8, ActivityStatus::done), activity(6, std::nullopt, ActivityStatus::done)});
  EXPECT_EQ(p.source, ProgressSource::activities);
  EXPECT_DOUBLE_EQ(*p.progress, 0.5);
  EXPECT_FALSE(p.latest.has_value());
  EXPECT_DOUBLE_EQ(p.expected, 0.4);  // judged on today, day 40
  EXPECT_EQ(to_key(p.trajectory), "on_track");
  EXPECT_EQ(p.activities, 3);
  EXPECT_EQ(p.done, 1);
}

TEST(RollUp, ObjectiveCountsItsOverdueActivities) {
  // Due on day 5, today is day 10: the open ones are overdue; done and cancelled never are.
  const auto p = single(objective(7, 1), on_day(10),
                        {activity(1, 7, ActivityStatus::in_progress, 10, on_day(5)),
                         activity(2, 7, ActivityStatus::blocked, 0, on_day(5)),
                         activity(3, 7, ActivityStatus::done, 100, on_day(5)),
                         activity(4, 7, ActivityStatus::cancelled, 0, on_day(5)),
                         activity(5, 7, ActivityStatus::in_progress, 0, on_day(10))});
  EXPECT_EQ(p.activities, 4);
  EXPECT_EQ(p.done, 1);
  EXPECT_EQ(p.overdue, 2);
}

TEST(RollUp, NothingToGoByIsNoData) {
  const auto p = single(objective(7, 1), on_day(30), {activity(1, 7, ActivityStatus::cancelled, 50)});
  EXPECT_FALSE(p.progress.has_value());
  EXPECT_EQ(p.source, ProgressSource::none);
  EXPECT_EQ(to_key(p.trajectory), "no_data");
  EXPECT_DOUBLE_EQ(p.expected, 0.3);
  EXPECT_EQ(p.activities, 0);
}

TEST(RollUp, BeforeTheStartDateIsNotStartedWhateverTheData) {
  const auto p = single(objective(7, 1, {measured(-10, 0)}), on_day(-1));
  EXPECT_EQ(to_key(p.trajectory), "not_started");
  EXPECT_EQ(p.expected, 0.0);
  EXPECT_EQ(to_key(single(objective(7, 1), on_day(-1)).trajectory), "not_started");
  // From the start day on it is judged.
  EXPECT_EQ(to_key(single(objective(7, 1), on_day(0)).trajectory), "no_data");
}

TEST(RollUp, ReachingTheTargetByMeasurementIsAchieved) {
  EXPECT_EQ(to_key(single(objective(7, 1, {measured(30, 100)}), on_day(40)).trajectory), "achieved");
  EXPECT_EQ(to_key(single(objective(7, 1, {measured(30, 120)}), on_day(40)).trajectory), "achieved");
  // Falling: 25 is the target, 20 is past it.
  auto o = objective(7, 1, {measured(30, 20)});
  o.fields = forty_down_to_twenty_five();
  EXPECT_EQ(to_key(single(o, on_day(40)).trajectory), "achieved");
  // Only the latest measurement counts: having touched the target once is not enough.
  const auto fell_back = single(objective(7, 1, {measured(30, 100), measured(60, 20)}), on_day(70));
  EXPECT_EQ(to_key(fell_back.trajectory), "behind");
}

TEST(RollUp, FinishedActivitiesAreNotAnAchievedIndicator) {
  // All activities done is progress 1.0, but only a measurement shows the indicator moved.
  const auto p = single(objective(7, 1), on_day(40), {activity(1, 7, ActivityStatus::done)});
  EXPECT_EQ(*p.progress, 1.0);
  EXPECT_EQ(to_key(p.trajectory), "on_track");
}

struct MarginCase {
  const char* description;
  double value;  // measured on day 50, where the line expects 0.5
  std::string_view trajectory;
};

void PrintTo(const MarginCase& c, std::ostream* out) { *out << c.description; }

class RollUpMargin : public ::testing::TestWithParam<MarginCase> {};

TEST_P(RollUpMargin, BehindOnlyWhenMoreThanTenPointsShort) {
  EXPECT_EQ(to_key(single(objective(7, 1, {measured(50, GetParam().value)}), on_day(80)).trajectory),
            GetParam().trajectory);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RollUpMargin,
    ::testing::Values(MarginCase{"ahead of the line: 0.6", 60, "on_track"},
                      MarginCase{"on the line: 0.5", 50, "on_track"},
                      MarginCase{"5 points short: 0.45 + 0.10 = 0.55 ≥ 0.5", 45, "on_track"},
                      MarginCase{"exactly 10 points short: 0.40 + 0.10 = 0.50, not below 0.5", 40,
                                 "on_track"},
                      MarginCase{"11 points short: 0.39 + 0.10 = 0.49 < 0.5", 39, "behind"},
                      MarginCase{"not moved at all: 0", 0, "behind"}));

TEST(RollUp, ActivitiesBehindTheLineOfToday) {
  // Day 80 expects 0.8; one activity at 60 % is 20 points short.
  const auto p = single(objective(7, 1), on_day(80), {activity(1, 7, ActivityStatus::in_progress, 60)});
  EXPECT_EQ(to_key(p.trajectory), "behind");
  // At 70 % it is exactly 10 points short, so on track, although 0.7 + 0.1 < 0.8 in doubles.
  const auto at_margin = single(objective(7, 1), on_day(80), {activity(1, 7, ActivityStatus::in_progress, 70)});
  EXPECT_EQ(to_key(at_margin.trajectory), "on_track");
}

// ---- Roll-up: goals and the plan -------------------------------------------------------------

TEST(RollUp, GoalProgressIsWeightedByObjectiveWeightAndPlanIsTheMeanOfGoals) {
  PlanFacts plan;
  plan.goal_ids = {3, 1, 2};
  plan.objectives = {
      objective(10, 1, {measured(50, 100)}, 3),  // 1.0, weight 3
      objective(11, 1, {measured(50, 20)}, 1),   // 0.2, weight 1; 0.3 short of 0.5: behind
      objective(12, 1, {}, 5),                   // nothing to go by: its weight does not count
      objective(20, 3, {measured(50, 40)}, 2),   // 0.4
                                                 // goal 2 has no objectives
  };
  const auto out = roll_up(plan, on_day(60));

  ASSERT_EQ(out.goals.size(), 3u);
  EXPECT_EQ(out.goals[0].id, 3);  // in the order of goal_ids
  EXPECT_EQ(out.goals[1].id, 1);
  EXPECT_EQ(out.goals[2].id, 2);

  // Goal 1: (3 × 1.0 + 1 × 0.2) / (3 + 1) = 3.2 / 4 = 0.8.
  EXPECT_DOUBLE_EQ(*out.goals[1].progress, 0.8);
  EXPECT_EQ(out.goals[1].objectives, 3);
  EXPECT_EQ(out.goals[1].behind, 1);
  // Goal 3: its one objective, 0.4 (weights cancel out).
  EXPECT_DOUBLE_EQ(*out.goals[0].progress, 0.4);
  EXPECT_EQ(out.goals[0].objectives, 1);
  EXPECT_EQ(out.goals[0].behind, 0);
  // Goal 2: no objectives, no progress.
  EXPECT_FALSE(out.goals[2].progress.has_value());
  EXPECT_EQ(out.goals[2].objectives, 0);

  // The plan: mean of goals 1 and 3 only, (0.8 + 0.4) / 2 = 0.6, not weighted by objectives.
  EXPECT_DOUBLE_EQ(*out.progress, 0.6);

  ASSERT_EQ(out.objectives.size(), 4u);  // in the order given
  EXPECT_EQ(out.objectives[0].id, 10);
  EXPECT_EQ(out.objectives[3].id, 20);
}

TEST(RollUp, GoalWhoseObjectivesHaveNoDataHasNoProgress) {
  PlanFacts plan;
  plan.goal_ids = {1};
  plan.objectives = {objective(10, 1), objective(11, 1)};
  const auto out = roll_up(plan, on_day(10));
  EXPECT_FALSE(out.goals[0].progress.has_value());
  EXPECT_EQ(out.goals[0].objectives, 2);
  EXPECT_FALSE(out.progress.has_value());
}

TEST(RollUp, EmptyPlanHasNoProgress) {
  const auto out = roll_up(PlanFacts{}, on_day(10));
  EXPECT_FALSE(out.progress.has_value());
  EXPECT_TRUE(out.goals.empty());
  EXPECT_TRUE(out.objectives.empty());
  EXPECT_EQ(out.activities, 0);
}

TEST(RollUp, PlanCountsIncludeUnfiledActivitiesAndLeaveOutCancelled) {
  PlanFacts plan;
  plan.goal_ids = {1};
  plan.objectives = {objective(10, 1)};
  plan.activities = {
      activity(1, 10, ActivityStatus::done),
      activity(2, 10, ActivityStatus::blocked, 20, on_day(5)),              // blocked and overdue
      activity(3, std::nullopt, ActivityStatus::in_progress, 0, on_day(5)),  // unfiled, overdue
      activity(4, std::nullopt, ActivityStatus::done, 100, on_day(5)),      // unfiled, done
      activity(5, std::nullopt, ActivityStatus::cancelled, 0, on_day(5)),   // not counted at all
      activity(6, 99, ActivityStatus::blocked),  // under an objective left out (archived)
  };
  const auto out = roll_up(plan, on_day(10));
  EXPECT_EQ(out.activities, 5);
  EXPECT_EQ(out.done, 2);
  EXPECT_EQ(out.overdue, 2);
  EXPECT_EQ(out.blocked, 2);
  // Unfiled activities say nothing about objective 10: (1.0 + 0.2) / 2 = 0.6.
  EXPECT_EQ(out.objectives[0].activities, 2);
  EXPECT_EQ(out.objectives[0].overdue, 1);
  EXPECT_DOUBLE_EQ(*out.objectives[0].progress, 0.6);
  EXPECT_DOUBLE_EQ(*out.progress, 0.6);
}

}  // namespace
}  // namespace cg
