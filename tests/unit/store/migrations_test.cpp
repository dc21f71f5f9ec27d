// Both engines must always carry the same schema history: a change added for one and forgotten
// for the other would only show up on the engine nobody tried.
#include <gtest/gtest.h>

#include "store/migrations.h"

namespace cg::store {
namespace {

TEST(Migrations, BothEnginesHaveTheSameNumberedSteps) {
  const auto sqlite = migrations_for(Engine::sqlite);
  const auto postgresql = migrations_for(Engine::postgresql);
  ASSERT_FALSE(sqlite.empty());
  ASSERT_EQ(sqlite.size(), postgresql.size());
  for (std::size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(sqlite[i].version, static_cast<int>(i) + 1) << "migrations are numbered 1, 2, 3 without gaps";
    EXPECT_EQ(sqlite[i].version, postgresql[i].version);
    EXPECT_EQ(sqlite[i].name, postgresql[i].name);
    EXPECT_FALSE(sqlite[i].sql.empty());
    EXPECT_FALSE(postgresql[i].sql.empty());
  }
}

}  // namespace
}  // namespace cg::store
