#include "store/responsibility_repository.h"

#include <map>

namespace cg::store {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, partnership_id, title, description, version, created_at, updated_at FROM responsibilities ";

Responsibility from_row(const Row& row) {
  Responsibility r;
  r.id = row.integer(0);
  r.partnership_id = row.integer(1);
  r.title = row.text(2);
  r.description = row.optional_text(3);
  r.version = row.integer(4);
  r.created_at = row.timestamp(5);
  r.updated_at = row.timestamp(6);
  return r;
}

}  // namespace

Responsibility ResponsibilityRepository::insert(std::int64_t partnership_id, const std::string& title,
                                                const std::optional<std::string>& description, const std::string& now) {
  static const std::string sql =
      "INSERT INTO responsibilities (partnership_id, title, description, version, created_at, updated_at) "
      "VALUES ($1, $2, $3, 1, $4, $4) RETURNING id, partnership_id, title, description, version, created_at, "
      "updated_at";
  return from_row(c_.query(sql, {partnership_id, title, nullable(description), now}).at(0));
}

std::optional<Responsibility> ResponsibilityRepository::find(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql = std::string(kSelect) + "WHERE partnership_id = $1 AND id = $2";
  const auto rows = c_.query(sql, {partnership_id, id});
  if (rows.empty()) return std::nullopt;
  auto r = from_row(rows.front());
  r.assignments = assignments(r.id);
  return r;
}

std::vector<Responsibility> ResponsibilityRepository::list(std::int64_t partnership_id) {
  static const std::string sql = std::string(kSelect) + "WHERE partnership_id = $1 ORDER BY id";
  static const std::string assignments_sql =
      "SELECT a.responsibility_id, a.membership_id, a.note FROM responsibility_assignments a JOIN responsibilities r "
      "ON r.id = a.responsibility_id WHERE r.partnership_id = $1 ORDER BY a.responsibility_id, a.membership_id";
  std::map<std::int64_t, std::vector<ResponsibilityAssignment>> by_responsibility;
  for (const auto& row : c_.query(assignments_sql, {partnership_id})) {
    by_responsibility[row.integer(0)].push_back({row.integer(1), row.optional_text(2)});
  }
  std::vector<Responsibility> out;
  for (const auto& row : c_.query(sql, {partnership_id})) {
    auto r = from_row(row);
    r.assignments = std::move(by_responsibility[r.id]);
    out.push_back(std::move(r));
  }
  return out;
}

bool ResponsibilityRepository::update(std::int64_t id, std::int64_t expected_version, const std::string& title,
                                      const std::optional<std::string>& description, const std::string& now) {
  static const std::string sql =
      "UPDATE responsibilities SET title = $3, description = $4, version = version + 1, updated_at = $5 "
      "WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, {id, expected_version, title, nullable(description), now}).empty();
}

void ResponsibilityRepository::remove(std::int64_t id) {
  c_.query("DELETE FROM responsibility_assignments WHERE responsibility_id = $1", {id});
  c_.query("DELETE FROM responsibilities WHERE id = $1", {id});
}

void ResponsibilityRepository::assign(std::int64_t id, std::int64_t membership_id,
                                      const std::optional<std::string>& note) {
  static const std::string sql =
      "INSERT INTO responsibility_assignments (responsibility_id, membership_id, note) VALUES ($1, $2, $3) "
      "ON CONFLICT (responsibility_id, membership_id) DO UPDATE SET note = excluded.note";
  c_.query(sql, {id, membership_id, nullable(note)});
}

bool ResponsibilityRepository::unassign(std::int64_t id, std::int64_t membership_id) {
  static const std::string sql =
      "DELETE FROM responsibility_assignments WHERE responsibility_id = $1 AND membership_id = $2 "
      "RETURNING membership_id";
  return !c_.query(sql, {id, membership_id}).empty();
}

std::vector<ResponsibilityAssignment> ResponsibilityRepository::assignments(std::int64_t id) {
  static const std::string sql =
      "SELECT membership_id, note FROM responsibility_assignments WHERE responsibility_id = $1 ORDER BY membership_id";
  std::vector<ResponsibilityAssignment> out;
  for (const auto& row : c_.query(sql, {id})) out.push_back({row.integer(0), row.optional_text(1)});
  return out;
}

}  // namespace cg::store
