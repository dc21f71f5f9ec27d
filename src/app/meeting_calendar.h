// Meetings as calendar events, in their own time zone: a one-off meeting is one event; a series
// is one event with its RRULE (running to its last scheduled meeting), an EXDATE for each
// cancelled meeting and, for a meeting moved or changed on its own, an event with the series' UID
// and a RECURRENCE-ID, as calendar apps expect (RFC 5545).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/icalendar.h"
#include "store/connection.h"
#include "store/meeting_repository.h"

namespace cg::app {

// One meeting on its own (the per-meeting .ics).
ical::Event meeting_event(const store::MeetingRecord& meeting, const std::string& partnership_name,
                          const std::string& public_url);

// The partnership's meetings starting from `from` (UTC ISO text) on, series folded into rules.
std::vector<ical::Event> meeting_events(store::Connection& c, std::int64_t partnership_id,
                                        const std::string& partnership_name, const std::string& public_url,
                                        const std::string& from);

}  // namespace cg::app
