#include "domain/zoned_time.h"

#include <date/tz.h>

#include <charconv>
#include <stdexcept>

namespace cg {
namespace {

using namespace std::chrono;

const date::time_zone* find_zone(std::string_view name) {
  try {
    return date::locate_zone(std::string(name));
  } catch (const std::runtime_error&) {
    return nullptr;
  }
}

const date::time_zone& zone_named(std::string_view name) {
  const auto* zone = find_zone(name);
  if (!zone) throw std::invalid_argument("unknown time zone: " + std::string(name));
  return *zone;
}

}  // namespace

bool is_known_time_zone(std::string_view name) { return !name.empty() && find_zone(name) != nullptr; }

sys_seconds to_utc(LocalTime local, std::string_view zone) {
  const date::local_seconds wall{local.day.time_since_epoch() + minutes(local.minute)};
  // `first` is the offset in force before a gap or an overlap, and the only one otherwise.
  const auto info = zone_named(zone).get_info(wall);
  return sys_seconds{wall.time_since_epoch() - info.first.offset};
}

LocalTime to_local(sys_seconds moment, std::string_view zone) {
  const auto wall = zone_named(zone).to_local(moment);
  const auto day = floor<days>(wall);
  return {sys_days{day.time_since_epoch()}, static_cast<int>(duration_cast<minutes>(wall - day).count())};
}

std::vector<ZonePeriod> zone_periods(std::string_view zone, sys_seconds from, sys_seconds to) {
  const auto& tz = zone_named(zone);
  std::vector<ZonePeriod> out;
  for (auto at = from; at < to || out.empty();) {
    const auto info = tz.get_info(at);
    const auto before = info.begin > sys_seconds::min() + days(1) ? tz.get_info(info.begin - seconds(1)).offset
                                                                  : info.offset;
    out.push_back({info.begin, duration_cast<minutes>(before), duration_cast<minutes>(info.offset),
                   info.save != minutes(0), info.abbrev});
    if (info.end <= at || info.end >= sys_seconds::max() - days(1)) break;  // no more changes
    at = info.end;
  }
  return out;
}

std::string format_clock(int minute) {
  const int h = minute / 60, m = minute % 60;
  std::string out = {static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':',
                     static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
  return out;
}

std::optional<int> parse_clock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  int h = 0, m = 0;
  for (int i : {0, 1, 3, 4}) {
    if (text[static_cast<std::size_t>(i)] < '0' || text[static_cast<std::size_t>(i)] > '9') return std::nullopt;
  }
  std::from_chars(text.data(), text.data() + 2, h);
  std::from_chars(text.data() + 3, text.data() + 5, m);
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

}  // namespace cg
