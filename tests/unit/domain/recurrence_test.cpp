#include "domain/recurrence.h"

#include <gtest/gtest.h>

#include "domain/time_format.h"

namespace cg {
namespace {

using namespace std::chrono;

Day day(const char* text) { return *parse_date(text); }

// The dates as text, so an expectation reads like a calendar.
std::vector<std::string> dates(const std::vector<Day>& days) {
  std::vector<std::string> out;
  for (auto d : days) out.push_back(format_date(d));
  return out;
}

std::vector<std::string> all(const char* first, const Recurrence& rule) {
  return dates(occurrences(day(first), rule, day(first), day(first) + days(366 * 20)));
}

Recurrence weekly(int interval = 1) {
  Recurrence r;
  r.interval = interval;
  return r;
}

Recurrence monthly(int interval = 1) {
  Recurrence r;
  r.kind = RepeatKind::monthly_weekday;
  r.interval = interval;
  return r;
}

TEST(Recurrence, WeeklyForACountOfMeetings) {
  auto rule = weekly();
  rule.count = 4;
  EXPECT_EQ(all("2026-01-06", rule), (std::vector<std::string>{"2026-01-06", "2026-01-13", "2026-01-20", "2026-01-27"}));
}

TEST(Recurrence, EveryTwoWeeksUntilADateThatIsIncluded) {
  auto rule = weekly(2);
  rule.until = day("2026-02-17");
  EXPECT_EQ(all("2026-01-06", rule), (std::vector<std::string>{"2026-01-06", "2026-01-20", "2026-02-03", "2026-02-17"}));
}

TEST(Recurrence, AWindowLaterInAnEndlessSeries) {
  EXPECT_EQ(dates(occurrences(day("2026-01-06"), weekly(), day("2026-03-01"), day("2026-03-20"))),
            (std::vector<std::string>{"2026-03-03", "2026-03-10", "2026-03-17"}));
}

TEST(Recurrence, TheCountStartsAtTheFirstMeetingNotAtTheWindow) {
  auto rule = weekly();
  rule.count = 3;  // 6, 13 and 20 January
  EXPECT_EQ(dates(occurrences(day("2026-01-06"), rule, day("2026-01-15"), day("2026-12-31"))),
            (std::vector<std::string>{"2026-01-20"}));
}

TEST(Recurrence, MonthlyOnTheThirdTuesday) {
  auto rule = monthly();
  rule.count = 4;
  EXPECT_EQ(week_of_month(day("2026-01-20")), 3);
  EXPECT_EQ(all("2026-01-20", rule), (std::vector<std::string>{"2026-01-20", "2026-02-17", "2026-03-17", "2026-04-21"}));
}

TEST(Recurrence, AFifthWeekdayRepeatsOnTheLastOne) {
  // 29 January 2026 is the fifth Thursday; February and March have only four.
  auto rule = monthly();
  rule.count = 4;
  EXPECT_EQ(week_of_month(day("2026-01-29")), 5);
  EXPECT_EQ(all("2026-01-29", rule), (std::vector<std::string>{"2026-01-29", "2026-02-26", "2026-03-26", "2026-04-30"}));
}

TEST(Recurrence, TheLastWeekdayCanBeChosenWhenItIsAlsoTheFourth) {
  // 26 February 2026 is both the fourth and the last Thursday. April has five Thursdays.
  auto fourth = monthly();
  fourth.count = 3;
  EXPECT_EQ(all("2026-02-26", fourth), (std::vector<std::string>{"2026-02-26", "2026-03-26", "2026-04-23"}));
  auto last = fourth;
  last.last_weekday = true;
  EXPECT_TRUE(validate(last, day("2026-02-26")).empty());
  EXPECT_EQ(all("2026-02-26", last), (std::vector<std::string>{"2026-02-26", "2026-03-26", "2026-04-30"}));
}

TEST(Recurrence, EveryOtherMonthSeenThroughAWindow) {
  EXPECT_EQ(dates(occurrences(day("2026-01-20"), monthly(2), day("2026-05-01"), day("2026-09-30"))),
            (std::vector<std::string>{"2026-05-19", "2026-07-21", "2026-09-15"}));
}

TEST(Recurrence, NothingBeforeTheFirstMeetingOrAfterTheEnd) {
  auto rule = weekly();
  rule.until = day("2026-01-31");
  EXPECT_TRUE(occurrences(day("2026-01-06"), rule, day("2025-12-01"), day("2026-01-05")).empty());
  EXPECT_TRUE(occurrences(day("2026-01-06"), rule, day("2026-02-01"), day("2026-03-01")).empty());
}

// The fields with problems, comma-separated.
std::string problems(const Recurrence& rule, const char* first) {
  std::string out;
  for (const auto& e : validate(rule, day(first))) {
    if (!out.empty()) out += ',';
    out += e.field;
  }
  return out;
}

TEST(Recurrence, BadRulesNameTheField) {
  EXPECT_EQ(problems(weekly(0), "2026-01-06"), "recurrence.interval");
  EXPECT_EQ(problems(weekly(13), "2026-01-06"), "recurrence.interval");
  auto both = weekly();
  both.until = day("2026-03-01");
  both.count = 3;
  EXPECT_EQ(problems(both, "2026-01-06"), "recurrence.count");
  auto backwards = weekly();
  backwards.until = day("2026-01-05");
  EXPECT_EQ(problems(backwards, "2026-01-06"), "recurrence.until");
  auto endless = weekly();
  endless.until = day("2040-01-01");
  EXPECT_EQ(problems(endless, "2026-01-06"), "recurrence.until");
  auto none = weekly();
  none.count = 0;
  EXPECT_EQ(problems(none, "2026-01-06"), "recurrence.count");
  none.count = kRecurrenceCountMax + 1;
  EXPECT_EQ(problems(none, "2026-01-06"), "recurrence.count");
  auto not_last = monthly();
  not_last.last_weekday = true;
  EXPECT_EQ(problems(not_last, "2026-01-20"), "recurrence.last_weekday") << "the 20th is not in the last week";
  auto weekly_last = weekly();
  weekly_last.last_weekday = true;
  EXPECT_EQ(problems(weekly_last, "2026-02-26"), "recurrence.last_weekday");
}

TEST(Recurrence, KindsHaveKeys) {
  EXPECT_EQ(to_key(RepeatKind::monthly_weekday), "monthly_weekday");
  EXPECT_EQ(repeat_kind_from_key("weekly"), RepeatKind::weekly);
  EXPECT_EQ(repeat_kind_from_key("daily"), std::nullopt);
}

}  // namespace
}  // namespace cg
