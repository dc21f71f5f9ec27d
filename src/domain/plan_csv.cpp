#include "domain/plan_csv.h"

#include <array>
#include <charconv>
#include <cmath>

#include "domain/csv.h"
#include "domain/plain_words.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"

namespace cg::plan_csv {
namespace {

using words::cat;

constexpr std::array<std::string_view, 18> kColumns = {
    "kind",   "id",     "parent_kind", "parent_id", "title",    "description", "indicator", "unit",   "baseline",
    "target", "direction", "weight",   "start_on",  "end_on",   "status",      "percent",   "owners", "archived"};

enum Column : std::size_t {
  kind_col, id_col, parent_kind_col, parent_id_col, title_col, description_col, indicator_col, unit_col,
  baseline_col, target_col, direction_col, weight_col, start_on_col, end_on_col, status_col, percent_col,
  owners_col, archived_col
};

std::optional<Kind> kind_from_key(std::string_view key) {
  if (key == "goal") return Kind::goal;
  if (key == "objective") return Kind::objective;
  if (key == "activity") return Kind::activity;
  return std::nullopt;
}

std::optional<std::int64_t> whole_number(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> decimal(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number_text(double value) {
  std::array<char, 32> text{};
  auto [end, ec] = std::to_chars(text.data(), text.data() + text.size(), value);
  return std::string(text.data(), end);
}

// Reads one record into a row, adding a message per cell that is wrong.
class RowReader {
 public:
  RowReader(const csv::Record& record, std::vector<LineError>& errors) : record_(record), errors_(errors) {}

  std::string cell(Column column) const { return text::trim(csv::unprotect(record_.fields[column])); }

  void fail(Column column, std::string message) {
    errors_.push_back({record_.line, std::string(kColumns[column]), std::move(message)});
    ok_ = false;
  }
  bool ok() const { return ok_; }

  std::optional<double> number(Column column) {
    auto text = cell(column);
    if (text.empty()) return std::nullopt;
    auto value = decimal(text);
    if (!value) fail(column, cat("\"", text, "\" is not a number (use a point for decimals, no thousands separators)."));
    return value;
  }

  std::optional<Day> date(Column column) {
    auto text = cell(column);
    if (text.empty()) return std::nullopt;
    auto day = parse_date(text);
    if (!day) fail(column, cat("\"", text, "\" is not a date written YYYY-MM-DD."));
    return day;
  }

  std::optional<std::int64_t> id(Column column) {
    auto text = cell(column);
    if (text.empty()) return std::nullopt;
    auto value = whole_number(text);
    if (!value || *value < 1) fail(column, cat("\"", text, "\" is not an id (a positive whole number)."));
    return value;
  }

 private:
  const csv::Record& record_;
  std::vector<LineError>& errors_;
  bool ok_ = true;
};

ParentRef read_parent(RowReader& in, Kind kind) {
  ParentRef parent;
  const auto kind_text = in.cell(parent_kind_col);
  const auto id_text = in.cell(parent_id_col);
  if (!kind_text.empty()) {
    parent.kind = kind_from_key(kind_text);
    if (!parent.kind) in.fail(parent_kind_col, "Must be goal, objective, activity or empty.");
  }
  if (id_text.rfind("new:", 0) == 0) {
    auto line = whole_number(std::string_view(id_text).substr(4));
    if (!line || *line < 2) in.fail(parent_id_col, "Write new:<line> with the line number of a new row above.");
    else parent.new_line = static_cast<int>(*line);
  } else {
    parent.id = in.id(parent_id_col);
  }
  const bool has_target = parent.id || parent.new_line;
  if (parent.kind.has_value() != has_target) {
    in.fail(parent_id_col, "Give both parent_kind and parent_id, or neither.");
    return parent;
  }
  const bool fits = kind == Kind::goal       ? !parent.kind
                    : kind == Kind::objective ? parent.kind == Kind::goal
                                              : (!parent.kind || parent.kind != Kind::goal);
  if (!fits) {
    in.fail(parent_kind_col, kind == Kind::goal        ? "A goal has no parent."
                             : kind == Kind::objective ? "An objective belongs to a goal."
                                                       : "An activity belongs to an objective, another activity or nothing.");
  }
  return parent;
}

std::optional<Row> read_row(const csv::Record& record, std::vector<LineError>& errors) {
  RowReader in(record, errors);
  Row row;
  row.line = record.line;
  auto kind = kind_from_key(in.cell(kind_col));
  if (!kind) {
    in.fail(kind_col, "Must be goal, objective or activity.");
    return std::nullopt;
  }
  row.kind = *kind;
  row.id = in.id(id_col);
  row.parent = read_parent(in, row.kind);
  row.title = in.cell(title_col);
  row.description = text::trimmed_or_absent(in.cell(description_col));
  row.indicator = in.cell(indicator_col);
  row.unit = in.cell(unit_col);
  row.baseline = in.number(baseline_col);
  row.target = in.number(target_col);
  if (auto direction = in.cell(direction_col); !direction.empty()) {
    row.direction = direction_from_key(direction);
    if (!row.direction) in.fail(direction_col, "Must be up, down or empty.");
  }
  row.weight = in.number(weight_col);
  row.start_on = in.date(start_on_col);
  row.end_on = in.date(end_on_col);
  if (auto status = in.cell(status_col); !status.empty()) {
    row.status = activity_status_from_key(status);
    if (!row.status) in.fail(status_col, "Must be not_started, in_progress, done, blocked or cancelled.");
  }
  if (auto percent = in.cell(percent_col); !percent.empty()) {
    auto value = whole_number(percent);
    if (!value || *value < 0 || *value > 100) in.fail(percent_col, "Must be a whole number from 0 to 100.");
    else row.percent = static_cast<int>(*value);
  }
  const auto owners = in.cell(owners_col);
  for (std::size_t start = 0; start <= owners.size();) {
    auto end = owners.find(';', start);
    if (end == std::string::npos) end = owners.size();
    auto owner = text::trim(std::string_view(owners).substr(start, end - start));
    if (!owner.empty()) row.owners.push_back(std::move(owner));
    start = end + 1;
  }
  const auto archived = text::ascii_lower(in.cell(archived_col));
  if (archived == "yes" || archived == "true") row.archived = true;
  else if (!archived.empty() && archived != "no" && archived != "false") in.fail(archived_col, "Must be yes, no or empty.");
  if (!in.ok()) return std::nullopt;
  return row;
}

// The CSV column a domain field error belongs in.
std::string column_of(std::string_view field) {
  if (field == "rationale") return "description";
  if (field == "target_on" || field == "due_on") return "end_on";
  if (field == "owner_ids") return "owners";
  return std::string(field);
}

}  // namespace

std::string_view to_key(Kind kind) {
  switch (kind) {
    case Kind::goal:
      return "goal";
    case Kind::objective:
      return "objective";
    case Kind::activity:
      return "activity";
  }
  return "goal";
}

std::span<const std::string_view> columns() { return kColumns; }

ParsedPlan parse(std::string_view text, const csv::ParseLimits& limits) {
  ParsedPlan out;
  auto records = csv::parse(text, limits);
  if (!records) {
    out.errors.push_back({0, "", records.error().detail});
    return out;
  }
  if (records->empty()) {
    out.errors.push_back({1, "", "The file is empty: export the plan to get a file with the right columns."});
    return out;
  }
  const auto& header = records->front();
  std::vector<std::string> names;
  for (const auto& f : header.fields) names.push_back(text::ascii_lower(text::trim(f)));
  if (names != std::vector<std::string>(kColumns.begin(), kColumns.end())) {
    std::string expected;
    for (auto c : kColumns) expected += expected.empty() ? std::string(c) : cat(",", c);
    out.errors.push_back({header.line, "", cat("The first line must name the columns ", expected,
                                                " in that order: export the plan to get a file to start from.")});
    return out;
  }
  for (std::size_t i = 1; i < records->size(); ++i) {
    const auto& record = (*records)[i];
    if (auto problem = csv::width_problem(record, kColumns.size())) {
      out.errors.push_back(std::move(*problem));
      continue;
    }
    if (csv::is_blank(record)) continue;
    if (auto row = read_row(record, out.errors)) out.rows.push_back(std::move(*row));
  }
  return out;
}

Result<GoalFields> goal_fields(const Row& row) {
  GoalFields f;
  f.title = row.title;
  f.rationale = row.description;
  f = normalized(std::move(f));
  if (auto errors = validate(f); !errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

Result<ObjectiveFields> objective_fields(const Row& row) {
  std::vector<FieldError> missing;
  if (!row.baseline) missing.push_back({"baseline", "Required for an objective."});
  if (!row.target) missing.push_back({"target", "Required for an objective."});
  if (!row.start_on) missing.push_back({"start_on", "Required for an objective."});
  if (!row.end_on) missing.push_back({"end_on", "Required for an objective: its target date."});
  if (!missing.empty()) return Error::invalid(std::move(missing));
  ObjectiveFields f;
  f.title = row.title;
  f.indicator = row.indicator;
  f.unit = row.unit;
  f.baseline = *row.baseline;
  f.target = *row.target;
  f.direction = row.direction.value_or(f.target < f.baseline ? Direction::down : Direction::up);
  f.start_on = *row.start_on;
  f.target_on = *row.end_on;
  f.weight = row.weight.value_or(1);
  f = normalized(std::move(f));
  if (auto errors = validate(f); !errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

Result<ActivityFields> activity_fields(const Row& row, ActivityFields base) {
  base.title = row.title;
  base.description = row.description;
  base.start_on = row.start_on;
  base.due_on = row.end_on;
  base.status = row.status.value_or(ActivityStatus::not_started);
  base.percent = row.percent.value_or(0);
  base = normalized(std::move(base));
  if (auto errors = validate(base); !errors.empty()) return Error::invalid(std::move(errors));
  return base;
}

void add_line_errors(std::vector<LineError>& out, int line, const Error& error) {
  csv::add_line_errors(out, line, error, column_of);
}

std::string header() {
  return csv::row(std::vector<std::string>(kColumns.begin(), kColumns.end()));
}

std::string row(const ExportRow& r) {
  std::vector<std::string> cells(kColumns.size());
  cells[kind_col] = to_key(r.kind);
  cells[id_col] = std::to_string(r.id);
  if (r.parent_kind) cells[parent_kind_col] = to_key(*r.parent_kind);
  if (r.parent_id) cells[parent_id_col] = std::to_string(*r.parent_id);
  cells[title_col] = r.title;
  cells[description_col] = r.description.value_or("");
  if (r.objective) {
    const auto& o = *r.objective;
    cells[indicator_col] = o.indicator;
    cells[unit_col] = o.unit;
    cells[baseline_col] = number_text(o.baseline);
    cells[target_col] = number_text(o.target);
    cells[direction_col] = cg::to_key(o.direction);
    cells[weight_col] = number_text(o.weight);
    cells[start_on_col] = format_date(o.start_on);
    cells[end_on_col] = format_date(o.target_on);
  }
  if (r.activity) {
    const auto& a = *r.activity;
    if (a.start_on) cells[start_on_col] = format_date(*a.start_on);
    if (a.due_on) cells[end_on_col] = format_date(*a.due_on);
    cells[status_col] = cg::to_key(a.status);
    cells[percent_col] = std::to_string(a.percent);
  }
  for (const auto& owner : r.owners) {
    if (!cells[owners_col].empty()) cells[owners_col] += ";";
    cells[owners_col] += owner;
  }
  cells[archived_col] = r.archived ? "yes" : "";
  return csv::row(cells);
}

}  // namespace cg::plan_csv
