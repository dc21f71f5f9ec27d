// Use cases for the roles-and-responsibilities matrix: which member (or the organisation they
// represent) carries which responsibility, with a note. Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/responsibility_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct ResponsibilityText {
  std::string title;
  std::optional<std::string> description;
};

struct ResponsibilityMatrix {
  std::vector<store::Responsibility> items;
  std::map<std::int64_t, std::string> member_names;  // display names of every assigned membership
};

inline constexpr std::size_t kResponsibilityTitleMax = 200;

class ResponsibilityService {
 public:
  ResponsibilityService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<ResponsibilityMatrix> matrix(std::int64_t partnership_id, const User& viewer);
  Result<store::Responsibility> create(std::int64_t partnership_id, ResponsibilityText text, const User& by,
                                       const Actor& actor);
  Result<store::Responsibility> update(std::int64_t partnership_id, std::int64_t id,
                                       std::optional<std::int64_t> based_on, ResponsibilityText text, const User& by,
                                       const Actor& actor);
  Result<Done> remove(std::int64_t partnership_id, std::int64_t id, const User& by, const Actor& actor);
  // The member must hold an open seat in this partnership (400 otherwise).
  Result<store::Responsibility> assign(std::int64_t partnership_id, std::int64_t id, std::int64_t membership_id,
                                       std::optional<std::string> note, const User& by, const Actor& actor);
  Result<Done> unassign(std::int64_t partnership_id, std::int64_t id, std::int64_t membership_id, const User& by,
                        const Actor& actor);

 private:
  std::string now() const;

  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
