#include "domain/plan.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace cg {
namespace {

using namespace std::chrono;

Day day(int y, unsigned m, unsigned d) { return year_month_day{year{y}, month{m}, std::chrono::day{d}}; }

GoalFields valid_goal() {
  GoalFields f;
  f.title = "Fewer burglaries on the Eastside";
  f.rationale = "Residents named break-ins as their first worry at the listening sessions.";
  return f;
}

ObjectiveFields valid_objective() {
  ObjectiveFields f;
  f.title = "Cut reported burglaries by a third";
  f.indicator = "Burglaries reported in the Eastside beat";
  f.unit = "per month";
  f.baseline = 30;
  f.target = 20;
  f.direction = Direction::down;
  f.start_on = day(2026, 1, 1);
  f.target_on = day(2026, 12, 31);
  f.weight = 1;
  return f;
}

ActivityFields valid_activity() {
  ActivityFields f;
  f.title = "Door-to-door lock check";
  f.description = "Volunteers and officers offer free lock checks.";
  f.start_on = day(2026, 2, 1);
  f.due_on = day(2026, 3, 1);
  f.status = ActivityStatus::in_progress;
  f.percent = 40;
  f.owner_ids = {4, 9};
  f.organization_ids = {2};
  return f;
}

// The fields with problems, comma-separated, so an expectation reads like a sentence.
template <typename Fields>
std::string problems(const Fields& fields) {
  std::string out;
  for (const auto& e : validate(normalized(fields))) {
    if (!out.empty()) out += ',';
    out += e.field;
  }
  return out;
}

// ---- Keys ------------------------------------------------------------------------------------

TEST(ActivityStatus, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (const auto& s : all_activity_statuses()) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_EQ(activity_status_from_key(s.key), s.status);
    EXPECT_EQ(to_key(s.status), s.key);
    EXPECT_FALSE(s.label.empty());
  }
  EXPECT_EQ(keys.size(), 5u);
  EXPECT_FALSE(activity_status_from_key("finished").has_value());
  EXPECT_FALSE(activity_status_from_key("Done").has_value());
}

TEST(ActivityStatus, OnlyDoneAndCancelledAreClosed) {
  const std::map<ActivityStatus, bool> closed = {
      {ActivityStatus::not_started, false}, {ActivityStatus::in_progress, false}, {ActivityStatus::done, true},
      {ActivityStatus::blocked, false},     {ActivityStatus::cancelled, true},
  };
  for (const auto& [status, expected] : closed) EXPECT_EQ(is_closed(status), expected) << to_key(status);
}

TEST(Direction, KeysRoundTrip) {
  for (auto d : {Direction::up, Direction::down}) EXPECT_EQ(direction_from_key(to_key(d)), d);
  EXPECT_EQ(to_key(Direction::up), "up");
  EXPECT_EQ(to_key(Direction::down), "down");
  EXPECT_FALSE(direction_from_key("UP").has_value());
  EXPECT_FALSE(direction_from_key("").has_value());
}

// ---- Normalising -----------------------------------------------------------------------------

TEST(PlanNormalized, GoalTrimsAndDropsBlankRationale) {
  GoalFields f;
  f.title = "  Safer parks \n";
  f.rationale = " \t ";
  const auto n = normalized(f);
  EXPECT_EQ(n.title, "Safer parks");
  EXPECT_EQ(n.rationale, std::nullopt);
}

TEST(PlanNormalized, ObjectiveTrimsItsTexts) {
  auto f = valid_objective();
  f.title = " Fewer burglaries ";
  f.indicator = "\tBurglaries reported\n";
  f.unit = " per month ";
  const auto n = normalized(f);
  EXPECT_EQ(n.title, "Fewer burglaries");
  EXPECT_EQ(n.indicator, "Burglaries reported");
  EXPECT_EQ(n.unit, "per month");
  EXPECT_EQ(n.baseline, 30);
  EXPECT_EQ(n.target, 20);
}

TEST(PlanNormalized, ActivityTrimsDropsBlanksAndRemovesRepeatedIdsInOrder) {
  auto f = valid_activity();
  f.title = "  Lock check ";
  f.description = "  keep inner\nbreaks  ";
  f.resources_needed = "";
  f.rationale = "  ";
  f.expected_outcome = "\n";
  f.owner_ids = {9, 4, 9, 4, 7};
  f.organization_ids = {3, 3};
  const auto n = normalized(f);
  EXPECT_EQ(n.title, "Lock check");
  EXPECT_EQ(n.description, "keep inner\nbreaks");
  EXPECT_EQ(n.resources_needed, std::nullopt);
  EXPECT_EQ(n.rationale, std::nullopt);
  EXPECT_EQ(n.expected_outcome, std::nullopt);
  EXPECT_EQ(n.owner_ids, (std::vector<std::int64_t>{9, 4, 7}));
  EXPECT_EQ(n.organization_ids, (std::vector<std::int64_t>{3}));
}

TEST(PlanNormalized, DoneMeansOneHundredPercentAndOtherStatusesKeepTheirs) {
  auto f = valid_activity();
  f.status = ActivityStatus::done;
  f.percent = 30;
  EXPECT_EQ(normalized(f).percent, 100);
  for (auto status : {ActivityStatus::not_started, ActivityStatus::in_progress, ActivityStatus::blocked,
                      ActivityStatus::cancelled}) {
    f.status = status;
    EXPECT_EQ(normalized(f).percent, 30) << to_key(status);
  }
}

// ---- Validation ------------------------------------------------------------------------------

TEST(PlanValidate, ValidFieldsHaveNoProblems) {
  EXPECT_EQ(problems(valid_goal()), "");
  EXPECT_EQ(problems(valid_objective()), "");
  EXPECT_EQ(problems(valid_activity()), "");
  ActivityFields bare;
  bare.title = "Only a title";
  EXPECT_EQ(problems(bare), "");
}

template <typename Fields>
struct InvalidCase {
  const char* description;
  void (*mutate)(Fields&);
  const char* fields_with_problems;
};

template <typename Fields>
void PrintTo(const InvalidCase<Fields>& c, std::ostream* out) {
  *out << c.description;
}

using GoalCase = InvalidCase<GoalFields>;
class GoalInvalid : public ::testing::TestWithParam<GoalCase> {};

TEST_P(GoalInvalid, NamesTheField) {
  auto f = valid_goal();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GoalInvalid,
    ::testing::Values(
        GoalCase{"blank title", [](GoalFields& f) { f.title = "  "; }, "title"},
        GoalCase{"title of 200 characters", [](GoalFields& f) { f.title = std::string(200, 'a'); }, ""},
        GoalCase{"title of 201 characters", [](GoalFields& f) { f.title = std::string(201, 'a'); }, "title"},
        // 200 two-byte characters are 400 bytes but still 200 characters.
        GoalCase{"title of 200 accented characters",
                 [](GoalFields& f) {
                   f.title.clear();
                   for (int i = 0; i < 200; ++i) f.title += "\xC3\xA9";
                 },
                 ""},
        GoalCase{"title over two lines", [](GoalFields& f) { f.title = "Safer\nparks"; }, "title"},
        GoalCase{"rationale over several lines", [](GoalFields& f) { f.rationale = "One.\nTwo.\r\n\tThree."; },
                 ""},
        GoalCase{"rationale with a control character", [](GoalFields& f) { f.rationale = "bell\a"; },
                 "rationale"},
        GoalCase{"rationale of 4000 characters", [](GoalFields& f) { f.rationale = std::string(4000, 'x'); }, ""},
        GoalCase{"rationale of 4001 characters", [](GoalFields& f) { f.rationale = std::string(4001, 'x'); },
                 "rationale"},
        GoalCase{"both at once",
                 [](GoalFields& f) {
                   f.title = "";
                   f.rationale = std::string(4001, 'x');
                 },
                 "title,rationale"}));

using ObjectiveCase = InvalidCase<ObjectiveFields>;
class ObjectiveInvalid : public ::testing::TestWithParam<ObjectiveCase> {};

TEST_P(ObjectiveInvalid, NamesTheField) {
  auto f = valid_objective();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

INSTANTIATE_TEST_SUITE_P(
    Cases, ObjectiveInvalid,
    ::testing::Values(
        ObjectiveCase{"blank title", [](ObjectiveFields& f) { f.title = " "; }, "title"},
        ObjectiveCase{"blank indicator", [](ObjectiveFields& f) { f.indicator = ""; }, "indicator"},
        ObjectiveCase{"indicator of 201 characters", [](ObjectiveFields& f) { f.indicator = std::string(201, 'i'); },
                      "indicator"},
        ObjectiveCase{"blank unit", [](ObjectiveFields& f) { f.unit = ""; }, "unit"},
        ObjectiveCase{"unit of 40 characters", [](ObjectiveFields& f) { f.unit = std::string(40, 'u'); }, ""},
        ObjectiveCase{"unit of 41 characters", [](ObjectiveFields& f) { f.unit = std::string(41, 'u'); }, "unit"},
        ObjectiveCase{"unit over two lines", [](ObjectiveFields& f) { f.unit = "per\nmonth"; }, "unit"},
        // A number that is not finite says so once; the direction check needs both numbers.
        ObjectiveCase{"baseline not a number", [](ObjectiveFields& f) { f.baseline = kNaN; }, "baseline"},
        ObjectiveCase{"target infinite", [](ObjectiveFields& f) { f.target = -kInfinity; }, "target"},
        ObjectiveCase{"numbers at the bound",
                      [](ObjectiveFields& f) {
                        f.baseline = 1e15;
                        f.target = -1e15;
                      },
                      ""},
        ObjectiveCase{"numbers beyond the bound",
                      [](ObjectiveFields& f) {
                        f.baseline = 2e15;
                        f.target = -2e15;
                      },
                      "baseline,target"},
        ObjectiveCase{"falling indicator with a higher target", [](ObjectiveFields& f) { f.target = 35; }, "target"},
        ObjectiveCase{"falling indicator with the same target", [](ObjectiveFields& f) { f.target = 30; },
                      "target"},
        ObjectiveCase{"rising indicator with a lower target",
                      [](ObjectiveFields& f) { f.direction = Direction::up; }, "target"},
        ObjectiveCase{"rising indicator with the same target",
                      [](ObjectiveFields& f) {
                        f.direction = Direction::up;
                        f.target = f.baseline;
                      },
                      "target"},
        ObjectiveCase{"rising indicator with a higher target",
                      [](ObjectiveFields& f) {
                        f.direction = Direction::up;
                        f.target = 31;
                      },
                      ""},
        ObjectiveCase{"target date on the start date", [](ObjectiveFields& f) { f.target_on = f.start_on; },
                      "target_on"},
        ObjectiveCase{"target date the day after the start",
                      [](ObjectiveFields& f) { f.target_on = f.start_on + days(1); }, ""},
        ObjectiveCase{"target date before the start", [](ObjectiveFields& f) { f.target_on = f.start_on - days(1); },
                      "target_on"},
        ObjectiveCase{"weight zero", [](ObjectiveFields& f) { f.weight = 0; }, "weight"},
        ObjectiveCase{"weight negative", [](ObjectiveFields& f) { f.weight = -1; }, "weight"},
        ObjectiveCase{"weight a small fraction", [](ObjectiveFields& f) { f.weight = 0.01; }, ""},
        ObjectiveCase{"weight 100", [](ObjectiveFields& f) { f.weight = 100; }, ""},
        ObjectiveCase{"weight over 100", [](ObjectiveFields& f) { f.weight = 100.5; }, "weight"},
        ObjectiveCase{"weight not a number", [](ObjectiveFields& f) { f.weight = kNaN; }, "weight"},
        ObjectiveCase{"everything at once",
                      [](ObjectiveFields& f) {
                        f.title = "";
                        f.indicator = "";
                        f.unit = "";
                        f.baseline = kNaN;
                        f.target = kInfinity;
                        f.target_on = f.start_on;
                        f.weight = 0;
                      },
                      "title,indicator,unit,baseline,target,target_on,weight"}));

TEST(PlanValidate, ObjectiveDirectionMessagesSayWhichWayTheIndicatorShouldMove) {
  auto f = valid_objective();
  f.target = 40;
  ASSERT_EQ(validate(f).size(), 1u);
  EXPECT_EQ(validate(f)[0].message, "The indicator should fall, so the target must be below the baseline.");
  f.direction = Direction::up;
  f.target = 10;
  ASSERT_EQ(validate(f).size(), 1u);
  EXPECT_EQ(validate(f)[0].message, "The indicator should rise, so the target must be above the baseline.");
}

using ActivityCase = InvalidCase<ActivityFields>;
class ActivityInvalid : public ::testing::TestWithParam<ActivityCase> {};

TEST_P(ActivityInvalid, NamesTheField) {
  auto f = valid_activity();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems);
}

std::vector<std::int64_t> ids(int n) {
  std::vector<std::int64_t> out;
  for (int i = 1; i <= n; ++i) out.push_back(i);
  return out;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ActivityInvalid,
    ::testing::Values(
        ActivityCase{"blank title", [](ActivityFields& f) { f.title = "\t"; }, "title"},
        ActivityCase{"title over two lines", [](ActivityFields& f) { f.title = "a\r\nb"; }, "title"},
        ActivityCase{"description too long", [](ActivityFields& f) { f.description = std::string(4001, 'd'); },
                     "description"},
        ActivityCase{"resources needed too long",
                     [](ActivityFields& f) { f.resources_needed = std::string(4001, 'r'); }, "resources_needed"},
        ActivityCase{"rationale with a control character", [](ActivityFields& f) { f.rationale = "a\x01"; },
                     "rationale"},
        ActivityCase{"expected outcome too long",
                     [](ActivityFields& f) { f.expected_outcome = std::string(4001, 'e'); }, "expected_outcome"},
        ActivityCase{"due before the start", [](ActivityFields& f) { f.due_on = *f.start_on - days(1); }, "due_on"},
        ActivityCase{"due on the start day", [](ActivityFields& f) { f.due_on = f.start_on; }, ""},
        ActivityCase{"due without a start", [](ActivityFields& f) { f.start_on.reset(); }, ""},
        ActivityCase{"start without a due date", [](ActivityFields& f) { f.due_on.reset(); }, ""},
        ActivityCase{"percent below 0", [](ActivityFields& f) { f.percent = -1; }, "percent"},
        ActivityCase{"percent 0", [](ActivityFields& f) { f.percent = 0; }, ""},
        ActivityCase{"percent 100", [](ActivityFields& f) { f.percent = 100; }, ""},
        ActivityCase{"percent over 100", [](ActivityFields& f) { f.percent = 101; }, "percent"},
        // Done normalises the percentage to 100, so a stray value cannot fail the check.
        ActivityCase{"done with any percent",
                     [](ActivityFields& f) {
                       f.status = ActivityStatus::done;
                       f.percent = 500;
                     },
                     ""},
        ActivityCase{"20 owners", [](ActivityFields& f) { f.owner_ids = ids(20); }, ""},
        ActivityCase{"21 owners", [](ActivityFields& f) { f.owner_ids = ids(21); }, "owner_ids"},
        ActivityCase{"21 owners of whom one is repeated",
                     [](ActivityFields& f) {
                       f.owner_ids = ids(20);
                       f.owner_ids.push_back(1);
                     },
                     ""},
        ActivityCase{"21 organisations", [](ActivityFields& f) { f.organization_ids = ids(21); },
                     "organization_ids"},
        ActivityCase{"several at once",
                     [](ActivityFields& f) {
                       f.title = "";
                       f.percent = 101;
                       f.due_on = *f.start_on - days(1);
                     },
                     "title,due_on,percent"}));

// ---- Moving activities -----------------------------------------------------------------------

// 1 ─ 2 ─ 3 ─ 4, and 5 on its own: parent_of(4) is 3, and so on.
std::optional<std::int64_t> chain_parent(std::int64_t id) {
  static const std::map<std::int64_t, std::int64_t> parents = {{2, 1}, {3, 2}, {4, 3}};
  const auto found = parents.find(id);
  if (found == parents.end()) return std::nullopt;
  return found->second;
}

TEST(WouldCreateCycle, UnderItselfOrItsDescendantsIsACycle) {
  EXPECT_TRUE(would_create_cycle(2, 2, chain_parent));
  EXPECT_TRUE(would_create_cycle(2, 3, chain_parent));
  EXPECT_TRUE(would_create_cycle(1, 4, chain_parent));
}

TEST(WouldCreateCycle, UnderAnAncestorOrAnUnrelatedActivityIsFine) {
  EXPECT_FALSE(would_create_cycle(4, 1, chain_parent));
  EXPECT_FALSE(would_create_cycle(3, 2, chain_parent));
  EXPECT_FALSE(would_create_cycle(5, 4, chain_parent));
  EXPECT_FALSE(would_create_cycle(4, 5, chain_parent));
}

TEST(WouldCreateCycle, StopsOnALoopAlreadyInTheData) {
  // 2 and 3 are each other's parent (damaged data); moving 1 under 2 must still end.
  const auto looped = [](std::int64_t id) -> std::optional<std::int64_t> { return id == 2 ? 3 : 2; };
  EXPECT_FALSE(would_create_cycle(1, 2, looped));
}

}  // namespace
}  // namespace cg
