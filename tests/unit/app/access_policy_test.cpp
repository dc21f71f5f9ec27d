#include "app/access_policy.h"

#include <gtest/gtest.h>

namespace cg::app {
namespace {

User person(SiteRole role) {
  User u;
  u.site_role = role;
  return u;
}

TEST(AccessPolicy, EveryoneReadsOrganizationsOnlyAdminsAdminister) {
  const auto admin = person(SiteRole::admin);
  const auto user = person(SiteRole::user);
  for (auto action : {Action::read_organizations, Action::change_organizations, Action::read_audit_trail,
                      Action::manage_users, Action::manage_site_settings}) {
    EXPECT_TRUE(authorize(admin, action).ok());
    EXPECT_EQ(authorize(user, action).ok(), action == Action::read_organizations);
  }
  EXPECT_EQ(authorize(user, Action::manage_users).error().kind, ErrorKind::forbidden);
}

}  // namespace
}  // namespace cg::app
