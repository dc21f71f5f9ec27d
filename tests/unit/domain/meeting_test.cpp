#include "domain/meeting.h"

#include <gtest/gtest.h>

#include "domain/time_format.h"

namespace cg {
namespace {

using namespace std::chrono;

LocalTime at(const char* day, const char* clock) { return {*parse_date(day), *parse_clock(clock)}; }

MeetingFields valid_meeting() {
  MeetingFields f;
  f.title = "  Eastside beat meeting ";
  f.kind = MeetingKind::regular;
  f.starts = at("2026-03-03", "18:00");
  f.ends = at("2026-03-03", "19:30");
  f.time_zone = "America/Chicago";
  f.place = "Eastside library, room 2";
  f.online_link = "https://meet.example.org/eastside";
  return f;
}

std::string problems(const MeetingFields& fields) {
  std::string out;
  for (const auto& e : validate(normalized(fields))) {
    if (!out.empty()) out += ',';
    out += e.field;
  }
  return out;
}

TEST(Meeting, AValidMeetingIsTrimmed) {
  EXPECT_EQ(problems(valid_meeting()), "");
  EXPECT_EQ(normalized(valid_meeting()).title, "Eastside beat meeting");
}

TEST(Meeting, ItMustEndAfterItStarts) {
  auto f = valid_meeting();
  f.ends = at("2026-03-03", "17:00");
  EXPECT_EQ(problems(f), "ends");
  f.ends = f.starts;
  EXPECT_EQ(problems(f), "ends");
  f.ends = at("2026-03-04", "01:00");
  EXPECT_EQ(problems(f), "") << "past midnight is fine";
  f.ends = at("2026-03-04", "18:01");
  EXPECT_EQ(problems(f), "ends") << "more than a day";
}

TEST(Meeting, LengthIsRealTimeOnTheNightTheClocksChange) {
  // 01:00 to 03:30 on 8 March 2026 in Chicago is 1 h 30 of real time (02:00 to 03:00 is skipped).
  auto f = valid_meeting();
  f.starts = at("2026-03-08", "01:00");
  f.ends = at("2026-03-08", "03:30");
  EXPECT_EQ(problems(f), "");
  EXPECT_EQ(to_utc(f.ends, f.time_zone) - to_utc(f.starts, f.time_zone), minutes(90));
  // 02:10 to 02:50 does not exist: both read as CST, 40 minutes, still after one another.
  f.starts = at("2026-03-08", "02:10");
  f.ends = at("2026-03-08", "02:50");
  EXPECT_EQ(problems(f), "");
}

TEST(Meeting, BadFieldsAreNamed) {
  auto f = valid_meeting();
  f.title = " ";
  f.time_zone = "Central";
  f.online_link = "javascript:alert(1)";
  f.starts.minute = 1440;
  EXPECT_EQ(problems(f), "title,online_link,starts,time_zone");
}

TEST(Meeting, OnlyPublicMeetingsHaveACapacity) {
  auto f = valid_meeting();
  f.capacity = 80;
  EXPECT_EQ(problems(f), "capacity");
  f.visibility = MeetingVisibility::everyone;
  EXPECT_EQ(problems(f), "");
  f.capacity = 0;
  EXPECT_EQ(problems(f), "capacity");
}

TEST(Meeting, TheRecurrenceIsCheckedFromTheFirstDate) {
  auto f = valid_meeting();
  Recurrence r;
  r.until = *parse_date("2026-03-01");
  f.recurrence = r;
  EXPECT_EQ(problems(f), "recurrence.until");
}

TEST(Meeting, RsvpIsRefusedForCancelledStartedAndFullMeetings) {
  const auto starts = sys_seconds{sys_days{*parse_date("2026-03-04")}};
  const auto before = starts - hours(1);
  EXPECT_EQ(rsvp_refusal(MeetingStatus::scheduled, starts, before, RsvpAnswer::yes, std::nullopt, 500), std::nullopt);
  EXPECT_NE(rsvp_refusal(MeetingStatus::cancelled, starts, before, RsvpAnswer::no, std::nullopt, 0), std::nullopt);
  EXPECT_NE(rsvp_refusal(MeetingStatus::scheduled, starts, starts, RsvpAnswer::no, std::nullopt, 0), std::nullopt);
  EXPECT_NE(rsvp_refusal(MeetingStatus::scheduled, starts, before, RsvpAnswer::yes, 40, 40), std::nullopt);
  EXPECT_EQ(rsvp_refusal(MeetingStatus::scheduled, starts, before, RsvpAnswer::yes, 40, 39), std::nullopt);
  EXPECT_EQ(rsvp_refusal(MeetingStatus::scheduled, starts, before, RsvpAnswer::maybe, 40, 40), std::nullopt)
      << "a full meeting still takes maybe and no";
}

TEST(Meeting, AttendanceOnceStartedAndNotCancelled) {
  const auto starts = sys_seconds{sys_days{*parse_date("2026-03-04")}};
  EXPECT_NE(attendance_refusal(MeetingStatus::scheduled, starts, starts - minutes(1)), std::nullopt);
  EXPECT_EQ(attendance_refusal(MeetingStatus::scheduled, starts, starts), std::nullopt);
  EXPECT_NE(attendance_refusal(MeetingStatus::cancelled, starts, starts + hours(2)), std::nullopt);
}

TEST(Meeting, KeysBothWays) {
  EXPECT_EQ(to_key(MeetingKind::public_meeting), "public");
  EXPECT_EQ(meeting_kind_from_key("town_hall"), MeetingKind::town_hall);
  EXPECT_EQ(meeting_visibility_from_key("public"), MeetingVisibility::everyone);
  EXPECT_EQ(attendance_from_key("excused"), Attendance::excused);
  EXPECT_EQ(rsvp_answer_from_key("maybe"), RsvpAnswer::maybe);
  EXPECT_EQ(rsvp_answer_from_key("YES"), std::nullopt);
  EXPECT_EQ(to_key(MeetingStatus::cancelled), "cancelled");
}

}  // namespace
}  // namespace cg
