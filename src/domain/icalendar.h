// Writing iCalendar (RFC 5545) feeds that calendar apps subscribe to: a plan's due dates (all-day
// and UTC-timed events) and meetings (wall-clock times in their own zone, with the zone's
// VTIMEZONE, series as one event with an RRULE, cancelled occurrences as EXDATEs and moved ones as
// events with a RECURRENCE-ID). Published, never a request to reply.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/recurrence.h"
#include "domain/zoned_time.h"

namespace cg::ical {

using Time = std::chrono::system_clock::time_point;

// A whole day: DTSTART;VALUE=DATE, and DTEND the next day (DTEND is exclusive).
struct AllDay {
  std::chrono::sys_days date{};
};

// A span of time, written in UTC (20260301T090000Z) so no time-zone data is needed. Sub-second
// parts are dropped.
struct Timed {
  Time start{};
  Time end{};
};

// A wall-clock span in an IANA zone (DTSTART;TZID=America/Chicago:20270302T180000): it stays at
// 18:00 through daylight saving changes. The calendar carries the zone's VTIMEZONE.
struct Zoned {
  LocalTime start;
  LocalTime end;
  std::string zone;
};

using When = std::variant<AllDay, Timed, Zoned>;

enum class EventStatus { tentative, confirmed, cancelled };

struct Event {
  std::string uid;  // stable and globally unique, e.g. "plan-activity-11@agency.example"
  std::string summary;
  std::optional<std::string> description;
  std::optional<std::string> url;  // a web link, written as it is
  std::optional<std::string> location;
  When when;
  Time dtstamp{};  // when this version of the event was last changed
  std::optional<EventStatus> status;
  // Series (Zoned events only; times in the event's zone):
  std::optional<std::string> rrule;        // "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270430T235959Z"
  std::vector<LocalTime> exdates;          // occurrences left out (cancelled)
  std::optional<LocalTime> recurrence_id;  // replaces this occurrence of the series with the same UID
};

struct Calendar {
  std::string name;  // X-WR-CALNAME, the name calendar apps show for the subscription
  std::vector<Event> events;
};

// The RRULE value for a meeting series that starts on `first` and has its last occurrence at
// `until` (UTC, as RFC 5545 wants for a zoned start), or runs on when there is none.
std::string rrule(const Recurrence& rule, std::chrono::sys_days first, std::optional<Time> until);

// The whole VCALENDAR: CRLF line ends, lines folded at 75 octets.
std::string render(const Calendar& calendar);

// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters,
// which TEXT cannot hold, dropped. Tabs stay.
std::string escape_text(std::string_view text);

// One content line, folded so no line is longer than 75 octets without splitting a UTF-8
// character (each continuation line starts with a space), ending in CRLF.
std::string fold(std::string_view line);

}  // namespace cg::ical
