// Reads and writes partnerships, with the caller's own role in each. Runs inside the caller's
// transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/partnership.h"
#include "domain/partnership_role.h"
#include "store/connection.h"

namespace cg::store {

// A partnership as one person sees it in a list or on its home page.
struct PartnershipView {
  Partnership partnership;
  int active_members = 0;
  std::optional<PartnershipRole> my_role;  // from the viewer's active membership
  std::optional<std::int64_t> my_membership_id;
};

struct PartnershipPosition {
  std::string name_key;
  std::int64_t id = 0;
};

struct PartnershipFilter {
  std::int64_t viewer_user_id = 0;
  bool viewer_sees_all = false;  // site admins
  bool mine_only = false;
  std::optional<PartnershipStatus> status;
  std::string name_contains;  // lower-cased
  std::optional<PartnershipPosition> after;
  int limit = 50;
};

class PartnershipRepository {
 public:
  explicit PartnershipRepository(Connection& connection) : c_(connection) {}

  // Throws UniqueViolation when another partnership has the same name.
  Partnership insert(const PartnershipFields& fields, const std::string& now);
  std::optional<Partnership> find(std::int64_t id);
  std::optional<PartnershipView> view(std::int64_t id, std::int64_t viewer_user_id);
  // Public partnerships plus the viewer's own (all for site admins), by name_key then id.
  std::vector<PartnershipView> list(const PartnershipFilter& filter);
  // Public partnerships only, by name: the anonymous directory.
  std::vector<Partnership> list_public();
  // Writes only if the stored version is `expected_version`; nullopt when it moved on.
  std::optional<Partnership> update(std::int64_t id, std::int64_t expected_version, const PartnershipFields& fields,
                                    const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
