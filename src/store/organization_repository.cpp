#include "store/organization_repository.h"

#include "store/errors.h"
#include "store/where_clause.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns =
    "id, name, sector, kind, website, phone, email, notes, version, created_at, updated_at";

Organization from_row(const Row& row) {
  Organization o;
  o.id = row.integer(0);
  o.fields.name = row.text(1);
  const auto sector = sector_from_key(row.text(2));
  const auto kind = organization_kind_from_key(row.text(3));
  if (!sector || !kind) throw DatabaseError("organization " + row.text(0) + " has an unknown sector or kind");
  o.fields.sector = *sector;
  o.fields.kind = *kind;
  o.fields.website = row.optional_text(4);
  o.fields.phone = row.optional_text(5);
  o.fields.email = row.optional_text(6);
  o.fields.notes = row.optional_text(7);
  o.version = row.integer(8);
  o.created_at = row.timestamp(9);
  o.updated_at = row.timestamp(10);
  return o;
}

std::string select_sql(std::string_view tail) {
  return "SELECT " + std::string(kColumns) + " FROM organizations " + std::string(tail);
}

}  // namespace

Organization OrganizationRepository::insert(const OrganizationFields& f, const std::string& now) {
  static const std::string sql =
      "INSERT INTO organizations (name, name_key, sector, kind, website, phone, email, notes, "
      "version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $9) "
      "RETURNING " + std::string(kColumns);
  const auto rows = c_.query(sql, {f.name, name_key(f.name), std::string(to_key(f.sector)),
                                   std::string(to_key(f.kind)), nullable(f.website),
                                   nullable(f.phone), nullable(f.email), nullable(f.notes), now});
  return from_row(rows.at(0));
}

std::optional<Organization> OrganizationRepository::find(std::int64_t id) {
  static const std::string sql = select_sql("WHERE id = $1");
  const auto rows = c_.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::optional<Organization> OrganizationRepository::find_by_name(std::string_view name) {
  static const std::string sql = select_sql("WHERE name_key = $1");
  const auto rows = c_.query(sql, {name_key(name)});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::vector<Organization> OrganizationRepository::list(const OrganizationFilter& filter) {
  WhereClause where;
  if (filter.sector) where.add("sector = ?1", {std::string(to_key(*filter.sector))});
  if (!filter.name_contains.empty()) {
    where.add("name_key LIKE ?1 ESCAPE '\\'", {like_contains(filter.name_contains)});
  }
  if (filter.after) {
    where.add("(name_key > ?1 OR (name_key = ?1 AND id > ?2))", {filter.after->name_key, filter.after->id});
  }
  auto& params = where.params();
  params.emplace_back(std::int64_t{filter.limit});
  const std::string sql =
      select_sql(where.sql() + " ORDER BY name_key, id LIMIT $" + std::to_string(params.size()));
  std::vector<Organization> out;
  for (const auto& row : c_.query(sql, params)) out.push_back(from_row(row));
  return out;
}

std::optional<Organization> OrganizationRepository::update(std::int64_t id,
                                                           std::int64_t expected_version,
                                                           const OrganizationFields& f,
                                                           const std::string& now) {
  static const std::string sql =
      "UPDATE organizations SET name = $3, name_key = $4, sector = $5, kind = $6, website = $7, "
      "phone = $8, email = $9, notes = $10, version = version + 1, updated_at = $11 "
      "WHERE id = $1 AND version = $2 RETURNING " + std::string(kColumns);
  const auto rows = c_.query(sql, {id, expected_version, f.name, name_key(f.name),
                                   std::string(to_key(f.sector)), std::string(to_key(f.kind)),
                                   nullable(f.website), nullable(f.phone), nullable(f.email),
                                   nullable(f.notes), now});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

bool OrganizationRepository::remove(std::int64_t id) {
  return !c_.query("DELETE FROM organizations WHERE id = $1 RETURNING id", {id}).empty();
}

}  // namespace cg::store
