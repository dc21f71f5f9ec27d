#include "store/plan_register_repository.h"

#include "store/errors.h"
#include "store/sql_text.h"

namespace cg::store {
namespace {

constexpr std::string_view kResourceColumns =
    "id, partnership_id, version, created_at, updated_at, entry, kind, description, amount, unit, period, "
    "membership_id, activity_id, used, committed_on";
constexpr std::string_view kRiskColumns =
    "id, partnership_id, version, created_at, updated_at, title, description, likelihood, impact, trigger_text, "
    "response, owner_id, status";

RegisterStamp stamp_of(const Row& row) {
  return {row.integer(0), row.integer(1), row.integer(2), row.timestamp(3), row.timestamp(4)};
}

ResourceRecord resource_from(const Row& row) {
  ResourceRecord r;
  r.stamp = stamp_of(row);
  auto& f = r.fields;
  f.entry = known(resource_entry_from_key(row.text(5)), row.text(5));
  f.kind = known(resource_kind_from_key(row.text(6)), row.text(6));
  f.description = row.text(7);
  f.amount = row.real(8);
  f.unit = row.text(9);
  f.period = known(resource_period_from_key(row.text(10)), row.text(10));
  f.membership_id = row.optional_integer(11);
  f.activity_id = row.optional_integer(12);
  f.used = row.real(13);
  f.committed_on = row.optional_date(14);
  return r;
}

RiskRecord risk_from(const Row& row) {
  RiskRecord r;
  r.stamp = stamp_of(row);
  auto& f = r.fields;
  f.title = row.text(5);
  f.description = row.optional_text(6);
  f.likelihood = static_cast<int>(row.integer(7));
  f.impact = static_cast<int>(row.integer(8));
  f.trigger = row.optional_text(9);
  f.response = row.optional_text(10);
  f.owner_id = row.optional_integer(11);
  f.status = known(risk_status_from_key(row.text(12)), row.text(12));
  return r;
}

std::vector<SqlParam> resource_params(const ResourceFields& f) {
  return {std::string(to_key(f.entry)), std::string(to_key(f.kind)), f.description, f.amount, f.unit,
          std::string(to_key(f.period)), nullable(f.membership_id), nullable(f.activity_id), f.used,
          nullable(f.committed_on)};
}

std::vector<SqlParam> risk_params(const RiskFields& f) {
  return {f.title, nullable(f.description), static_cast<std::int64_t>(f.likelihood), static_cast<std::int64_t>(f.impact),
          nullable(f.trigger), nullable(f.response), nullable(f.owner_id), std::string(to_key(f.status))};
}

std::vector<SqlParam> joined(std::vector<SqlParam> head, const std::vector<SqlParam>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

}  // namespace

std::vector<ResourceRecord> PlanRegisterRepository::resources(std::int64_t partnership_id) {
  static const std::string sql = cat({"SELECT ", kResourceColumns, " FROM plan_resources WHERE partnership_id = $1 ORDER BY id"});
  std::vector<ResourceRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(resource_from(row));
  return out;
}

std::optional<ResourceRecord> PlanRegisterRepository::find_resource(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql =
      cat({"SELECT ", kResourceColumns, " FROM plan_resources WHERE partnership_id = $1 AND id = $2"});
  auto rows = c_.query(sql, {partnership_id, id});
  if (rows.empty()) return std::nullopt;
  return resource_from(rows.front());
}

ResourceRecord PlanRegisterRepository::insert_resource(std::int64_t partnership_id, const ResourceFields& f,
                                                       const std::string& now) {
  static const std::string sql =
      cat({"INSERT INTO plan_resources (partnership_id, created_at, updated_at, version, entry, kind, description, "
           "amount, unit, period, membership_id, activity_id, used, committed_on) VALUES ($1, $2, $2, 1, $3, $4, $5, "
           "$6, $7, $8, $9, $10, $11, $12) RETURNING ",
           kResourceColumns});
  return resource_from(c_.query(sql, joined({partnership_id, now}, resource_params(f))).at(0));
}

bool PlanRegisterRepository::update_resource(std::int64_t id, std::int64_t expected_version, const ResourceFields& f,
                                             const std::string& now) {
  static const std::string sql =
      "UPDATE plan_resources SET updated_at = $3, version = version + 1, entry = $4, kind = $5, description = $6, "
      "amount = $7, unit = $8, period = $9, membership_id = $10, activity_id = $11, used = $12, committed_on = $13 "
      "WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, joined({id, expected_version, now}, resource_params(f))).empty();
}

bool PlanRegisterRepository::remove_resource(std::int64_t partnership_id, std::int64_t id) {
  return !c_.query("DELETE FROM plan_resources WHERE partnership_id = $1 AND id = $2 RETURNING id", {partnership_id, id})
              .empty();
}

std::vector<RiskRecord> PlanRegisterRepository::risks(std::int64_t partnership_id) {
  static const std::string sql = cat({"SELECT ", kRiskColumns, " FROM plan_risks WHERE partnership_id = $1 ORDER BY id"});
  std::vector<RiskRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(risk_from(row));
  return out;
}

std::optional<RiskRecord> PlanRegisterRepository::find_risk(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql = cat({"SELECT ", kRiskColumns, " FROM plan_risks WHERE partnership_id = $1 AND id = $2"});
  auto rows = c_.query(sql, {partnership_id, id});
  if (rows.empty()) return std::nullopt;
  return risk_from(rows.front());
}

RiskRecord PlanRegisterRepository::insert_risk(std::int64_t partnership_id, const RiskFields& f, const std::string& now) {
  static const std::string sql =
      cat({"INSERT INTO plan_risks (partnership_id, created_at, updated_at, version, title, description, likelihood, "
           "impact, trigger_text, response, owner_id, status) VALUES ($1, $2, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10) "
           "RETURNING ",
           kRiskColumns});
  return risk_from(c_.query(sql, joined({partnership_id, now}, risk_params(f))).at(0));
}

bool PlanRegisterRepository::update_risk(std::int64_t id, std::int64_t expected_version, const RiskFields& f,
                                         const std::string& now) {
  static const std::string sql =
      "UPDATE plan_risks SET updated_at = $3, version = version + 1, title = $4, description = $5, likelihood = $6, "
      "impact = $7, trigger_text = $8, response = $9, owner_id = $10, status = $11 WHERE id = $1 AND version = $2 "
      "RETURNING id";
  return !c_.query(sql, joined({id, expected_version, now}, risk_params(f))).empty();
}

}  // namespace cg::store
