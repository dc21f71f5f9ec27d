#include "domain/icalendar.h"

#include <gtest/gtest.h>

#include <random>
#include <tuple>
#include <utility>

namespace cg::ical {
namespace {

using namespace std::chrono;

sys_days date(int y, unsigned m, unsigned d) { return year_month_day{year{y}, month{m}, day{d}}; }

Time at(int y, unsigned m, unsigned d, int hour, int minute, int second = 0) {
  return date(y, m, d) + hours(hour) + minutes(minute) + seconds(second);
}

// The physical lines of `text`, which must each end in CRLF.
std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < text.size()) {
    const auto end = text.find("\r\n", from);
    EXPECT_NE(end, std::string::npos) << "no CRLF after: " << text.substr(from);
    if (end == std::string::npos) break;
    out.push_back(text.substr(from, end - from));
    from = end + 2;
  }
  return out;
}

// Undoes folding: a CRLF followed by a space joins two physical lines.
std::string unfolded(std::string text) {
  for (auto at = text.find("\r\n "); at != std::string::npos; at = text.find("\r\n ", at)) text.erase(at, 3);
  return text;
}

Event all_day_event() {
  Event e;
  e.uid = "plan-activity-11@riverton.example";
  e.summary = "Due: Door-to-door lock check";
  e.when = AllDay{date(2026, 3, 15)};
  e.dtstamp = at(2026, 3, 1, 9, 5, 30);
  return e;
}

// ---- Text values -----------------------------------------------------------------------------

TEST(IcalEscapeText, EscapesWhatTextMustAndDropsControls) {
  struct Case {
    std::string text;
    std::string escaped;
  };
  for (const auto& c : {
           Case{"plain words: \"quoted\"", "plain words: \"quoted\""},
           Case{"a,b;c\\d", "a\\,b\\;c\\\\d"},
           Case{"one\ntwo", "one\\ntwo"},
           Case{"one\r\ntwo", "one\\ntwo"},  // CRLF is one line break
           Case{"one\rtwo", "one\\ntwo"},
           Case{"one\n\ntwo", "one\\n\\ntwo"},
           Case{"tab\tstays", "tab\tstays"},
           Case{"bell\a and nul\x7F gone", "bell and nul gone"},
           Case{"Café, €5", "Café\\, €5"},
           Case{"", ""},
       }) {
    EXPECT_EQ(escape_text(c.text), c.escaped) << c.text;
  }
}

// ---- Folding ---------------------------------------------------------------------------------

TEST(IcalFold, ShortLinesOnlyGetTheirCrlf) {
  EXPECT_EQ(fold(""), "\r\n");
  EXPECT_EQ(fold("SUMMARY:x"), "SUMMARY:x\r\n");
  const std::string exactly(75, 'x');
  EXPECT_EQ(fold(exactly), exactly + "\r\n");
}

TEST(IcalFold, LongLinesContinueAfterASpace) {
  // 75 octets, then 74 per continuation line because the space counts.
  EXPECT_EQ(fold(std::string(76, 'x')), std::string(75, 'x') + "\r\n x\r\n");
  EXPECT_EQ(fold(std::string(75 + 74, 'x')), std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n");
  EXPECT_EQ(fold(std::string(75 + 74 + 1, 'x')),
            std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n x\r\n");
}

TEST(IcalFold, NeverSplitsAUtf8Character) {
  // "é" is 2 octets at 74..75: the first line stops before it, at 74 octets.
  EXPECT_EQ(fold(std::string(74, 'a') + "é"), std::string(74, 'a') + "\r\n é\r\n");
  // "€" is 3 octets at 73..75.
  EXPECT_EQ(fold(std::string(73, 'a') + "€b"), std::string(73, 'a') + "\r\n €b\r\n");
  // "😀" is 4 octets at 72..75.
  EXPECT_EQ(fold(std::string(72, 'a') + "😀"), std::string(72, 'a') + "\r\n 😀\r\n");
  // Ending exactly at octet 75 needs no backing up.
  EXPECT_EQ(fold(std::string(71, 'a') + "😀b"), std::string(71, 'a') + "😀\r\n b\r\n");
}

TEST(IcalFold, RandomLinesFitAndUnfoldToThemselves) {
  static const std::vector<std::string> pieces = {"a", " ", ",", "é", "€", "😀", "日本"};
  std::mt19937 random(5545);
  std::uniform_int_distribution<std::size_t> length(0, 200);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 300; ++round) {
    std::string line;
    for (std::size_t n = length(random); n > 0; --n) line += pieces[pick(random)];
    const auto folded = fold(line);
    const auto lines = physical_lines(folded);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      EXPECT_LE(lines[i].size(), 75u) << line;
      if (i > 0) {
        ASSERT_GE(lines[i].size(), 2u) << line;  // the space and at least one octet
        EXPECT_EQ(lines[i][0], ' ');
        EXPECT_NE(static_cast<unsigned char>(lines[i][1]) & 0xC0, 0x80) << "split character in " << line;
      }
    }
    EXPECT_EQ(unfolded(folded), line + "\r\n");
  }
}

// ---- Rendering -------------------------------------------------------------------------------

TEST(IcalRender, EmptyCalendar) {
  Calendar calendar;
  calendar.name = "Eastside Safety Table";
  EXPECT_EQ(render(calendar),
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//CommonGround//Plan//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "METHOD:PUBLISH\r\n"
            "X-WR-CALNAME:Eastside Safety Table\r\n"
            "END:VCALENDAR\r\n");
}

TEST(IcalRender, SmallCalendarExactly) {
  Calendar calendar;
  calendar.name = "Eastside Safety Table, plan";

  auto due = all_day_event();
  due.description = "Volunteers; officers\nBring flyers, locks";
  due.url = "https://riverton.example/plan?activities=11,12;view=list";
  calendar.events.push_back(due);

  Event review;
  review.uid = "plan-review-3@riverton.example";
  review.summary = "Plan review";
  review.when = Timed{at(2026, 4, 2, 17, 0), at(2026, 4, 2, 18, 30)};
  review.dtstamp = at(2026, 3, 1, 9, 5, 30) + milliseconds(750);  // sub-seconds are dropped
  review.status = EventStatus::cancelled;
  calendar.events.push_back(review);

  EXPECT_EQ(render(calendar),
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//CommonGround//Plan//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "METHOD:PUBLISH\r\n"
            "X-WR-CALNAME:Eastside Safety Table\\, plan\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:plan-activity-11@riverton.example\r\n"
            "DTSTAMP:20260301T090530Z\r\n"
            "DTSTART;VALUE=DATE:20260315\r\n"
            "DTEND;VALUE=DATE:20260316\r\n"
            "SUMMARY:Due: Door-to-door lock check\r\n"
            "DESCRIPTION:Volunteers\\; officers\\nBring flyers\\, locks\r\n"
            "URL:https://riverton.example/plan?activities=11,12;view=list\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:plan-review-3@riverton.example\r\n"
            "DTSTAMP:20260301T090530Z\r\n"
            "DTSTART:20260402T170000Z\r\n"
            "DTEND:20260402T183000Z\r\n"
            "SUMMARY:Plan review\r\n"
            "STATUS:CANCELLED\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n");
}

TEST(IcalRender, AllDayEndsTheNextDayAcrossMonthsAndYears) {
  for (const auto& [day, start, end] : {
           std::tuple{date(2026, 12, 31), "20261231", "20270101"},
           std::tuple{date(2028, 2, 28), "20280228", "20280229"},  // a leap year
           std::tuple{date(2026, 2, 28), "20260228", "20260301"},
       }) {
    auto e = all_day_event();
    e.when = AllDay{day};
    Calendar calendar;
    calendar.events = {e};
    const auto text = render(calendar);
    EXPECT_NE(text.find(std::string("\r\nDTSTART;VALUE=DATE:") + start + "\r\n"), std::string::npos) << start;
    EXPECT_NE(text.find(std::string("\r\nDTEND;VALUE=DATE:") + end + "\r\n"), std::string::npos) << end;
  }
}

TEST(IcalRender, TimedEventsAreUtcToTheSecond) {
  auto e = all_day_event();
  e.when = Timed{at(2026, 1, 1, 0, 0) - seconds(1) + microseconds(999999), at(2026, 1, 1, 0, 0)};
  Calendar calendar;
  calendar.events = {e};
  const auto text = render(calendar);
  EXPECT_NE(text.find("\r\nDTSTART:20251231T235959Z\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nDTEND:20260101T000000Z\r\n"), std::string::npos);
}

TEST(IcalRender, StatusValues) {
  for (const auto& [status, value] : {std::pair{EventStatus::tentative, "TENTATIVE"},
                                      std::pair{EventStatus::confirmed, "CONFIRMED"},
                                      std::pair{EventStatus::cancelled, "CANCELLED"}}) {
    auto e = all_day_event();
    e.status = status;
    Calendar calendar;
    calendar.events = {e};
    EXPECT_NE(render(calendar).find(std::string("\r\nSTATUS:") + value + "\r\n"), std::string::npos) << value;
  }
  Calendar calendar;
  calendar.events = {all_day_event()};
  EXPECT_EQ(render(calendar).find("STATUS"), std::string::npos);
}

TEST(IcalRender, LongTextIsFoldedAndControlsCannotInjectProperties) {
  auto e = all_day_event();
  e.summary = "Review: ";
  for (int i = 0; i < 20; ++i) e.summary += "Café, école; ";
  e.description = "first line\r\nATTENDEE:mailto:someone@example.org";
  e.url = "https://riverton.example/x\r\nATTACH:https://evil.example";
  Calendar calendar;
  calendar.events = {e};
  const auto text = render(calendar);
  for (const auto& line : physical_lines(text)) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_FALSE(line.starts_with("ATTENDEE") || line.starts_with("ATTACH")) << line;
  }
  const auto logical = unfolded(text);
  std::string summary = "SUMMARY:Review: ";
  for (int i = 0; i < 20; ++i) summary += "Café\\, école\\; ";
  EXPECT_NE(logical.find("\r\n" + summary + "\r\n"), std::string::npos);
  EXPECT_NE(logical.find("\r\nDESCRIPTION:first line\\nATTENDEE:mailto:someone@example.org\r\n"), std::string::npos);
  EXPECT_NE(logical.find("\r\nURL:https://riverton.example/xATTACH:https://evil.example\r\n"), std::string::npos);
}

}  // namespace
}  // namespace cg::ical

namespace cg::ical {
namespace {

TEST(IcalRender, ASeriesInItsZoneWithExdatesAMoveAndTheZonesRules) {
  using namespace std::chrono;
  Event series;
  series.uid = "meeting-series-3@commonground";
  series.summary = "Beat meeting";
  series.when = Zoned{{sys_days{2027y / 3 / 2}, 18 * 60}, {sys_days{2027y / 3 / 2}, 19 * 60 + 30}, "America/Chicago"};
  series.dtstamp = sys_days{2027y / 1 / 5};
  series.rrule = rrule({RepeatKind::weekly, 2, false, std::nullopt, std::nullopt}, sys_days{2027y / 3 / 2},
                       sys_days{2027y / 4 / 14} + hours(4) + minutes(59) + seconds(59));
  series.exdates = {{sys_days{2027y / 3 / 16}, 18 * 60}};
  Event moved = series;
  moved.rrule.reset();
  moved.exdates.clear();
  moved.recurrence_id = LocalTime{sys_days{2027y / 3 / 30}, 18 * 60};
  moved.when = Zoned{{sys_days{2027y / 3 / 31}, 17 * 60}, {sys_days{2027y / 3 / 31}, 18 * 60}, "America/Chicago"};
  Calendar calendar;
  calendar.events = {series, moved};
  const auto text = render(calendar);
  for (const auto* line : {"\r\nDTSTART;TZID=America/Chicago:20270302T180000\r\n",
                           "\r\nDTEND;TZID=America/Chicago:20270302T193000\r\n",
                           "\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270414T045959Z\r\n",
                           "\r\nEXDATE;TZID=America/Chicago:20270316T180000\r\n",
                           "\r\nRECURRENCE-ID;TZID=America/Chicago:20270330T180000\r\n",
                           "\r\nDTSTART;TZID=America/Chicago:20270331T170000\r\n",
                           // Central time since 1 November (2 am daylight time), and daylight time from 2 am on 14 March.
                           "\r\nBEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\n"
                           "TZNAME:CST\r\nEND:STANDARD\r\n",
                           "\r\nBEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\n"
                           "TZNAME:CDT\r\nEND:DAYLIGHT\r\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
  }
  EXPECT_EQ(text.find("BEGIN:VTIMEZONE"), text.rfind("BEGIN:VTIMEZONE")) << "one VTIMEZONE per zone";
  EXPECT_LT(text.find("END:VTIMEZONE"), text.find("BEGIN:VEVENT")) << "zones come first";
}

TEST(IcalRrule, MonthlyByNthOrLastWeekday) {
  using namespace std::chrono;
  const Recurrence monthly{RepeatKind::monthly_weekday, 1, false, std::nullopt, std::nullopt};
  EXPECT_EQ(rrule(monthly, sys_days{2027y / 1 / 19}, std::nullopt), "FREQ=MONTHLY;BYDAY=3TU");
  EXPECT_EQ(rrule(monthly, sys_days{2027y / 3 / 30}, std::nullopt), "FREQ=MONTHLY;BYDAY=-1TU") << "a fifth is the last";
  auto last = monthly;
  last.last_weekday = true;
  last.interval = 3;
  EXPECT_EQ(rrule(last, sys_days{2027y / 1 / 28}, std::nullopt), "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH");
  EXPECT_EQ(rrule({RepeatKind::weekly, 1, false, std::nullopt, 4}, sys_days{2027y / 1 / 5}, std::nullopt), "FREQ=WEEKLY");
}

}  // namespace
}  // namespace cg::ical
