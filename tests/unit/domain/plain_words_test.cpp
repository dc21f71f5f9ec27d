#include "domain/plain_words.h"

#include <gtest/gtest.h>

namespace cg::words {
namespace {

TEST(PlainWords, CatJoinsTextAndNumbers) {
  EXPECT_EQ(cat("12 of ", 30, " members"), "12 of 30 members");
  EXPECT_EQ(cat(std::string_view("size "), std::size_t{4096}), "size 4096");
  EXPECT_EQ(cat(std::string("owed "), -3), "owed -3");
  EXPECT_EQ(cat(), "");
}

TEST(PlainWords, PercentRoundsToWholeNumbers) {
  struct Case {
    double share;
    const char* text;
  };
  for (const auto& c : {
           Case{0.0, "0 %"},
           Case{0.4, "40 %"},
           Case{1.0, "100 %"},
           Case{0.125, "13 %"},   // halves round away from zero
           Case{0.994, "99 %"},
           Case{0.996, "100 %"},
           Case{1.5, "150 %"},    // not clamped: the caller's share is shown as it is
       }) {
    EXPECT_EQ(percent(c.share), c.text) << c.share;
  }
}

TEST(PlainWords, CountOfPicksSingularOnlyForOne) {
  EXPECT_EQ(count_of(0, "activity", "activities"), "0 activities");
  EXPECT_EQ(count_of(1, "activity", "activities"), "1 activity");
  EXPECT_EQ(count_of(2, "activity", "activities"), "2 activities");
  EXPECT_EQ(count_of(1, "day", "days"), "1 day");
}

}  // namespace
}  // namespace cg::words
