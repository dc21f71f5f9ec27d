// Use cases for partner organisations: one function per thing a person does.
// Each validates, applies the domain rules and writes in one transaction.
// Thread-safe; blocks on the database, so call it from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/organization.h"
#include "domain/result.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct OrganizationQuery {
  std::optional<Sector> sector;
  std::string name_contains;
  std::optional<std::string> after;  // cursor from a previous page
  int limit = 50;
};

struct OrganizationPage {
  std::vector<Organization> items;
  std::optional<std::string> next;  // cursor for the following page; absent on the last page
};

inline constexpr int kMaxPageSize = 200;

class OrganizationService {
 public:
  OrganizationService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  // 400 with every invalid field, 409 when the name is taken. Changes are audited as `actor`.
  Result<Organization> create(OrganizationFields fields, const Actor& actor);
  // 404 when there is no such organisation.
  Result<Organization> get(std::int64_t id);
  // 400 for a cursor this server did not issue or a limit outside 1..kMaxPageSize.
  Result<OrganizationPage> list(const OrganizationQuery& query);
  // `based_on_version` is the version the caller edited (If-Match): 428 when absent, 412 when
  // stale, 404, 400, 409 as for create.
  Result<Organization> update(std::int64_t id, std::optional<std::int64_t> based_on_version,
                              const OrganizationPatch& patch, const Actor& actor);
  // 404 when absent; 412 when `based_on_version` is given and stale; 409 when partnership
  // memberships (current or past) refer to it.
  Result<Done> remove(std::int64_t id, std::optional<std::int64_t> based_on_version, const Actor& actor);

 private:
  std::string now() const;
  Result<Done> remove_unreferenced(std::int64_t id, std::optional<std::int64_t> based_on_version, const Actor& actor);

  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
