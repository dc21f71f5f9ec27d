// The plan as a spreadsheet: one row per goal, objective and activity, in a fixed set of columns,
// so a coordinator can export the plan, edit it in a spreadsheet and import it again. This file
// reads rows into typed values with a message per line and cell; matching ids and owners against
// the stored plan is the importer's job (app/plan_transfer_service).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/csv_reader.h"
#include "domain/plan.h"

namespace cg::plan_csv {

enum class Kind { goal, objective, activity };
std::string_view to_key(Kind kind);

// kind, id, parent_kind, parent_id, title, description, indicator, unit, baseline, target,
// direction, weight, start_on, end_on, status, percent, owners, archived.
// `description` is a goal's rationale or an activity's description; `end_on` is an objective's
// target date or an activity's due date; `owners` are members' emails (or #id) separated by ";".
std::span<const std::string_view> columns();

using LineError = csv::LineError;

// Where a row hangs: nowhere (goals, unfiled activities), a stored item, or a new item created
// by an earlier line of the same file ("new:<line>").
struct ParentRef {
  std::optional<Kind> kind;
  std::optional<std::int64_t> id;
  std::optional<int> new_line;
};

struct Row {
  int line = 0;
  Kind kind = Kind::goal;
  std::optional<std::int64_t> id;  // none: create
  ParentRef parent;
  std::string title;
  std::optional<std::string> description;
  std::string indicator;
  std::string unit;
  std::optional<double> baseline;
  std::optional<double> target;
  std::optional<Direction> direction;
  std::optional<double> weight;
  std::optional<Day> start_on;
  std::optional<Day> end_on;
  std::optional<ActivityStatus> status;
  std::optional<int> percent;
  std::vector<std::string> owners;
  bool archived = false;
};

struct ParsedPlan {
  std::vector<Row> rows;
  std::vector<LineError> errors;  // in line order; rows with errors are left out of `rows`
};

ParsedPlan parse(std::string_view text, const csv::ParseLimits& limits = {});

// The domain fields a row states. Objectives need every measurable part; a missing one is a
// line error. Activity fields not in the file (resources, rationale, outcome, organisations) come
// from `base`, the stored activity when the row updates one.
Result<GoalFields> goal_fields(const Row& row);
Result<ObjectiveFields> objective_fields(const Row& row);
Result<ActivityFields> activity_fields(const Row& row, ActivityFields base);
// Turns an Error from the functions above into line errors named by CSV column.
void add_line_errors(std::vector<LineError>& out, int line, const Error& error);

// One row of an export; `owners` already written as emails or #ids.
struct ExportRow {
  Kind kind = Kind::goal;
  std::int64_t id = 0;
  std::optional<Kind> parent_kind;
  std::optional<std::int64_t> parent_id;
  std::string title;
  std::optional<std::string> description;
  const ObjectiveFields* objective = nullptr;  // for objectives
  const ActivityFields* activity = nullptr;    // for activities
  std::vector<std::string> owners;
  bool archived = false;
};
std::string header();
std::string row(const ExportRow& row);

}  // namespace cg::plan_csv
