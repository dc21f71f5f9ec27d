#include "app/expiring_cache.h"

#include <gtest/gtest.h>

namespace cg::app {
namespace {

using namespace std::chrono;
using Cache = ExpiringCache<int>;

TEST(ExpiringCache, KeepsValuesForItsTimeThenForgetsThem) {
  Cache cache(minutes(1), 10);
  const auto start = Cache::Clock::now();
  EXPECT_FALSE(cache.find("youth", start));
  cache.store("youth", 12, start, cache.generation());
  const auto found = cache.find("youth", start + seconds(59));
  ASSERT_TRUE(found);
  EXPECT_EQ(*found, 12);
  EXPECT_FALSE(cache.find("schools", start));
  EXPECT_FALSE(cache.find("youth", start + seconds(60))) << "a minute old: made again";
}

TEST(ExpiringCache, WhileOneCallerMakesAnExpiredValueAgainTheOthersKeepTheOldOne) {
  Cache cache(minutes(1), 10);
  const auto start = Cache::Clock::now();
  cache.store("youth", 1, start, cache.generation());
  EXPECT_FALSE(cache.find("youth", start + seconds(61))) << "the first to find it expired makes it again";
  EXPECT_EQ(cache.find("youth", start + seconds(62)), 1) << "everyone else meanwhile: the old value";
  EXPECT_EQ(cache.find("youth", start + seconds(119)), 1);
  cache.store("youth", 2, start + seconds(70), cache.generation());
  EXPECT_EQ(cache.find("youth", start + seconds(75)), 2);
}

TEST(ExpiringCache, AnOldValueNobodyMadeAgainIsForgottenAfterASecondTerm) {
  Cache cache(minutes(1), 10);
  const auto start = Cache::Clock::now();
  cache.store("youth", 1, start, cache.generation());
  EXPECT_FALSE(cache.find("youth", start + seconds(61)));
  EXPECT_FALSE(cache.find("youth", start + seconds(120))) << "whoever was making it gave up";
  EXPECT_FALSE(cache.find("youth", start + seconds(121)));
}

TEST(ExpiringCache, ANewValueReplacesTheOldAndRestartsItsTime) {
  Cache cache(minutes(1), 10);
  const auto start = Cache::Clock::now();
  cache.store("youth", 1, start, cache.generation());
  cache.store("youth", 2, start + seconds(50), cache.generation());
  EXPECT_EQ(cache.find("youth", start + seconds(100)), 2);
}

TEST(ExpiringCache, ForgetsEverythingWhenTheLibraryChangesOrItIsFull) {
  Cache cache(minutes(1), 2);
  const auto now = Cache::Clock::now();
  cache.store("a", 1, now, cache.generation());
  cache.clear();
  EXPECT_FALSE(cache.find("a", now));
  cache.store("a", 1, now, cache.generation());
  cache.store("b", 2, now, cache.generation());
  cache.store("c", 3, now, cache.generation());
  EXPECT_FALSE(cache.find("a", now));
  EXPECT_EQ(cache.find("c", now), 3);
}

TEST(ExpiringCache, AValueMadeBeforeAClearIsNotKept) {
  Cache cache(minutes(1), 10);
  const auto now = Cache::Clock::now();
  const auto reading_began = cache.generation();
  cache.clear();  // the library changed while the search was reading
  cache.store("youth", 1, now, reading_began);
  EXPECT_FALSE(cache.find("youth", now)) << "made from reads before the change";
  cache.store("youth", 2, now, cache.generation());
  EXPECT_EQ(cache.find("youth", now), 2);
}

}  // namespace
}  // namespace cg::app
