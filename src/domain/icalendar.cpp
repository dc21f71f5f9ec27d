#include "domain/icalendar.h"

#include <cstdio>

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

void add_event(Lines& lines, const Event& event) {
  lines.add("BEGIN", "VEVENT");
  lines.add_text("UID", event.uid);
  lines.add("DTSTAMP", utc_value(event.dtstamp));
  std::visit([&](const auto& when) { add_when(lines, when); }, event.when);
  lines.add_text("SUMMARY", event.summary);
  if (event.description) lines.add_text("DESCRIPTION", *event.description);
  if (event.location) lines.add_text("LOCATION", *event.location);
  // A URI is not TEXT: escaping would corrupt the commas and semicolons it may hold.
  if (event.url) lines.add("URL", without_controls(*event.url));
  if (event.status) lines.add("STATUS", to_value(*event.status));
  lines.add("END", "VEVENT");
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

std::string render(const Calendar& calendar) {
  Lines lines;
  lines.add("BEGIN", "VCALENDAR");
  lines.add("VERSION", "2.0");
  lines.add("PRODID", "-//CommonGround//Plan//EN");
  lines.add("CALSCALE", "GREGORIAN");
  lines.add("METHOD", "PUBLISH");
  lines.add_text("X-WR-CALNAME", calendar.name);
  for (const auto& event : calendar.events) add_event(lines, event);
  lines.add("END", "VCALENDAR");
  return lines.take();
}

}  // namespace cg::ical
