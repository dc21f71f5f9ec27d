// The partnership_roles table and the domain's list of roles must agree on keys and order.
#include <gtest/gtest.h>

#include "domain/partnership_role.h"
#include "store/store.h"
#include "support/test_database.h"

namespace cg::store {
namespace {

class PartnershipRoles : public ::testing::TestWithParam<Engine> {};

TEST_P(PartnershipRoles, TableMatchesTheDomainList) {
  auto db = testing::TestDatabase::create(GetParam());
  ASSERT_TRUE(db);
  auto store = std::move(*Store::open({db->url(), 1}));
  store->migrate();
  const auto rows = store->read([](Connection& c) { return c.query("SELECT key, rank FROM partnership_roles ORDER BY rank"); });
  const auto roles = all_partnership_roles();
  ASSERT_EQ(rows.size(), roles.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].text(0), roles[i].key);
    EXPECT_EQ(rows[i].integer(1), roles[i].rank);
  }
  EXPECT_TRUE(at_least(PartnershipRole::lead, PartnershipRole::member));
  EXPECT_FALSE(at_least(PartnershipRole::observer, PartnershipRole::member));
  EXPECT_EQ(partnership_role_from_key("coordinator"), PartnershipRole::coordinator);
  EXPECT_EQ(partnership_role_from_key("boss"), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(Engines, PartnershipRoles, ::testing::Values(Engine::sqlite, Engine::postgresql),
                         [](const auto& info) { return testing::engine_name(info.param); });

}  // namespace
}  // namespace cg::store
