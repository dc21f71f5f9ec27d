#include "store/plan_repository.h"

#include <algorithm>
#include <map>

#include "domain/membership.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/sql_text.h"
#include "store/sibling_order.h"

namespace cg::store {
namespace {

constexpr std::string_view kGoalColumns =
    "id, partnership_id, position, archived_at, version, created_at, updated_at, title, rationale";
constexpr std::string_view kObjectiveColumns =
    "id, partnership_id, position, archived_at, version, created_at, updated_at, goal_id, title, indicator, unit, "
    "baseline, target, direction, start_on, target_on, weight";
// Keep kActivityColumnCount in step: queries that add columns after these read them from there.
constexpr std::string_view kActivityColumns =
    "a.id, a.partnership_id, a.position, a.archived_at, a.version, a.created_at, a.updated_at, a.objective_id, "
    "a.parent_activity_id, a.title, a.description, a.start_on, a.due_on, a.status, a.percent, a.resources_needed, "
    "a.rationale, a.expected_outcome, a.meeting_id";
constexpr std::size_t kActivityColumnCount = 19;
constexpr std::string_view kMeasurementColumns =
    "id, objective_id, measured_on, value, note, recorded_by, created_at";

ItemStamp stamp_of(const Row& row) {
  ItemStamp s;
  s.id = row.integer(0);
  s.partnership_id = row.integer(1);
  s.position = static_cast<int>(row.integer(2));
  s.archived_at = row.optional_timestamp(3);
  s.version = row.integer(4);
  s.created_at = row.timestamp(5);
  s.updated_at = row.timestamp(6);
  return s;
}

GoalRecord goal_from(const Row& row) {
  GoalRecord g;
  g.stamp = stamp_of(row);
  g.fields.title = row.text(7);
  g.fields.rationale = row.optional_text(8);
  return g;
}

ObjectiveRecord objective_from(const Row& row) {
  ObjectiveRecord o;
  o.stamp = stamp_of(row);
  o.goal_id = row.integer(7);
  o.fields.title = row.text(8);
  o.fields.indicator = row.text(9);
  o.fields.unit = row.text(10);
  o.fields.baseline = row.real(11);
  o.fields.target = row.real(12);
  o.fields.direction = direction_from_key(row.text(13)).value_or(Direction::up);
  o.fields.start_on = row.date(14);
  o.fields.target_on = row.date(15);
  o.fields.weight = row.real(16);
  return o;
}

ActivityRecord activity_from(const Row& row) {
  ActivityRecord a;
  a.stamp = stamp_of(row);
  a.objective_id = row.optional_integer(7);
  a.parent_activity_id = row.optional_integer(8);
  a.fields.title = row.text(9);
  a.fields.description = row.optional_text(10);
  a.fields.start_on = row.optional_date(11);
  a.fields.due_on = row.optional_date(12);
  auto status = activity_status_from_key(row.text(13));
  if (!status) throw DatabaseError("unknown activity status: " + row.text(13));
  a.fields.status = *status;
  a.fields.percent = static_cast<int>(row.integer(14));
  a.fields.resources_needed = row.optional_text(15);
  a.fields.rationale = row.optional_text(16);
  a.fields.expected_outcome = row.optional_text(17);
  a.meeting_id = row.optional_integer(18);
  return a;
}

MeasurementRecord measurement_from(const Row& row) {
  MeasurementRecord m;
  m.id = row.integer(0);
  m.objective_id = row.integer(1);
  m.on = row.date(2);
  m.value = row.real(3);
  m.note = row.optional_text(4);
  m.recorded_by = row.optional_integer(5);
  m.created_at = row.timestamp(6);
  return m;
}

template <typename T, typename From>
std::optional<T> first(const Rows& rows, From from) {
  if (rows.empty()) return std::nullopt;
  return from(rows.front());
}

// The siblings of an activity at `place`: the sub-activities of its parent, or the top-level
// activities of its objective (or of no objective). `$1` is the partnership, `param` the parent
// or objective; unfiled activities need no second parameter. Plain equality (not IS NOT
// DISTINCT FROM) so PostgreSQL can use the objective and parent indexes.
std::string activity_siblings(const ActivityPlace& place, std::string_view param) {
  if (place.parent_activity_id) return cat({"partnership_id = $1 AND parent_activity_id = ", param});
  if (place.objective_id) return cat({"partnership_id = $1 AND parent_activity_id IS NULL AND objective_id = ", param});
  return "partnership_id = $1 AND parent_activity_id IS NULL AND objective_id IS NULL";
}

}  // namespace

PlanRecords PlanRepository::load(std::int64_t partnership_id, bool include_archived) {
  const std::string_view live = include_archived ? "" : " AND archived_at IS NULL";
  const std::string_view live_a = include_archived ? "" : " AND a.archived_at IS NULL";
  PlanRecords out;
  for (const auto& row : c_.query(cat({"SELECT ", kGoalColumns, " FROM plan_goals WHERE partnership_id = $1", live,
                                       " ORDER BY position, id"}),
                                  {partnership_id})) {
    out.goals.push_back(goal_from(row));
  }
  for (const auto& row : c_.query(cat({"SELECT ", kObjectiveColumns, " FROM plan_objectives WHERE partnership_id = $1",
                                       live, " ORDER BY goal_id, position, id"}),
                                  {partnership_id})) {
    out.objectives.push_back(objective_from(row));
  }
  for (const auto& row : c_.query(cat({"SELECT ", kActivityColumns, " FROM plan_activities a WHERE a.partnership_id = $1",
                                       live_a, " ORDER BY a.position, a.id"}),
                                  {partnership_id})) {
    out.activities.push_back(activity_from(row));
  }
  fill_people(out.activities, "a.partnership_id = $1", partnership_id);
  static const std::string measurements_sql =
      cat({"SELECT ", kMeasurementColumns,
           " FROM plan_measurements WHERE objective_id IN (SELECT id FROM plan_objectives WHERE partnership_id = $1) "
           "ORDER BY objective_id, measured_on, id"});
  for (const auto& row : c_.query(measurements_sql, {partnership_id})) out.measurements.push_back(measurement_from(row));
  return out;
}

void PlanRepository::fill_people(std::vector<ActivityRecord>& activities, std::string_view where_sql,
                                 std::int64_t key) {
  if (activities.empty()) return;
  std::map<std::int64_t, ActivityRecord*> by_id;
  for (auto& a : activities) by_id[a.stamp.id] = &a;
  const auto owners_sql = cat({"SELECT o.activity_id, o.membership_id FROM plan_activity_owners o JOIN plan_activities a "
                               "ON a.id = o.activity_id WHERE ",
                               where_sql, " ORDER BY o.activity_id, o.membership_id"});
  for (const auto& row : c_.query(owners_sql, {key})) {
    if (auto found = by_id.find(row.integer(0)); found != by_id.end()) {
      found->second->fields.owner_ids.push_back(row.integer(1));
    }
  }
  const auto organizations_sql =
      cat({"SELECT o.activity_id, o.organization_id FROM plan_activity_organizations o JOIN plan_activities a "
           "ON a.id = o.activity_id WHERE ",
           where_sql, " ORDER BY o.activity_id, o.organization_id"});
  for (const auto& row : c_.query(organizations_sql, {key})) {
    if (auto found = by_id.find(row.integer(0)); found != by_id.end()) {
      found->second->fields.organization_ids.push_back(row.integer(1));
    }
  }
}

std::optional<GoalRecord> PlanRepository::find_goal(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql = cat({"SELECT ", kGoalColumns, " FROM plan_goals WHERE partnership_id = $1 AND id = $2"});
  return first<GoalRecord>(c_.query(sql, {partnership_id, id}), goal_from);
}

std::optional<ObjectiveRecord> PlanRepository::find_objective(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql =
      cat({"SELECT ", kObjectiveColumns, " FROM plan_objectives WHERE partnership_id = $1 AND id = $2"});
  return first<ObjectiveRecord>(c_.query(sql, {partnership_id, id}), objective_from);
}

std::optional<ActivityRecord> PlanRepository::find_activity(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql =
      cat({"SELECT ", kActivityColumns, " FROM plan_activities a WHERE a.partnership_id = $1 AND a.id = $2"});
  auto rows = c_.query(sql, {partnership_id, id});
  if (rows.empty()) return std::nullopt;
  std::vector<ActivityRecord> one{activity_from(rows.front())};
  fill_people(one, "a.id = $1", id);
  return std::move(one.front());
}

std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> PlanRepository::activity_parents(
    std::int64_t partnership_id) {
  static const std::string sql = "SELECT id, parent_activity_id FROM plan_activities WHERE partnership_id = $1";
  std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.emplace_back(row.integer(0), row.optional_integer(1));
  return out;
}

GoalRecord PlanRepository::insert_goal(std::int64_t partnership_id, const GoalFields& f, const std::string& now) {
  static const std::string sql = cat(
      {"INSERT INTO plan_goals (partnership_id, position, title, rationale, version, created_at, updated_at) "
       "VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM plan_goals WHERE partnership_id = $1), $2, $3, 1, $4, "
       "$4) RETURNING ",
       kGoalColumns});
  return goal_from(c_.query(sql, {partnership_id, f.title, nullable(f.rationale), now}).at(0));
}

ObjectiveRecord PlanRepository::insert_objective(std::int64_t partnership_id, std::int64_t goal_id,
                                                 const ObjectiveFields& f, const std::string& now) {
  static const std::string sql =
      cat({"INSERT INTO plan_objectives (partnership_id, goal_id, position, title, indicator, unit, baseline, target, "
           "direction, start_on, target_on, weight, version, created_at, updated_at) VALUES ($1, $2, "
           "(SELECT COALESCE(MAX(position), 0) + 1 FROM plan_objectives WHERE goal_id = $2), $3, $4, $5, $6, $7, $8, "
           "$9, $10, $11, 1, $12, $12) RETURNING ",
           kObjectiveColumns});
  return objective_from(c_.query(sql, {partnership_id, goal_id, f.title, f.indicator, f.unit, f.baseline, f.target,
                                       std::string(to_key(f.direction)), format_date(f.start_on),
                                       format_date(f.target_on), f.weight, now})
                            .at(0));
}

std::int64_t PlanRepository::add_activity(std::int64_t partnership_id, const ActivityPlace& place,
                                         const ActivityFields& f, const std::string& now) {
  // $15 is the parent or the objective that picks the siblings (unused for unfiled activities,
  // so it is only sent when needed: PostgreSQL refuses parameters it cannot type).
  const bool keyed = place.parent_activity_id || place.objective_id;
  const auto sql = cat(
      {"INSERT INTO plan_activities (partnership_id, objective_id, parent_activity_id, position, title, description, "
       "start_on, due_on, status, percent, resources_needed, rationale, expected_outcome, version, created_at, "
       "updated_at, done_at) VALUES ($1, $2, $3, (SELECT COALESCE(MAX(position), 0) + 1 FROM plan_activities WHERE ",
       activity_siblings(place, "$15"), "), $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13, $14) RETURNING id"});
  const bool done = f.status == ActivityStatus::done;
  std::vector<SqlParam> params{partnership_id, nullable(place.objective_id), nullable(place.parent_activity_id),
                               f.title, nullable(f.description), nullable(f.start_on), nullable(f.due_on),
                               std::string(to_key(f.status)), static_cast<std::int64_t>(f.percent),
                               nullable(f.resources_needed), nullable(f.rationale), nullable(f.expected_outcome), now,
                               done ? SqlParam(now) : SqlParam(nullptr)};
  if (keyed) params.push_back(place.parent_activity_id ? *place.parent_activity_id : *place.objective_id);
  const auto id = c_.query(sql, params).at(0).integer(0);
  save_people(id, f, false);
  return id;
}

ActivityRecord PlanRepository::insert_activity(std::int64_t partnership_id, const ActivityPlace& place,
                                               const ActivityFields& f, const std::string& now) {
  return *find_activity(partnership_id, add_activity(partnership_id, place, f, now));
}

void PlanRepository::save_people(std::int64_t activity_id, const ActivityFields& f, bool replacing) {
  if (replacing) {
    c_.query("DELETE FROM plan_activity_owners WHERE activity_id = $1", {activity_id});
    c_.query("DELETE FROM plan_activity_organizations WHERE activity_id = $1", {activity_id});
  }
  for (auto owner : f.owner_ids) {
    c_.query("INSERT INTO plan_activity_owners (activity_id, membership_id) VALUES ($1, $2)", {activity_id, owner});
  }
  for (auto organization : f.organization_ids) {
    c_.query("INSERT INTO plan_activity_organizations (activity_id, organization_id) VALUES ($1, $2)",
             {activity_id, organization});
  }
}

bool PlanRepository::update_goal(std::int64_t id, std::int64_t expected_version, const GoalFields& f,
                                 const std::optional<std::string>& archived_at, const std::string& now) {
  static const std::string sql =
      "UPDATE plan_goals SET title = $3, rationale = $4, archived_at = $5, version = version + 1, updated_at = $6 "
      "WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, {id, expected_version, f.title, nullable(f.rationale), nullable(archived_at), now}).empty();
}

bool PlanRepository::update_objective(std::int64_t id, std::int64_t expected_version, std::int64_t goal_id,
                                      const ObjectiveFields& f, const std::optional<std::string>& archived_at,
                                      const std::string& now) {
  static const std::string sql =
      "UPDATE plan_objectives SET goal_id = $3, title = $4, indicator = $5, unit = $6, baseline = $7, target = $8, "
      "direction = $9, start_on = $10, target_on = $11, weight = $12, archived_at = $13, version = version + 1, "
      "updated_at = $14 WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, {id, expected_version, goal_id, f.title, f.indicator, f.unit, f.baseline, f.target,
                         std::string(to_key(f.direction)), format_date(f.start_on), format_date(f.target_on), f.weight,
                         nullable(archived_at), now})
              .empty();
}

bool PlanRepository::update_activity(std::int64_t id, std::int64_t expected_version, const ActivityPlace& place,
                                     const ActivityFields& f, const std::optional<std::string>& archived_at,
                                     const std::string& now) {
  static const std::string sql =
      "UPDATE plan_activities SET objective_id = $3, parent_activity_id = $4, title = $5, description = $6, "
      "start_on = $7, due_on = $8, status = $9, percent = $10, resources_needed = $11, rationale = $12, "
      "expected_outcome = $13, archived_at = $14, version = version + 1, updated_at = $15, "
      "done_at = CASE WHEN $9 = 'done' THEN COALESCE(done_at, $15) END WHERE id = $1 AND version = $2 RETURNING id";
  const bool updated =
      !c_.query(sql, {id, expected_version, nullable(place.objective_id), nullable(place.parent_activity_id), f.title,
                      nullable(f.description), nullable(f.start_on), nullable(f.due_on),
                      std::string(to_key(f.status)), static_cast<std::int64_t>(f.percent), nullable(f.resources_needed),
                      nullable(f.rationale), nullable(f.expected_outcome), nullable(archived_at), now})
           .empty();
  if (updated) save_people(id, f, true);
  return updated;
}

void PlanRepository::set_objective_of_descendants(std::int64_t activity_id, std::optional<std::int64_t> objective_id) {
  std::vector<std::int64_t> frontier{activity_id};
  while (!frontier.empty()) {
    const auto parent = frontier.back();
    frontier.pop_back();
    for (const auto& row :
         c_.query("UPDATE plan_activities SET objective_id = $2 WHERE parent_activity_id = $1 RETURNING id",
                  {parent, nullable(objective_id)})) {
      frontier.push_back(row.integer(0));
    }
  }
}

void PlanRepository::set_status(std::int64_t id, ActivityStatus status, int percent, const std::string& now) {
  c_.query("UPDATE plan_activities SET status = $2, percent = $3, version = version + 1, updated_at = $4, "
           "done_at = CASE WHEN $2 = 'done' THEN COALESCE(done_at, $4) END WHERE id = $1",
           {id, std::string(to_key(status)), static_cast<std::int64_t>(percent), now});
}

void PlanRepository::place_goal(std::int64_t partnership_id, std::int64_t id, int position) {
  renumber(c_, "plan_goals", "partnership_id = $1", {partnership_id}, id, position);
}

void PlanRepository::close_objective_gaps(std::int64_t goal_id) {
  renumber(c_, "plan_objectives", "goal_id = $1", {goal_id}, 0, 0);
}

void PlanRepository::close_activity_gaps(std::int64_t partnership_id, const ActivityPlace& place) {
  place_activity(partnership_id, place, 0, 0);
}

std::vector<MemberKey> PlanRepository::member_keys(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT id, person_email, status FROM memberships WHERE partnership_id = $1 ORDER BY id";
  std::vector<MemberKey> out;
  for (const auto& row : c_.query(sql, {partnership_id})) {
    auto status = membership_status_from_key(row.text(2));
    out.push_back({row.integer(0), row.optional_text(1), status && is_open(*status)});
  }
  return out;
}

void PlanRepository::place_objective(std::int64_t goal_id, std::int64_t id, int position) {
  renumber(c_, "plan_objectives", "goal_id = $1", {goal_id}, id, position);
}

void PlanRepository::place_activity(std::int64_t partnership_id, const ActivityPlace& place, std::int64_t id,
                                    int position) {
  std::vector<SqlParam> params{partnership_id};
  if (place.parent_activity_id) params.push_back(*place.parent_activity_id);
  else if (place.objective_id) params.push_back(*place.objective_id);
  renumber(c_, "plan_activities", activity_siblings(place, "$2"), std::move(params), id, position);
}

std::vector<MeasurementRecord> PlanRepository::measurements(std::int64_t objective_id) {
  static const std::string sql = cat({"SELECT ", kMeasurementColumns,
                                      " FROM plan_measurements WHERE objective_id = $1 ORDER BY measured_on, id"});
  std::vector<MeasurementRecord> out;
  for (const auto& row : c_.query(sql, {objective_id})) out.push_back(measurement_from(row));
  return out;
}

MeasurementRecord PlanRepository::insert_measurement(std::int64_t objective_id, Day on, double value,
                                                     const std::optional<std::string>& note,
                                                     std::optional<std::int64_t> recorded_by, const std::string& now) {
  static const std::string sql = cat(
      {"INSERT INTO plan_measurements (objective_id, measured_on, value, note, recorded_by, created_at) VALUES ($1, "
       "$2, $3, $4, $5, $6) RETURNING ",
       kMeasurementColumns});
  return measurement_from(
      c_.query(sql, {objective_id, format_date(on), value, nullable(note), nullable(recorded_by), now}).at(0));
}

bool PlanRepository::remove_measurement(std::int64_t objective_id, std::int64_t id) {
  return !c_.query("DELETE FROM plan_measurements WHERE objective_id = $1 AND id = $2 RETURNING id", {objective_id, id})
              .empty();
}

std::vector<PlanRepository::OwnedActivity> PlanRepository::owned_by_user(std::int64_t user_id, bool include_closed) {
  const auto sql = cat(
      {"SELECT ", kActivityColumns,
       ", p.name FROM plan_activities a JOIN partnerships p ON p.id = a.partnership_id WHERE a.archived_at IS NULL",
       include_closed ? "" : " AND a.status NOT IN ('done', 'cancelled')",
       " AND a.id IN (SELECT o.activity_id FROM plan_activity_owners o JOIN memberships m ON m.id = o.membership_id "
       "WHERE m.user_id = $1 AND m.status = 'active') ORDER BY a.due_on IS NULL, a.due_on, a.id LIMIT 1000"});
  std::vector<OwnedActivity> out;
  std::vector<ActivityRecord> activities;
  std::vector<std::string> names;
  for (const auto& row : c_.query(sql, {user_id})) {
    activities.push_back(activity_from(row));
    names.push_back(row.text(kActivityColumnCount));
  }
  fill_people(activities,
              "a.id IN (SELECT o2.activity_id FROM plan_activity_owners o2 JOIN memberships m2 ON m2.id = "
              "o2.membership_id WHERE m2.user_id = $1 AND m2.status = 'active')",
              user_id);
  for (std::size_t i = 0; i < activities.size(); ++i) out.push_back({std::move(activities[i]), std::move(names[i])});
  return out;
}

std::map<std::int64_t, std::string> PlanRepository::owner_names(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT m.id, m.person_name, m.person_email, g.name FROM memberships m LEFT JOIN organizations g ON "
      "g.id = m.organization_id WHERE m.id IN (SELECT o.membership_id FROM plan_activity_owners o JOIN "
      "plan_activities a ON a.id = o.activity_id WHERE a.partnership_id = $1)";
  std::map<std::int64_t, std::string> out;
  for (const auto& row : c_.query(sql, {partnership_id})) {
    Membership m;
    m.id = row.integer(0);
    m.fields.person_name = row.optional_text(1);
    m.fields.person_email = row.optional_text(2);
    if (auto organization = row.optional_text(3)) m.organization = OrganizationRef{0, *organization, Sector::other};
    out[m.id] = display_name(m);
  }
  return out;
}

std::map<std::int64_t, std::string> PlanRepository::organization_names(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT id, name FROM organizations WHERE id IN (SELECT o.organization_id FROM plan_activity_organizations o "
      "JOIN plan_activities a ON a.id = o.activity_id WHERE a.partnership_id = $1)";
  std::map<std::int64_t, std::string> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out[row.integer(0)] = row.text(1);
  return out;
}

std::optional<std::string> PlanRepository::first_goal_created_at(std::int64_t partnership_id) {
  auto rows = c_.query("SELECT MIN(created_at) FROM plan_goals WHERE partnership_id = $1", {partnership_id});
  return rows.at(0).optional_timestamp(0);
}

}  // namespace cg::store
