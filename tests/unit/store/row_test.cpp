#include "store/row.h"

#include <gtest/gtest.h>

#include "store/errors.h"

namespace cg::store {
namespace {

TEST(Row, TimestampsFromBothEnginesReadTheSame) {
  EXPECT_EQ(normalize_timestamp("2026-01-31T09:05:00.007Z"), "2026-01-31T09:05:00.007Z");
  EXPECT_EQ(normalize_timestamp("2026-01-31 09:05:00.007+00"), "2026-01-31T09:05:00.007Z");
  EXPECT_EQ(normalize_timestamp("2026-01-31 09:05:00.5+00"), "2026-01-31T09:05:00.500Z");
  EXPECT_EQ(normalize_timestamp("2026-01-31 09:05:00+00"), "2026-01-31T09:05:00.000Z");
  EXPECT_EQ(normalize_timestamp("2026-01-31 09:05:00.123456+00"), "2026-01-31T09:05:00.123Z");
  EXPECT_THROW(normalize_timestamp("2026-01-31 09:05:00+02"), DatabaseError);
}

TEST(Row, TypedAccessors) {
  Row row({std::string("42"), std::nullopt, std::string("t"), std::string("0"), std::string("x")});
  EXPECT_EQ(row.integer(0), 42);
  EXPECT_TRUE(row.is_null(1));
  EXPECT_EQ(row.optional_text(1), std::nullopt);
  EXPECT_THROW(row.text(1), DatabaseError);
  EXPECT_TRUE(row.boolean(2));
  EXPECT_FALSE(row.boolean(3));
  EXPECT_THROW(row.integer(4), DatabaseError);
}

}  // namespace
}  // namespace cg::store
