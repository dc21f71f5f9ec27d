#include "domain/icalendar.h"

#include <cstdio>
#include <map>

namespace cg::ical {
namespace {

using namespace std::chrono;

// RFC 5545 3.1: at most 75 octets per line, not counting the CRLF.
constexpr std::size_t kLineOctets = 75;

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Control characters other than tab may not appear in any value; a line break would even start
// a property of its own.
bool is_control(char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F; }

std::string without_controls(std::string_view value) {
  std::string out;
  for (const char c : value) {
    if (!is_control(c)) out += c;
  }
  return out;
}

// 20260301
std::string date_value(sys_days day) {
  const year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

// 20260301T090500Z
std::string utc_value(Time time) {
  const auto day = floor<days>(time);
  const hh_mm_ss clock{floor<seconds>(time - day)};
  char text[16];
  std::snprintf(text, sizeof text, "T%02d%02d%02dZ", static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
  return date_value(day).append(text);
}

// 20270302T180000: a wall-clock time, read in the zone its TZID names.
std::string local_value(LocalTime t) {
  char text[16];
  std::snprintf(text, sizeof text, "T%02d%02d00", t.minute / 60, t.minute % 60);
  return date_value(t.day).append(text);
}

// -0500
std::string offset_value(minutes offset) {
  const auto total = offset.count();
  const auto magnitude = total < 0 ? -total : total;
  char text[8];
  std::snprintf(text, sizeof text, "%c%02d%02d", total < 0 ? '-' : '+', static_cast<int>(magnitude / 60),
                static_cast<int>(magnitude % 60));
  return text;
}

std::string_view to_value(EventStatus status) {
  switch (status) {
    case EventStatus::tentative:
      return "TENTATIVE";
    case EventStatus::confirmed:
      return "CONFIRMED";
    case EventStatus::cancelled:
      return "CANCELLED";
  }
  return "CONFIRMED";
}

// Appends content lines. `name` carries any parameters ("DTSTART;VALUE=DATE"); `value` is
// written as given, so TEXT values must come through escape_text.
class Lines {
 public:
  void add(std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    out_ += fold(line);
  }
  void add_text(std::string_view name, std::string_view text) { add(name, escape_text(text)); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void add_when(Lines& lines, const AllDay& when) {
  lines.add("DTSTART;VALUE=DATE", date_value(when.date));
  lines.add("DTEND;VALUE=DATE", date_value(when.date + days(1)));
}

void add_when(Lines& lines, const Timed& when) {
  lines.add("DTSTART", utc_value(when.start));
  lines.add("DTEND", utc_value(when.end));
}

void add_when(Lines& lines, const Zoned& when) {
  lines.add("DTSTART;TZID=" + when.zone, local_value(when.start));
  lines.add("DTEND;TZID=" + when.zone, local_value(when.end));
}

const std::string* zone_of(const Event& event) {
  const auto* zoned = std::get_if<Zoned>(&event.when);
  return zoned ? &zoned->zone : nullptr;
}

void add_event(Lines& lines, const Event& event) {
  lines.add("BEGIN", "VEVENT");
  lines.add_text("UID", event.uid);
  lines.add("DTSTAMP", utc_value(event.dtstamp));
  std::visit([&](const auto& when) { add_when(lines, when); }, event.when);
  if (const auto* zone = zone_of(event)) {
    if (event.recurrence_id) lines.add("RECURRENCE-ID;TZID=" + *zone, local_value(*event.recurrence_id));
    if (event.rrule) lines.add("RRULE", *event.rrule);
    for (const auto& skipped : event.exdates) lines.add("EXDATE;TZID=" + *zone, local_value(skipped));
  }
  lines.add_text("SUMMARY", event.summary);
  if (event.description) lines.add_text("DESCRIPTION", *event.description);
  if (event.location) lines.add_text("LOCATION", *event.location);
  // A URI is not TEXT: escaping would corrupt the commas and semicolons it may hold.
  if (event.url) lines.add("URL", without_controls(*event.url));
  if (event.status) lines.add("STATUS", to_value(*event.status));
  lines.add("END", "VEVENT");
}

// The zone's rules from a day before the first event to two years after the last start (series
// run on), so every occurrence a calendar app expands finds its offset.
void add_time_zones(Lines& lines, const std::vector<Event>& events) {
  std::map<std::string, std::pair<sys_seconds, sys_seconds>> spans;
  for (const auto& event : events) {
    const auto* zoned = std::get_if<Zoned>(&event.when);
    if (!zoned) continue;
    const auto start = to_utc(zoned->start, zoned->zone) - days(1);
    const auto end = to_utc(zoned->start, zoned->zone) + days(2 * 366);
    auto [span, fresh] = spans.try_emplace(zoned->zone, start, end);
    if (!fresh) span->second = {std::min(span->second.first, start), std::max(span->second.second, end)};
  }
  for (const auto& [zone, span] : spans) {
    lines.add("BEGIN", "VTIMEZONE");
    lines.add("TZID", zone);
    for (const auto& period : zone_periods(zone, span.first, span.second)) {
      const auto kind = period.daylight ? "DAYLIGHT" : "STANDARD";
      lines.add("BEGIN", kind);
      // The onset as a wall-clock time read with the offset before it (RFC 5545 3.6.5).
      const auto onset = std::max(period.begins, span.first - days(366)) + period.offset_before;
      const auto onset_day = floor<days>(onset);
      lines.add("DTSTART", local_value({onset_day, static_cast<int>(duration_cast<minutes>(onset - onset_day).count())}));
      lines.add("TZOFFSETFROM", offset_value(period.offset_before));
      lines.add("TZOFFSETTO", offset_value(period.offset));
      if (!period.name.empty()) lines.add_text("TZNAME", period.name);
      lines.add("END", kind);
    }
    lines.add("END", "VTIMEZONE");
  }
}

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
      out += "\\n";
    } else if (!is_control(c)) {
      out += c;
    }
  }
  return out;
}

std::string fold(std::string_view line) {
  std::string out;
  std::size_t room = kLineOctets;
  while (line.size() > room) {
    // Back up to the first byte of a character so it is not split across lines.
    std::size_t cut = room;
    while (cut > 0 && is_continuation_byte(line[cut])) --cut;
    if (cut == 0) cut = room;  // not UTF-8 after all: split anywhere rather than loop forever
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = kLineOctets - 1;  // the leading space counts
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string rrule(const Recurrence& rule, sys_days first, std::optional<Time> until) {
  static constexpr const char* kDays[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
  std::string out = rule.kind == RepeatKind::weekly ? "FREQ=WEEKLY" : "FREQ=MONTHLY";
  if (rule.interval > 1) out += ";INTERVAL=" + std::to_string(rule.interval);
  if (rule.kind == RepeatKind::monthly_weekday) {
    const weekday_indexed nth = year_month_weekday{first}.weekday_indexed();
    // A fifth weekday is "the last" (recurrence.h): months without a fifth still get one.
    const bool last = rule.last_weekday || nth.index() == 5;
    out += ";BYDAY=" + (last ? std::string("-1") : std::to_string(nth.index())) + kDays[nth.weekday().c_encoding()];
  }
  if (until) out += ";UNTIL=" + utc_value(*until);
  return out;
}

std::string render(const Calendar& calendar) {
  Lines lines;
  lines.add("BEGIN", "VCALENDAR");
  lines.add("VERSION", "2.0");
  lines.add("PRODID", "-//CommonGround//Plan//EN");
  lines.add("CALSCALE", "GREGORIAN");
  lines.add("METHOD", "PUBLISH");
  lines.add_text("X-WR-CALNAME", calendar.name);
  add_time_zones(lines, calendar.events);
  for (const auto& event : calendar.events) add_event(lines, event);
  lines.add("END", "VCALENDAR");
  return lines.take();
}

}  // namespace cg::ical
