#include "store/row.h"

#include <charconv>

#include "domain/time_format.h"
#include "store/errors.h"

namespace cg::store {

const std::string& Row::text(std::size_t column) const {
  const auto& cell = cells_.at(column);
  if (!cell) throw DatabaseError("column " + std::to_string(column) + " is unexpectedly NULL");
  return *cell;
}

std::int64_t Row::integer(std::size_t column) const {
  const auto& s = text(column);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) {
    throw DatabaseError("column " + std::to_string(column) + " is not an integer: " + s);
  }
  return value;
}

double Row::real(std::size_t column) const {
  const auto& s = text(column);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc()) throw DatabaseError("column is not a number: " + s);
  return value;
}

bool Row::boolean(std::size_t column) const {
  const auto& s = text(column);
  if (s == "1" || s == "t" || s == "true") return true;
  if (s == "0" || s == "f" || s == "false") return false;
  throw DatabaseError("column is not a boolean: " + s);
}

std::string Row::timestamp(std::size_t column) const { return normalize_timestamp(text(column)); }

std::optional<std::string> Row::optional_timestamp(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return timestamp(column);
}

std::string normalize_timestamp(const std::string& stored) {
  // Already in wire format (SQLite stores what we wrote).
  if (stored.size() == 24 && stored[10] == 'T' && stored.back() == 'Z') return stored;
  // PostgreSQL: "YYYY-MM-DD HH:MM:SS[.f{1,6}]+00"
  if (stored.size() < 19) throw DatabaseError("unrecognised timestamp: " + stored);
  std::string out = stored.substr(0, 10) + "T" + stored.substr(11, 8) + ".";
  std::string fraction;
  std::size_t i = 19;
  if (i < stored.size() && stored[i] == '.') {
    ++i;
    while (i < stored.size() && stored[i] >= '0' && stored[i] <= '9') fraction += stored[i++];
  }
  fraction.resize(3, '0');
  const std::string zone = stored.substr(i);
  if (!zone.empty() && zone != "+00" && zone != "Z" && zone != "+00:00") {
    throw DatabaseError("timestamp not in UTC (set TimeZone=UTC): " + stored);
  }
  return out + fraction.substr(0, 3) + "Z";
}

std::optional<std::int64_t> Row::optional_integer(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

std::chrono::sys_days Row::date(std::size_t column) const {
  const auto& stored = text(column);
  auto parsed = parse_date(std::string_view(stored).substr(0, 10));
  if (!parsed) throw DatabaseError("column is not a date: " + stored);
  return *parsed;
}

std::optional<std::chrono::sys_days> Row::optional_date(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return date(column);
}

SqlParam date_param(std::chrono::sys_days value) { return format_date(value); }

SqlParam nullable(const std::optional<std::chrono::sys_days>& value) {
  return value ? date_param(*value) : SqlParam(nullptr);
}

}  // namespace cg::store
