#include "domain/zoned_time.h"

#include <gtest/gtest.h>

#include "domain/time_format.h"

namespace cg {
namespace {

using namespace std::chrono;

std::string utc(const char* day, const char* clock, const char* zone) {
  return format_utc(to_utc({*parse_date(day), *parse_clock(clock)}, zone));
}

TEST(ZonedTime, WallClockToUtcInWinterAndSummer) {
  EXPECT_EQ(utc("2026-01-15", "18:00", "America/Chicago"), "2026-01-16T00:00:00.000Z");
  EXPECT_EQ(utc("2026-07-01", "18:00", "America/Chicago"), "2026-07-01T23:00:00.000Z");
  EXPECT_EQ(utc("2026-07-01", "18:00", "UTC"), "2026-07-01T18:00:00.000Z");
  EXPECT_EQ(utc("2026-07-01", "09:30", "Asia/Kolkata"), "2026-07-01T04:00:00.000Z");
}

TEST(ZonedTime, AWeeklyMeetingKeepsItsLocalTimeAcrossTheChange) {
  // Daylight saving time starts in the US on 8 March 2026.
  EXPECT_EQ(utc("2026-03-03", "18:00", "America/Chicago"), "2026-03-04T00:00:00.000Z");
  EXPECT_EQ(utc("2026-03-10", "18:00", "America/Chicago"), "2026-03-10T23:00:00.000Z");
}

TEST(ZonedTime, ATimeSkippedByTheChangeIsReadWithTheOffsetBefore) {
  // 02:30 on 8 March 2026 never happens in Chicago: read as CST it is 03:30 CDT.
  EXPECT_EQ(utc("2026-03-08", "02:30", "America/Chicago"), "2026-03-08T08:30:00.000Z");
  const auto local = to_local(to_utc({*parse_date("2026-03-08"), 150}, "America/Chicago"), "America/Chicago");
  EXPECT_EQ(format_clock(local.minute), "03:30");
}

TEST(ZonedTime, ATimeThatHappensTwiceIsTheFirst) {
  // 01:30 on 1 November 2026 happens in CDT and again in CST; CDT comes first.
  EXPECT_EQ(utc("2026-11-01", "01:30", "America/Chicago"), "2026-11-01T06:30:00.000Z");
}

TEST(ZonedTime, UtcBackToTheWallClock) {
  const auto local = to_local(sys_seconds{sys_days{*parse_date("2026-01-16")}}, "America/Chicago");
  EXPECT_EQ(format_date(local.day), "2026-01-15");
  EXPECT_EQ(local.minute, 18 * 60);
}

TEST(ZonedTime, OnlyRealZonesAreKnown) {
  EXPECT_TRUE(is_known_time_zone("America/Chicago"));
  EXPECT_TRUE(is_known_time_zone("UTC"));
  EXPECT_FALSE(is_known_time_zone("Mars/Olympus_Mons"));
  EXPECT_FALSE(is_known_time_zone(""));
  EXPECT_FALSE(is_known_time_zone("../../etc/passwd"));
}

TEST(ZonedTime, ClockTextBothWays) {
  EXPECT_EQ(parse_clock("18:30"), 18 * 60 + 30);
  EXPECT_EQ(parse_clock("00:00"), 0);
  EXPECT_EQ(format_clock(18 * 60 + 5), "18:05");
  for (const char* bad : {"24:00", "18:60", "6:30", "18.30", "", "18:30:00", "ab:cd"}) {
    EXPECT_EQ(parse_clock(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace cg
