// Use cases for partnerships themselves: start one, find them, edit their details, the home
// page's "what needs attention", and the public profile. Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/balance.h"
#include "domain/charter.h"
#include "domain/partnership.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/partnership_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct NewPartnership {
  PartnershipFields fields;
  // The creator becomes the first lead, representing this organisation and/or sector.
  std::optional<std::int64_t> my_organization_id;
  std::optional<Sector> my_sector;
};

struct PartnershipQuery {
  bool mine_only = false;
  std::optional<PartnershipStatus> status;
  std::string name_contains;
  std::optional<std::string> after;
  int limit = 50;
};

struct PartnershipPage {
  std::vector<store::PartnershipView> items;
  std::optional<std::string> next;
};

struct PublicMember {
  std::string display_name;
  std::optional<std::string> organization_name;
  Sector sector = Sector::other;
};

struct PublicProfile {
  Partnership partnership;
  std::optional<CharterText> charter;  // the adopted version
  std::vector<std::pair<Sector, int>> sectors;  // sectors at the table with active member counts
  std::vector<PublicMember> members;            // publicly listed active members
};

class PartnershipService {
 public:
  PartnershipService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  // 400 for invalid fields or when no sector can be worked out for the creator; 409 for a taken name.
  Result<store::PartnershipView> create(NewPartnership input, const User& creator, const Actor& actor);
  Result<store::PartnershipView> get(std::int64_t id, const User& viewer);
  Result<PartnershipPage> list(const PartnershipQuery& query, const User& viewer);
  // 428 without a version, 412 when stale, 403 unless lead or coordinator, 409 for a taken name.
  Result<store::PartnershipView> update(std::int64_t id, std::optional<std::int64_t> based_on_version,
                                        const PartnershipPatch& patch, const User& editor, const Actor& actor);
  Result<std::vector<Finding>> attention(std::int64_t id, const User& viewer);

  std::vector<Partnership> public_list();
  // 404 unless the partnership is public.
  Result<PublicProfile> public_profile(std::int64_t id);

 private:
  std::string now() const;

  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
