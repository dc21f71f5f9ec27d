// Use cases for the plan's registers: resources (what activities need, what partners commit, and
// the totals and gaps) and risks (the contingency register with its likelihood × impact grid).
// Leads, coordinators and members keep both; observers read. Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/plan_resource.h"
#include "domain/plan_risk.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/plan_register_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct ResourceView {
  std::vector<store::ResourceRecord> items;
  ResourceSummary summary;
  std::map<std::int64_t, std::string> member_names;
};

struct RiskView {
  std::vector<store::RiskRecord> items;
  RiskGrid grid;
  std::map<std::int64_t, std::string> member_names;
};

class PlanRegisterService {
 public:
  PlanRegisterService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<ResourceView> resources(std::int64_t partnership_id, const User& viewer);
  Result<store::ResourceRecord> resource(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<store::ResourceRecord> add_resource(std::int64_t partnership_id, ResourceFields fields, const User& by,
                                             const Actor& actor);
  Result<store::ResourceRecord> update_resource(std::int64_t partnership_id, std::int64_t id,
                                                std::optional<std::int64_t> based_on, ResourceFields fields,
                                                const User& by, const Actor& actor);
  Result<Done> remove_resource(std::int64_t partnership_id, std::int64_t id, const User& by, const Actor& actor);

  Result<RiskView> risks(std::int64_t partnership_id, const User& viewer);
  Result<store::RiskRecord> risk(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<store::RiskRecord> add_risk(std::int64_t partnership_id, RiskFields fields, const User& by, const Actor& actor);
  Result<store::RiskRecord> update_risk(std::int64_t partnership_id, std::int64_t id,
                                        std::optional<std::int64_t> based_on, RiskFields fields, const User& by,
                                        const Actor& actor);

 private:
  std::string now() const;

  store::Store& store_;
  const Clock clock_;
};

// The summary and attention list read resources with the partner behind each.
std::vector<ResourceFacts> resource_facts(store::Connection& c, std::int64_t partnership_id,
                                          const std::vector<store::ResourceRecord>& records,
                                          std::map<std::int64_t, std::string>* member_names);

}  // namespace cg::app
