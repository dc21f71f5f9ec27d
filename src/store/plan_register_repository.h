// Reads and writes the plan's two registers: resources (needs and commitments) and risks. Runs
// inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/plan_resource.h"
#include "domain/plan_risk.h"
#include "store/connection.h"

namespace cg::store {

struct RegisterStamp {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct ResourceRecord {
  RegisterStamp stamp;
  ResourceFields fields;
};

struct RiskRecord {
  RegisterStamp stamp;
  RiskFields fields;
};

class PlanRegisterRepository {
 public:
  explicit PlanRegisterRepository(Connection& connection) : c_(connection) {}

  std::vector<ResourceRecord> resources(std::int64_t partnership_id);
  std::optional<ResourceRecord> find_resource(std::int64_t partnership_id, std::int64_t id);
  ResourceRecord insert_resource(std::int64_t partnership_id, const ResourceFields& fields, const std::string& now);
  // False when the stored version is not `expected_version`.
  bool update_resource(std::int64_t id, std::int64_t expected_version, const ResourceFields& fields,
                       const std::string& now);
  bool remove_resource(std::int64_t partnership_id, std::int64_t id);

  std::vector<RiskRecord> risks(std::int64_t partnership_id);
  std::optional<RiskRecord> find_risk(std::int64_t partnership_id, std::int64_t id);
  RiskRecord insert_risk(std::int64_t partnership_id, const RiskFields& fields, const std::string& now);
  bool update_risk(std::int64_t id, std::int64_t expected_version, const RiskFields& fields, const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
