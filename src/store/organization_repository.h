// Reads and writes partner organisations. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/organization.h"
#include "store/connection.h"

namespace cg::store {

// Keyset position: list rows strictly after this (name_key, id).
struct OrganizationPosition {
  std::string name_key;
  std::int64_t id = 0;
};

struct OrganizationFilter {
  std::optional<Sector> sector;
  std::string name_contains;  // matched case-insensitively anywhere in the name; empty: all
  std::optional<OrganizationPosition> after;
  int limit = 50;
};

class OrganizationRepository {
 public:
  explicit OrganizationRepository(Connection& connection) : c_(connection) {}

  // Throws UniqueViolation when another organisation has the same name.
  Organization insert(const OrganizationFields& fields, const std::string& now);

  std::optional<Organization> find(std::int64_t id);
  // Matches case-insensitively (ASCII), as the uniqueness rule does.
  std::optional<Organization> find_by_name(std::string_view name);

  // Ordered by name_key then id; at most filter.limit rows.
  std::vector<Organization> list(const OrganizationFilter& filter);

  // Writes the fields only if the stored version is `expected_version`, bumping it. Returns the
  // new state, or nullopt when the row is gone or the version moved on. Throws UniqueViolation.
  std::optional<Organization> update(std::int64_t id, std::int64_t expected_version,
                                     const OrganizationFields& fields, const std::string& now);

  // Returns whether a row was deleted.
  bool remove(std::int64_t id);

 private:
  Connection& c_;
};

}  // namespace cg::store
