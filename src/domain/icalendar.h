// Writing iCalendar (RFC 5545) feeds that calendar apps subscribe to, e.g. a plan's due dates.
// Only what the feeds need so far: all-day and UTC-timed events, published, never a request to
// reply. Recurring meetings and local times fit in later as another kind of `When` (a zoned
// start with its VTIMEZONE) and a recurrence rule on Event.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

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

using When = std::variant<AllDay, Timed>;

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
};

struct Calendar {
  std::string name;  // X-WR-CALNAME, the name calendar apps show for the subscription
  std::vector<Event> events;
};

// The whole VCALENDAR: CRLF line ends, lines folded at 75 octets.
std::string render(const Calendar& calendar);

// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters,
// which TEXT cannot hold, dropped. Tabs stay.
std::string escape_text(std::string_view text);

// One content line, folded so no line is longer than 75 octets without splitting a UTF-8
// character (each continuation line starts with a space), ending in CRLF.
std::string fold(std::string_view line);

}  // namespace cg::ical
