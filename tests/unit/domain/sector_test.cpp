#include "domain/sector.h"

#include <gtest/gtest.h>

#include <set>

namespace cg {
namespace {

TEST(Sector, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (const auto& s : all_sectors()) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_EQ(sector_from_key(s.key), s.sector);
    EXPECT_EQ(to_key(s.sector), s.key);
    EXPECT_FALSE(to_label(s.sector).empty());
  }
  EXPECT_EQ(keys.size(), 14u);
}

TEST(Sector, SeedSectorsArePresent) {
  for (auto key : {"health_social_services", "government", "courts_corrections", "faith", "business",
                   "residents_neighborhood", "schools_education", "private_security"}) {
    EXPECT_TRUE(sector_from_key(key).has_value()) << key;
  }
}

TEST(Sector, UnknownKeysAreRejected) {
  EXPECT_FALSE(sector_from_key("").has_value());
  EXPECT_FALSE(sector_from_key("Faith").has_value());
  EXPECT_FALSE(sector_from_key("police").has_value());
}

}  // namespace
}  // namespace cg
