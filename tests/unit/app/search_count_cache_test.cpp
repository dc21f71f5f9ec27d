#include "app/search_count_cache.h"

#include <gtest/gtest.h>

namespace cg::app {
namespace {

using namespace std::chrono;

TEST(SearchCountCache, KeepsCountsForItsTimeThenForgetsThem) {
  SearchCountCache cache(minutes(1), 10);
  const auto start = SearchCountCache::Clock::now();
  EXPECT_FALSE(cache.find("youth", start));
  cache.store("youth", {12, {{"type", {{"toolkit", 3}}}}}, start);
  const auto found = cache.find("youth", start + seconds(59));
  ASSERT_TRUE(found);
  EXPECT_EQ(found->total, 12);
  EXPECT_EQ(found->facets.at("type").at(0).count, 3);
  EXPECT_FALSE(cache.find("schools", start));
  EXPECT_FALSE(cache.find("youth", start + seconds(60))) << "a minute old: counted again";
}

TEST(SearchCountCache, ForgetsEverythingWhenTheLibraryChangesOrItIsFull) {
  SearchCountCache cache(minutes(1), 2);
  const auto now = SearchCountCache::Clock::now();
  cache.store("a", {1, {}}, now);
  cache.clear();
  EXPECT_FALSE(cache.find("a", now));
  cache.store("a", {1, {}}, now);
  cache.store("b", {2, {}}, now);
  cache.store("c", {3, {}}, now);
  EXPECT_FALSE(cache.find("a", now));
  EXPECT_EQ(cache.find("c", now)->total, 3);
}

}  // namespace
}  // namespace cg::app
