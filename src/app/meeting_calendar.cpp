#include "app/meeting_calendar.h"

#include <map>

#include "domain/plain_words.h"
#include "domain/time_format.h"

namespace cg::app {
namespace {

using namespace std::chrono;
using words::cat;

// Far enough ahead for every scheduled meeting: open series are scheduled a year ahead.
constexpr auto kAhead = days(3 * 366);

std::optional<std::string> location_of(const MeetingFields& f) {
  if (f.place && f.online_link) return cat(*f.place, " / ", *f.online_link);
  return f.place ? f.place : f.online_link;
}

// The slot a series meeting fills: its occurrence date at the series' own start time.
LocalTime slot_of(const store::MeetingRecord& m, int minute) { return {*m.occurrence_on, minute}; }

// Whether a series meeting differs from what its rule alone would say.
bool changed_alone(const store::MeetingRecord& m, const store::MeetingRecord& master) {
  const auto& f = m.fields;
  const auto& g = master.fields;
  const auto length = [](const MeetingFields& x) { return (x.ends.day - x.starts.day).count() * 1440 + x.ends.minute - x.starts.minute; };
  return f.starts != slot_of(m, g.starts.minute) || length(f) != length(g) || f.title != g.title ||
         f.place != g.place || f.online_link != g.online_link || f.description != g.description;
}

}  // namespace

ical::Event meeting_event(const store::MeetingRecord& m, const std::string& partnership_name,
                          const std::string& public_url) {
  const auto& f = m.fields;
  ical::Event e;
  e.uid = cat("meeting-", std::to_string(m.id), "@commonground");
  e.summary = cat(f.title, " (", partnership_name, ")");
  e.description = f.description;
  e.location = location_of(f);
  e.url = cat(public_url, "/partnerships/", std::to_string(m.partnership_id), "/meetings/", std::to_string(m.id));
  e.when = ical::Zoned{f.starts, f.ends, f.time_zone};
  e.dtstamp = *parse_utc(m.updated_at);
  e.status = m.status == MeetingStatus::cancelled ? ical::EventStatus::cancelled : ical::EventStatus::confirmed;
  return e;
}

std::vector<ical::Event> meeting_events(store::Connection& c, std::int64_t partnership_id,
                                        const std::string& partnership_name, const std::string& public_url,
                                        const std::string& from) {
  store::MeetingRepository repo(c);
  const auto to = format_utc(floor<seconds>(*parse_utc(from)) + kAhead);
  std::vector<ical::Event> out;
  std::map<std::int64_t, std::vector<store::MeetingRecord>> series;
  for (auto& m : repo.list(partnership_id, from, to)) {
    if (m.series_id && m.occurrence_on) {
      series[*m.series_id].push_back(std::move(m));
    } else {
      out.push_back(meeting_event(m, partnership_name, public_url));
    }
  }
  for (auto& [series_id, meetings] : series) {
    std::sort(meetings.begin(), meetings.end(),
              [](const auto& a, const auto& b) { return *a.occurrence_on < *b.occurrence_on; });
    const auto& master = meetings.front();
    const int minute = master.fields.starts.minute;
    const auto rule = repo.series_rule(series_id);
    const store::MeetingRecord* last_held = nullptr;
    for (const auto& m : meetings) {
      if (m.status != MeetingStatus::cancelled) last_held = &m;
    }
    auto e = meeting_event(master, partnership_name, public_url);
    e.uid = cat("meeting-series-", std::to_string(series_id), "@commonground");
    // The series' own pattern, from its first meeting in range.
    const auto length = master.fields.ends.day - master.fields.starts.day;
    e.when = ical::Zoned{slot_of(master, minute), {*master.occurrence_on + length, master.fields.ends.minute},
                         master.fields.time_zone};
    e.status = ical::EventStatus::confirmed;
    if (!rule || !last_held) {
      e.status = ical::EventStatus::cancelled;  // every meeting of it is called off
      out.push_back(std::move(e));
      continue;
    }
    // UNTIL is the end of the last meeting's day: inclusive either way, and kinder to calendar
    // apps that read zoned times with a fixed offset.
    e.rrule = ical::rrule(*rule, *master.occurrence_on,
                          to_utc({*last_held->occurrence_on, 1439}, master.fields.time_zone) + seconds(59));
    for (const auto& m : meetings) {
      if (*m.occurrence_on > *last_held->occurrence_on) break;
      if (m.status == MeetingStatus::cancelled) {
        e.exdates.push_back(slot_of(m, minute));
      } else if (changed_alone(m, master)) {
        auto moved = meeting_event(m, partnership_name, public_url);
        moved.uid = e.uid;
        moved.recurrence_id = slot_of(m, minute);
        out.push_back(std::move(moved));
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace cg::app
