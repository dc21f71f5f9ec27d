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

}  // namespace cg
