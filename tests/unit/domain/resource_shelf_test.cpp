#include "domain/resource_shelf.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(ShelfReview, RatingsRunFromOneToFiveOrAreLeftOut) {
  for (int rating : {1, 3, 5}) EXPECT_TRUE(checked({rating, std::nullopt, false})) << rating;
  EXPECT_TRUE(checked({std::nullopt, std::nullopt, false}));
  for (int rating : {0, 6, -1}) {
    const auto refused = checked({rating, std::nullopt, false});
    ASSERT_FALSE(refused) << rating;
    EXPECT_EQ(refused.error().fields.at(0).field, "rating");
  }
}

TEST(ShelfReview, LessonsAreTrimmedAndBlankLessonsAreNone) {
  const auto kept = checked({4, std::string("  Start with the\nbusiness owners.  "), true});
  ASSERT_TRUE(kept);
  EXPECT_EQ(*kept->lessons, "Start with the\nbusiness owners.");
  const auto blank = checked({4, std::string("   \n "), false});
  ASSERT_TRUE(blank);
  EXPECT_FALSE(blank->lessons);
}

TEST(ShelfReview, OnlyWrittenLessonsCanBeSharedAndTheyHaveALimit) {
  const auto nothing_to_share = checked({4, std::string(" "), true});
  ASSERT_FALSE(nothing_to_share);
  EXPECT_EQ(nothing_to_share.error().fields.at(0).field, "lessons_public");
  const auto too_long = checked({std::nullopt, std::string(kLessonsMax + 1, 'a'), false});
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().fields.at(0).field, "lessons");
  EXPECT_TRUE(checked({std::nullopt, std::string(kLessonsMax, 'a'), false}));
}

TEST(Usefulness, IsTheMeanToOneDecimalWithItsCount) {
  EXPECT_EQ(usefulness_of({}), (Usefulness{0, 0}));
  EXPECT_EQ(usefulness_of({5}), (Usefulness{5.0, 1}));
  EXPECT_EQ(usefulness_of({4, 5, 5}), (Usefulness{4.7, 3}));
  EXPECT_EQ(usefulness_of({1, 2}), (Usefulness{1.5, 2}));
}

}  // namespace
}  // namespace cg
