#include "store/where_clause.h"

#include <gtest/gtest.h>

namespace cg::store {
namespace {

TEST(WhereClause, NumbersEachFragmentsValuesAfterTheOnesBeforeIt) {
  WhereClause where;
  EXPECT_EQ(where.sql(), "");
  where.add("r.kind = ?1", {std::string("toolkit")});
  where.add("r.year >= ?1 AND r.year <= ?2 OR ?1 IS NULL", {std::int64_t{2010}, std::int64_t{2019}});
  EXPECT_EQ(where.sql(), "WHERE r.kind = $1 AND r.year >= $2 AND r.year <= $3 OR $2 IS NULL");
  ASSERT_EQ(where.params().size(), 3u);
  EXPECT_EQ(std::get<std::int64_t>(where.params()[2]), 2019);
}

TEST(WhereClause, TenOrMoreValuesKeepTheirOwnPlaces) {
  WhereClause where;
  where.add("x = ?1", {std::string("first")});
  std::vector<SqlParam> ids;
  for (int i = 1; i <= 12; ++i) ids.emplace_back(std::int64_t{100 + i});
  EXPECT_EQ(markers(3), "?1, ?2, ?3");
  where.add("id IN (" + markers(ids.size()) + ")", ids);
  EXPECT_EQ(where.sql(), "WHERE x = $1 AND id IN ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)");
  EXPECT_EQ(std::get<std::int64_t>(where.params()[12]), 112);
}

}  // namespace
}  // namespace cg::store
