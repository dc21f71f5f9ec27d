// Query parameters and result rows shared by both engines. Cells arrive as text (libpq's text
// format; SQLite converts), and typed accessors parse them, so repositories read both engines
// with the same code.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cg::store {

using SqlParam = std::variant<std::nullptr_t, std::int64_t, double, bool, std::string>;

// Makes a parameter from an optional value: absent becomes SQL NULL.
inline SqlParam nullable(const std::optional<std::string>& value) {
  return value ? SqlParam(*value) : SqlParam(nullptr);
}
inline SqlParam nullable(const std::optional<std::int64_t>& value) {
  return value ? SqlParam(*value) : SqlParam(nullptr);
}
// A calendar day as YYYY-MM-DD (TEXT on SQLite, DATE on PostgreSQL), or NULL.
SqlParam nullable(const std::optional<std::chrono::sys_days>& value);
SqlParam date_param(std::chrono::sys_days value);

class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}

  std::size_t size() const { return cells_.size(); }
  bool is_null(std::size_t column) const { return !cells_.at(column).has_value(); }
  // Throws DatabaseError when the cell is NULL; use optional_text for nullable columns.
  const std::string& text(std::size_t column) const;
  std::optional<std::string> optional_text(std::size_t column) const { return cells_.at(column); }
  std::int64_t integer(std::size_t column) const;
  double real(std::size_t column) const;
  bool boolean(std::size_t column) const;
  // A timestamp as UTC ISO-8601 with milliseconds ("2026-01-31T09:05:00.000Z"), whether the
  // engine stored text (SQLite) or timestamptz (PostgreSQL, session time zone UTC).
  std::string timestamp(std::size_t column) const;
  std::optional<std::string> optional_timestamp(std::size_t column) const;
  std::optional<std::int64_t> optional_integer(std::size_t column) const;
  // A calendar day stored by date_param (either engine); throws DatabaseError otherwise.
  std::chrono::sys_days date(std::size_t column) const;
  std::optional<std::chrono::sys_days> optional_date(std::size_t column) const;

 private:
  std::vector<std::optional<std::string>> cells_;
};

using Rows = std::vector<Row>;

// Converts PostgreSQL's ISO output ("2026-01-31 09:05:00.5+00") to our wire format.
std::string normalize_timestamp(const std::string& stored);

}  // namespace cg::store
