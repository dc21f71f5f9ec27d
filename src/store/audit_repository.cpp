#include "store/audit_repository.h"

#include "store/where_clause.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns =
    "id, at, actor_user_id, actor_email, action, target_type, target_id, source_address, outcome, "
    "before_json, after_json, request_id";

SqlParam nullable_integer(const std::optional<std::int64_t>& value) {
  return value ? SqlParam(*value) : SqlParam(nullptr);
}

AuditEvent from_row(const Row& row) {
  AuditEvent e;
  e.id = row.integer(0);
  e.at = row.timestamp(1);
  if (!row.is_null(2)) e.actor_user_id = row.integer(2);
  e.actor_email = row.optional_text(3);
  e.action = row.text(4);
  e.target_type = row.optional_text(5);
  e.target_id = row.optional_text(6);
  e.source_address = row.optional_text(7);
  e.outcome = row.text(8);
  e.before_json = row.optional_text(9);
  e.after_json = row.optional_text(10);
  e.request_id = row.optional_text(11);
  return e;
}

}  // namespace

std::int64_t AuditRepository::append(const AuditEvent& e) {
  static const std::string sql =
      "INSERT INTO audit_events (at, actor_user_id, actor_email, action, target_type, target_id, "
      "source_address, outcome, before_json, after_json, request_id) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
  return c_
      .query(sql, {e.at, nullable_integer(e.actor_user_id), nullable(e.actor_email), e.action,
                   nullable(e.target_type), nullable(e.target_id), nullable(e.source_address), e.outcome,
                   nullable(e.before_json), nullable(e.after_json), nullable(e.request_id)})
      .at(0)
      .integer(0);
}

std::vector<AuditEvent> AuditRepository::list(const AuditFilter& f) {
  WhereClause where;
  if (f.actor_user_id) where.add("actor_user_id = ?1", {*f.actor_user_id});
  if (f.action_prefix) where.add("action LIKE ?1 ESCAPE '\\'", {like_contains(*f.action_prefix).substr(1)});
  if (f.outcome) where.add("outcome = ?1", {*f.outcome});
  if (f.from) where.add("at >= ?1", {*f.from});
  if (f.until) where.add("at < ?1", {*f.until});
  if (f.before_id) where.add("id < ?1", {*f.before_id});
  auto& params = where.params();
  params.emplace_back(std::int64_t{f.limit});
  const std::string sql = "SELECT " + std::string(kColumns) + " FROM audit_events " + where.sql() +
                          " ORDER BY id DESC LIMIT $" + std::to_string(params.size());
  std::vector<AuditEvent> out;
  for (const auto& row : c_.query(sql, params)) out.push_back(from_row(row));
  return out;
}

}  // namespace cg::store
