#include "app/access_policy.h"

namespace cg::app {

Result<Done> authorize(const User& user, Action action) {
  switch (action) {
    case Action::read_organizations:
      return Done{};
    case Action::change_organizations:
    case Action::read_audit_trail:
    case Action::manage_users:
    case Action::manage_site_settings:
    case Action::manage_resource_topics:
    case Action::move_library_in_bulk:
      if (user.site_role == SiteRole::admin) return Done{};
      return Error::make(ErrorKind::forbidden, "Only site administrators may do this.");
  }
  return Error::make(ErrorKind::forbidden, "Not allowed.");
}

}  // namespace cg::app
