#include "app/partnership_gate.h"

namespace cg::app {

Error partnership_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no partnership with id " + std::to_string(id) + ".");
}

Result<Done> require(const PartnershipAccess& access, PartnershipAction action) {
  if (partnership_allows(access.acting_role, action)) return Done{};
  std::string detail = "Only ";
  detail += who_may(action);
  detail += " can do this in ";
  detail += access.partnership().fields.name;
  detail += ".";
  return Error::make(ErrorKind::forbidden, std::move(detail));
}

Result<PartnershipAccess> enter_partnership(store::Connection& c, std::int64_t partnership_id, const User& user,
                                            std::optional<PartnershipAction> action) {
  auto view = store::PartnershipRepository(c).view(partnership_id, user.id);
  if (!view) return partnership_not_found(partnership_id);
  PartnershipAccess access{std::move(*view), std::nullopt};
  access.acting_role = user.site_role == SiteRole::admin ? std::optional(PartnershipRole::lead) : access.view.my_role;
  const bool visible =
      access.acting_role || access.partnership().fields.visibility == Visibility::public_profile;
  if (!visible) return partnership_not_found(partnership_id);
  if (action) {
    if (auto allowed = require(access, *action); !allowed) return std::move(allowed).error();
  }
  return access;
}

}  // namespace cg::app
