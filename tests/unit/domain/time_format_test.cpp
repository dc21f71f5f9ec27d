#include "domain/time_format.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(TimeFormat, UtcWithMilliseconds) {
  using namespace std::chrono;
  const auto t = sys_days{year{2026} / January / 31} + hours{9} + minutes{5} + milliseconds{7};
  EXPECT_EQ(format_utc(t), "2026-01-31T09:05:00.007Z");
  EXPECT_EQ(format_utc(sys_days{year{1999} / December / 31} + hours{23} + minutes{59} + seconds{59} +
                       milliseconds{999}),
            "1999-12-31T23:59:59.999Z");
}

TEST(TimeFormat, ParsesWhatItFormatsAndRefusesAnythingElse) {
  const auto t = *parse_utc("2026-02-28T23:59:59.999Z");
  EXPECT_EQ(format_utc(t), "2026-02-28T23:59:59.999Z");
  EXPECT_EQ(parse_utc("2026-02-30T00:00:00.000Z"), std::nullopt);
  EXPECT_EQ(parse_utc("2026-02-28 23:59:59"), std::nullopt);
  EXPECT_EQ(parse_utc("2026-02-28T24:00:00.000Z"), std::nullopt);
}


TEST(TimeFormat, DatesRoundTrip) {
  using namespace std::chrono;
  EXPECT_EQ(format_date(sys_days{year{2026} / January / 5}), "2026-01-05");
  EXPECT_EQ(format_date(sys_days{year{1999} / December / 31}), "1999-12-31");
  EXPECT_EQ(format_date(sys_days{year{1969} / July / 20}), "1969-07-20");
  EXPECT_EQ(parse_date("2026-01-05"), sys_days{year{2026} / January / 5});
  for (auto text : {"2026-01-01", "2026-12-31", "1970-01-01", "1969-12-31", "2000-02-29", "0999-03-04"}) {
    const auto day = parse_date(text);
    ASSERT_TRUE(day.has_value()) << text;
    EXPECT_EQ(format_date(*day), text);
  }
  // Every day of a leap year survives format then parse.
  for (auto day = sys_days{year{2024} / January / 1}; day < sys_days{year{2025} / January / 1}; day += days{1}) {
    EXPECT_EQ(parse_date(format_date(day)), day) << format_date(day);
  }
}

TEST(TimeFormat, RefusesAnythingButARealYyyyMmDd) {
  for (auto text : {"2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "2026-1-01",
                    "2026-01-1", "26-01-01", "", "2026-01-01 ", " 2026-01-01", "2026-01-01T00:00:00.000Z",
                    "2026-01-011", "2026/01/01", "2026-01-0a", "+026-01-01", "2026-+1-01", "2026--1-01"}) {
    EXPECT_EQ(parse_date(text), std::nullopt) << '"' << text << '"';
  }
}

TEST(TimeFormat, LeapDays) {
  using namespace std::chrono;
  EXPECT_EQ(parse_date("2024-02-29"), sys_days{year{2024} / February / 29});
  EXPECT_EQ(parse_date("2025-02-29"), std::nullopt);
  EXPECT_EQ(parse_date("2000-02-29"), sys_days{year{2000} / February / 29});
  EXPECT_EQ(parse_date("1900-02-29"), std::nullopt);
}

TEST(TimeFormat, UtcDayIsTheCalendarDayOfTheMoment) {
  using namespace std::chrono;
  const auto last_ms = *parse_utc("2026-03-14T23:59:59.999Z");
  EXPECT_EQ(utc_day(last_ms), sys_days{year{2026} / March / 14});
  EXPECT_EQ(format_date(utc_day(last_ms)), "2026-03-14");
  EXPECT_EQ(utc_day(last_ms + milliseconds{1}), sys_days{year{2026} / March / 15});
  EXPECT_EQ(utc_day(*parse_utc("2026-03-15T00:00:00.000Z")), sys_days{year{2026} / March / 15});
  // Before the epoch the day is floored, not truncated towards 1970.
  EXPECT_EQ(format_date(utc_day(*parse_utc("1969-12-31T23:59:59.999Z"))), "1969-12-31");
}

}  // namespace
}  // namespace cg
