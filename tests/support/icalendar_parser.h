// Reads iCalendar text with a real parser, Debian's python3-icalendar, so tests check what
// calendar apps will see rather than what our writer meant.
#pragma once

#include <string>

namespace cg::testing {

// Evaluates the Python expression `per_event` (with the event as `e`) for every VEVENT and
// returns the results sorted, one per line; or the parser's complaint.
std::string parse_events(const std::string& ics, const std::string& per_event);

}  // namespace cg::testing
