// The one way into a partnership for a use case: load it, work out the caller's role, and refuse
// with the right error. Partnerships a caller may not see are "not found" (404), so their names do
// not leak; a public partnership the caller is not a member of gives 403 for members' business.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/partnership_access.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/connection.h"
#include "store/partnership_repository.h"

namespace cg::app {

struct PartnershipAccess {
  store::PartnershipView view;
  // The role the rules apply: the caller's own, or lead for site admins (who repair partnerships).
  std::optional<PartnershipRole> acting_role;
  const Partnership& partnership() const { return view.partnership; }
  std::int64_t id() const { return view.partnership.id; }
  // The caller's own active membership, if any (a site admin repairing a partnership has none).
  std::optional<std::int64_t> my_seat() const { return view.my_membership_id; }
};

Error partnership_not_found(std::int64_t id);

// 404 when missing or not visible to `user`; 403 when `action` is given and the role does not allow it.
Result<PartnershipAccess> enter_partnership(store::Connection& c, std::int64_t partnership_id, const User& user,
                                            std::optional<PartnershipAction> action);

// 403 unless `access` allows `action`.
Result<Done> require(const PartnershipAccess& access, PartnershipAction action);

}  // namespace cg::app
