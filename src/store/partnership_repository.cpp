#include "store/partnership_repository.h"

#include "domain/text_rules.h"
#include "store/errors.h"
#include "store/json_list.h"
#include "store/where_clause.h"

namespace cg::store {
namespace {

// RETURNING lists the bare columns; SELECTs that join memberships qualify them with "p.".
constexpr std::string_view kColumns =
    "id, name, short_name, area_served, area_geojson, focus_problems, description, status, visibility, "
    "review_cadence_days, essential_sectors, version, created_at, updated_at";
const std::string kQualifiedColumns = [] {
  std::string out = "p.";
  for (char c : kColumns) {
    out += c;
    if (c == ' ') out += "p.";
  }
  return out;
}();
constexpr int kColumnCount = 14;

// Counts active members and finds the viewer's own active seat ($1 is the viewer's user id).
constexpr std::string_view kViewColumns =
    ", (SELECT COUNT(*) FROM memberships am WHERE am.partnership_id = p.id AND am.status = 'active'), "
    "my.role, my.id FROM partnerships p LEFT JOIN memberships my ON my.partnership_id = p.id "
    "AND my.user_id = $1 AND my.status = 'active' ";

std::vector<std::string> sector_keys(const std::vector<Sector>& sectors) {
  std::vector<std::string> keys;
  for (auto s : sectors) keys.emplace_back(to_key(s));
  return keys;
}

Partnership from_row(const Row& row) {
  Partnership p;
  p.id = row.integer(0);
  auto& f = p.fields;
  f.name = row.text(1);
  f.short_name = row.optional_text(2);
  f.area_served = row.optional_text(3);
  f.area_geojson = row.optional_text(4);
  f.focus_problems = from_json_list(row.text(5));
  f.description = row.optional_text(6);
  const auto status = partnership_status_from_key(row.text(7));
  const auto visibility = visibility_from_key(row.text(8));
  if (!status || !visibility) throw DatabaseError("partnership " + row.text(0) + " has an unknown status or visibility");
  f.status = *status;
  f.visibility = *visibility;
  f.review_cadence_days = static_cast<int>(row.integer(9));
  for (const auto& key : from_json_list(row.text(10))) {
    auto sector = sector_from_key(key);
    if (!sector) throw DatabaseError("partnership " + row.text(0) + " lists an unknown sector " + key);
    f.essential_sectors.push_back(*sector);
  }
  p.version = row.integer(11);
  p.created_at = row.timestamp(12);
  p.updated_at = row.timestamp(13);
  return p;
}

PartnershipView view_from_row(const Row& row) {
  PartnershipView v;
  v.partnership = from_row(row);
  v.active_members = static_cast<int>(row.integer(kColumnCount));
  if (auto role = row.optional_text(kColumnCount + 1)) v.my_role = partnership_role_from_key(*role);
  if (!row.is_null(kColumnCount + 2)) v.my_membership_id = row.integer(kColumnCount + 2);
  return v;
}

std::vector<SqlParam> field_params(const PartnershipFields& f) {
  return {f.name,
          text::ascii_lower(f.name),
          nullable(f.short_name),
          nullable(f.area_served),
          nullable(f.area_geojson),
          to_json_list(f.focus_problems),
          nullable(f.description),
          std::string(to_key(f.status)),
          std::string(to_key(f.visibility)),
          std::int64_t{f.review_cadence_days},
          to_json_list(sector_keys(f.essential_sectors))};
}

}  // namespace

Partnership PartnershipRepository::insert(const PartnershipFields& fields, const std::string& now) {
  static const std::string sql =
      "INSERT INTO partnerships (name, name_key, short_name, area_served, area_geojson, focus_problems, "
      "description, status, visibility, review_cadence_days, essential_sectors, version, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $12) RETURNING " + std::string(kColumns);
  auto params = field_params(fields);
  params.emplace_back(now);
  return from_row(c_.query(sql, params).at(0));
}

std::optional<Partnership> PartnershipRepository::find(std::int64_t id) {
  static const std::string sql = "SELECT " + kQualifiedColumns + " FROM partnerships p WHERE p.id = $1";
  const auto rows = c_.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::optional<PartnershipView> PartnershipRepository::view(std::int64_t id, std::int64_t viewer_user_id) {
  static const std::string sql = "SELECT " + kQualifiedColumns + std::string(kViewColumns) + "WHERE p.id = $2";
  const auto rows = c_.query(sql, {viewer_user_id, id});
  if (rows.empty()) return std::nullopt;
  return view_from_row(rows.front());
}

std::vector<PartnershipView> PartnershipRepository::list(const PartnershipFilter& filter) {
  WhereClause where;
  where.params().emplace_back(filter.viewer_user_id);  // $1 in kViewColumns
  if (filter.mine_only) {
    where.add("my.id IS NOT NULL", {});
  } else if (!filter.viewer_sees_all) {
    where.add("(p.visibility = 'public' OR my.id IS NOT NULL)", {});
  }
  if (filter.status) where.add("p.status = ?1", {std::string(to_key(*filter.status))});
  if (!filter.name_contains.empty()) {
    where.add("p.name_key LIKE ?1 ESCAPE '\\'", {like_contains(filter.name_contains)});
  }
  if (filter.after) {
    where.add("(p.name_key > ?1 OR (p.name_key = ?1 AND p.id > ?2))", {filter.after->name_key, filter.after->id});
  }
  auto& params = where.params();
  params.emplace_back(std::int64_t{filter.limit});
  const std::string sql = "SELECT " + kQualifiedColumns + std::string(kViewColumns) + where.sql() +
                          " ORDER BY p.name_key, p.id LIMIT $" + std::to_string(params.size());
  std::vector<PartnershipView> out;
  for (const auto& row : c_.query(sql, params)) out.push_back(view_from_row(row));
  return out;
}

std::vector<Partnership> PartnershipRepository::list_public() {
  static const std::string sql = "SELECT " + kQualifiedColumns +
                                 " FROM partnerships p WHERE p.visibility = 'public' ORDER BY p.name_key, p.id";
  std::vector<Partnership> out;
  for (const auto& row : c_.query(sql)) out.push_back(from_row(row));
  return out;
}

std::optional<Partnership> PartnershipRepository::update(std::int64_t id, std::int64_t expected_version,
                                                         const PartnershipFields& fields, const std::string& now) {
  static const std::string sql =
      "UPDATE partnerships SET name = $1, name_key = $2, short_name = $3, area_served = $4, area_geojson = $5, "
      "focus_problems = $6, description = $7, status = $8, visibility = $9, review_cadence_days = $10, "
      "essential_sectors = $11, version = version + 1, updated_at = $12 WHERE id = $13 AND version = $14 "
      "RETURNING " + std::string(kColumns);
  auto params = field_params(fields);
  params.emplace_back(now);
  params.emplace_back(id);
  params.emplace_back(expected_version);
  const auto rows = c_.query(sql, params);
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

}  // namespace cg::store
