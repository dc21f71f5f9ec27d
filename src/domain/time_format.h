// Times cross the API and the database as UTC ISO-8601 with milliseconds, e.g.
// "2026-01-31T09:05:00.000Z": one fixed-width format that also sorts chronologically as text.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cg {

std::string format_utc(std::chrono::system_clock::time_point time);

// Reads the format above back (as stored by either engine); nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_utc(std::string_view text);

// Calendar dates (joined on, ceased on, balance "as of") travel as YYYY-MM-DD.
std::string format_date(std::chrono::sys_days day);
// Strict YYYY-MM-DD naming a real calendar day; nullopt for anything else.
std::optional<std::chrono::sys_days> parse_date(std::string_view text);
// The UTC calendar day a moment falls on.
std::chrono::sys_days utc_day(std::chrono::system_clock::time_point time);

}  // namespace cg
