#include "domain/plan_attention.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cg {
namespace {

using namespace std::chrono;

const Day kToday = year_month_day{year{2026}, March, std::chrono::day{1}};
const Day kLastWeek = kToday - days(7);
const Day kNextWeek = kToday + days(7);

// An open activity owned by `owners`, due next week unless said otherwise. It is not filed under
// the objective, so it does not move the objective's trajectory unless a test files it.
ActivityFacts activity(std::int64_t id, std::vector<std::int64_t> owners = {4},
                       ActivityStatus status = ActivityStatus::in_progress, std::optional<Day> due_on = kNextWeek) {
  ActivityFacts a;
  a.id = id;
  a.status = status;
  a.due_on = due_on;
  a.owner_ids = std::move(owners);
  return a;
}

ActivityFacts overdue(std::int64_t id, std::vector<std::int64_t> owners = {4}) {
  return activity(id, std::move(owners), ActivityStatus::in_progress, kLastWeek);
}

ActivityFacts done(std::int64_t id) { return activity(id, {4}, ActivityStatus::done, kLastWeek); }

ActivityFacts filed(ActivityFacts a, int percent = 0) {
  a.objective_id = 7;
  a.percent = percent;
  return a;
}

// Objective 7 of goal 1: from 0 to 100 over 100 days from 2026-01-01, so on kToday (day 59) the
// line expects 0.59.
ObjectiveFacts objective(std::vector<MeasurementPoint> measurements = {}) {
  ObjectiveFacts o;
  o.id = 7;
  o.goal_id = 1;
  o.fields.title = "More people at beat meetings";
  o.fields.indicator = "Attendance";
  o.fields.unit = "people";
  o.fields.baseline = 0;
  o.fields.target = 100;
  o.fields.start_on = year_month_day{year{2026}, January, std::chrono::day{1}};
  o.fields.target_on = o.fields.start_on + days(100);
  o.measurements = std::move(measurements);
  return o;
}

MeasurementPoint measured(Day on, double value) {
  MeasurementPoint m;
  m.on = on;
  m.value = value;
  return m;
}

PlanFacts plan_of(std::vector<ActivityFacts> activities, std::vector<ObjectiveFacts> objectives = {objective()}) {
  PlanFacts plan;
  plan.goal_ids = {1};
  plan.objectives = std::move(objectives);
  plan.activities = std::move(activities);
  return plan;
}

ReviewSchedule review_in(int days_left) { return review_schedule(kToday + days(days_left), 0, kToday); }

// The findings for `plan` on kToday, with progress rolled up the way the service does it.
std::vector<PlanFinding> attention(const PlanFacts& plan, std::optional<ReviewSchedule> review = std::nullopt) {
  const auto progress = roll_up(plan, kToday);
  PlanAttentionFacts facts;
  facts.plan = &plan;
  facts.progress = &progress;
  facts.member_names = {{4, "Ana Ruiz"}, {9, "Sam Lee"}};
  facts.review = review;
  return plan_attention(facts, kToday);
}

// "severity code", e.g. "high review_overdue", in report order.
std::vector<std::string> described(const std::vector<PlanFinding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    std::string line(to_key(f.severity));
    line += ' ';
    line += f.code;
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;
using Ids = std::vector<std::int64_t>;

const PlanFinding& only(const std::vector<PlanFinding>& findings, std::string_view code) {
  const auto it = std::ranges::find(findings, code, &PlanFinding::code);
  EXPECT_NE(it, findings.end()) << code;
  EXPECT_EQ(std::ranges::count(findings, code, &PlanFinding::code), 1) << code;
  return *it;
}

// ---- Review schedule -------------------------------------------------------------------------

TEST(ReviewSchedule, StatesAroundTheDueDate) {
  // Last review on day 0, every 30 days: due on day 30, "due soon" from day 23 (7 days left).
  const Day last = kToday;
  struct Case {
    int today;
    std::string_view state;
    int days_overdue;
  };
  for (const auto& c : {
           Case{0, "scheduled", 0},
           Case{22, "scheduled", 0},  // 8 days left
           Case{23, "due_soon", 0},   // 7 days left
           Case{30, "due_soon", 0},   // due today
           Case{31, "overdue", 1},
           Case{45, "overdue", 15},
       }) {
    const auto r = review_schedule(last, 30, last + days(c.today));
    EXPECT_EQ(r.due_on, last + days(30)) << c.today;
    EXPECT_EQ(to_key(r.state), c.state) << c.today;
    EXPECT_EQ(r.days_overdue, c.days_overdue) << c.today;
  }
}

TEST(ReviewSchedule, StateKeys) {
  EXPECT_EQ(to_key(ReviewState::scheduled), "scheduled");
  EXPECT_EQ(to_key(ReviewState::due_soon), "due_soon");
  EXPECT_EQ(to_key(ReviewState::overdue), "overdue");
}

// ---- Each finding ----------------------------------------------------------------------------

TEST(PlanAttention, PlanInGoodShapeNeedsNothing) {
  EXPECT_TRUE(attention(plan_of({activity(1), done(2)}), review_in(8)).empty());
  EXPECT_TRUE(attention(plan_of({}, {})).empty());
}

TEST(PlanAttention, ReviewOverdueIsHigh) {
  const auto findings = attention(plan_of({}), review_in(-3));
  ASSERT_EQ(described(findings), (Lines{"high review_overdue"}));
  EXPECT_EQ(findings[0].evidence, "The review was due on 2026-02-26, 3 days ago.");
  EXPECT_EQ(attention(plan_of({}), review_in(-1))[0].evidence, "The review was due on 2026-02-28, 1 day ago.");
}

TEST(PlanAttention, ReviewDueSoonIsLow) {
  const auto findings = attention(plan_of({}), review_in(7));
  ASSERT_EQ(described(findings), (Lines{"low review_due_soon"}));
  EXPECT_EQ(findings[0].evidence, "The next review is due on 2026-03-08.");
  EXPECT_EQ(described(attention(plan_of({}), review_in(0))), (Lines{"low review_due_soon"}));
}

TEST(PlanAttention, OverdueActivitiesAreMediumWhenFew) {
  // 1 overdue of 5 open: 1 × 4 = 4 < 5, under a quarter. The done one is not open.
  const auto findings =
      attention(plan_of({overdue(1), activity(2), activity(3), activity(4), activity(5), done(6)}));
  ASSERT_EQ(described(findings), (Lines{"medium overdue_activities"}));
  const auto& f = findings[0];
  EXPECT_EQ(f.title, "1 activity is past its due date");
  EXPECT_EQ(f.evidence, "1 of 5 open activities (20 %) are overdue.");
  EXPECT_EQ(f.activity_ids, (Ids{1}));
}

TEST(PlanAttention, OverdueActivitiesAreHighFromAQuarterOfOpenWork) {
  // 2 overdue of 8 open: 2 × 4 = 8 ≥ 8, exactly a quarter. Done and cancelled are not open.
  auto activities = std::vector<ActivityFacts>{overdue(1), overdue(2), activity(3), activity(4), activity(5),
                                               activity(6), activity(7), activity(8), done(9), done(10),
                                               activity(11, {4}, ActivityStatus::cancelled, kLastWeek)};
  const auto findings = attention(plan_of(activities));
  ASSERT_EQ(described(findings), (Lines{"high overdue_activities"}));
  EXPECT_EQ(findings[0].title, "2 activities are past their due date");
  EXPECT_EQ(findings[0].evidence, "2 of 8 open activities (25 %) are overdue.");
  EXPECT_EQ(findings[0].activity_ids, (Ids{1, 2}));

  // One more open activity makes it 2 of 9: 8 < 9, medium again.
  activities.push_back(activity(12));
  EXPECT_EQ(described(attention(plan_of(activities))), (Lines{"medium overdue_activities"}));
}

TEST(PlanAttention, DueTodayOrClosedIsNotOverdue) {
  EXPECT_TRUE(attention(plan_of({activity(1, {4}, ActivityStatus::in_progress, kToday),
                                 activity(2, {4}, ActivityStatus::done, kLastWeek),
                                 activity(3, {4}, ActivityStatus::cancelled, kLastWeek),
                                 activity(4, {4}, ActivityStatus::blocked, std::nullopt)}))
                  .empty());
}

TEST(PlanAttention, ObjectiveBehindFromAMeasurement) {
  // Measured 20 on 2026-02-20 (day 50): 0.2 against the line's 0.5 there, 30 points short.
  const auto findings = attention(plan_of({}, {objective({measured(kToday - days(9), 20)})}));
  ASSERT_EQ(described(findings), (Lines{"high objective_behind"}));
  const auto& f = findings[0];
  EXPECT_EQ(f.objective_id, 7);
  EXPECT_EQ(f.title, "Behind: More people at beat meetings");
  EXPECT_EQ(f.evidence,
            "It is 20 % of the way to its target (measured on 2026-02-20) where the plan expects 50 % by now; "
            "the target date is 2026-04-11.");
}

TEST(PlanAttention, ObjectiveBehindJudgedFromActivities) {
  // One activity at 30 % on day 59, where the line expects 0.59: 29 points short.
  const auto findings = attention(plan_of({filed(activity(1), 30)}));
  ASSERT_EQ(described(findings), (Lines{"high objective_behind"}));
  EXPECT_EQ(findings[0].evidence,
            "It is 30 % of the way to its target (judged from its activities) where the plan expects 59 % by now; "
            "the target date is 2026-04-11.");
}

TEST(PlanAttention, ObjectiveOnTrackIsNotReported) {
  // 55 measured on day 59: 0.55 + 0.10 ≥ 0.59.
  EXPECT_TRUE(attention(plan_of({}, {objective({measured(kToday, 55)})})).empty());
}

TEST(PlanAttention, OpenActivitiesWithoutOwner) {
  const auto findings = attention(plan_of({activity(1, {}), activity(2), activity(3, {}),
                                           activity(4, {}, ActivityStatus::done, kNextWeek),
                                           activity(5, {}, ActivityStatus::cancelled, kNextWeek)}));
  ASSERT_EQ(described(findings), (Lines{"medium activities_without_owner"}));
  EXPECT_EQ(findings[0].title, "2 activities have no owner");
  EXPECT_EQ(findings[0].evidence, "2 open activities are not assigned to any member.");
  EXPECT_EQ(findings[0].activity_ids, (Ids{1, 3}));
  EXPECT_EQ(attention(plan_of({activity(1, {})}))[0].title, "1 activity has no owner");
}

TEST(PlanAttention, OwnerWithThreeOverdueActivitiesIsOverloaded) {
  // Ana (4) has 3 overdue, one shared with Sam (9), who has 2 in all: below the threshold.
  // Six open, four overdue: high overdue_activities.
  const auto findings = attention(plan_of({overdue(1), overdue(2, {4, 9}), overdue(3), overdue(4, {9}),
                                           activity(5), activity(6)}));
  ASSERT_EQ(described(findings), (Lines{"high overdue_activities", "medium owner_overloaded"}));
  const auto& f = only(findings, "owner_overloaded");
  EXPECT_EQ(f.membership_id, 4);
  EXPECT_EQ(f.title, "Ana Ruiz has 3 overdue activities");
  EXPECT_EQ(f.evidence, "Ana Ruiz owns 3 activities past their due date.");
  EXPECT_EQ(f.activity_ids, (Ids{1, 2, 3}));
}

TEST(PlanAttention, OverloadedOwnerWithoutAKnownNameIsNamedByNumber) {
  const auto findings = attention(plan_of({overdue(1, {12}), overdue(2, {12}), overdue(3, {12})}));
  const auto& f = only(findings, "owner_overloaded");
  EXPECT_EQ(f.membership_id, 12);
  EXPECT_EQ(f.title, "Member 12 has 3 overdue activities");
}

TEST(PlanAttention, TwoOverdueActivitiesDoNotOverloadAnOwner) {
  const auto findings = attention(plan_of({overdue(1), overdue(2)}));
  EXPECT_EQ(described(findings), (Lines{"high overdue_activities"}));
}

// ---- Order and size --------------------------------------------------------------------------

TEST(PlanAttention, MostSevereFirstThenInCodeOrder) {
  // Everything at once: review overdue, 3 of 4 open activities overdue (all Ana's), objective
  // behind by its activities (all at 0 % on day 59), one activity without owner.
  const auto findings = attention(
      plan_of({filed(overdue(1)), filed(overdue(2)), filed(overdue(3)), filed(activity(4, {}))}), review_in(-1));
  EXPECT_EQ(described(findings), (Lines{"high review_overdue", "high overdue_activities", "high objective_behind",
                                        "medium activities_without_owner", "medium owner_overloaded"}));
}

TEST(PlanAttention, LowReviewReminderComesAfterMediumFindings) {
  // 1 overdue of 5 open is medium.
  const auto findings =
      attention(plan_of({overdue(1, {}), activity(2), activity(3), activity(4), activity(5)}), review_in(3));
  EXPECT_EQ(described(findings),
            (Lines{"medium overdue_activities", "medium activities_without_owner", "low review_due_soon"}));
}

TEST(PlanAttention, ActivityListsStopAtFiftyButCountsDoNot) {
  std::vector<ActivityFacts> activities;
  for (std::int64_t id = 1; id <= 60; ++id) activities.push_back(overdue(id, id % 2 == 0 ? Ids{} : Ids{9}));
  const auto findings = attention(plan_of(activities));
  Ids first_fifty(50);
  for (std::size_t i = 0; i < first_fifty.size(); ++i) first_fifty[i] = static_cast<std::int64_t>(i) + 1;

  const auto& late = only(findings, "overdue_activities");
  EXPECT_EQ(late.activity_ids, first_fifty);
  EXPECT_EQ(late.evidence, "60 of 60 open activities (100 %) are overdue.");

  // The 30 even ids have no owner: all listed. Sam owns the 30 odd ones: all listed.
  EXPECT_EQ(only(findings, "activities_without_owner").activity_ids.size(), 30u);
  EXPECT_EQ(only(findings, "owner_overloaded").activity_ids.size(), 30u);

  // 60 without owner and 60 for one owner are cut to 50.
  activities.clear();
  for (std::int64_t id = 1; id <= 60; ++id) activities.push_back(activity(id, {}));
  EXPECT_EQ(only(attention(plan_of(activities)), "activities_without_owner").activity_ids, first_fifty);
  activities.clear();
  for (std::int64_t id = 1; id <= 60; ++id) activities.push_back(overdue(id, {9}));
  const auto crowded = attention(plan_of(activities));
  EXPECT_EQ(only(crowded, "owner_overloaded").activity_ids, first_fifty);
  EXPECT_EQ(only(crowded, "owner_overloaded").title, "Sam Lee has 60 overdue activities");
}

}  // namespace
}  // namespace cg
