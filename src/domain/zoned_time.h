// Meeting times are written as a date and time in the meeting's own time zone (an IANA name such
// as "America/Chicago") and stored as UTC. The zone rules are the system's tzdata, read through
// Howard Hinnant's date library (GCC 12's <chrono> has no time-zone database).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cg {

// A wall-clock time: a calendar date and the minutes since its midnight.
struct LocalTime {
  std::chrono::sys_days day{};
  int minute = 0;  // 0..1439
  auto operator<=>(const LocalTime&) const = default;
};

bool is_known_time_zone(std::string_view name);

// The moment `local` names in `zone` (which must be known). A time that does not exist because
// the clocks went forward is read with the offset from before the change (02:30 becomes 03:30);
// a time that happens twice because they went back is the first of the two. RFC 5545 does the same.
std::chrono::sys_seconds to_utc(LocalTime local, std::string_view zone);

// The wall-clock time in `zone` at `moment`.
LocalTime to_local(std::chrono::sys_seconds moment, std::string_view zone);

// One period of a zone's rules: from `begins` (UTC) the offset from UTC is `offset`, with
// `daylight` saving time or not, under the abbreviation `name` ("CDT").
struct ZonePeriod {
  std::chrono::sys_seconds begins{};
  std::chrono::minutes offset_before{};  // the offset of the period before it
  std::chrono::minutes offset{};
  bool daylight = false;
  std::string name;
};

// The period in force at `from` and each one that begins before `to`, in order: what a calendar
// file's VTIMEZONE must say for events in [from, to).
std::vector<ZonePeriod> zone_periods(std::string_view zone, std::chrono::sys_seconds from, std::chrono::sys_seconds to);

// "18:30" and back; nullopt for anything but HH:MM on a 24-hour clock.
std::string format_clock(int minute);
std::optional<int> parse_clock(std::string_view text);

}  // namespace cg
