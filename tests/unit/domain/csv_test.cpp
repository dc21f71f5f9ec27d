#include "domain/csv.h"

#include <gtest/gtest.h>

namespace cg::csv {
namespace {

TEST(Csv, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(field("plain"), "plain");
  EXPECT_EQ(field("a,b"), "\"a,b\"");
  EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(field(""), "");
}

TEST(Csv, FormulasAreDefused) {
  EXPECT_EQ(field("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
  EXPECT_EQ(field("'=x"), "''=x") << "an apostrophe before a formula sign is kept on the way back in";
  EXPECT_EQ(field("'plain"), "'plain");
  EXPECT_EQ(field("+1"), "'+1");
  EXPECT_EQ(field("-2"), "'-2");
  EXPECT_EQ(field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(field("a=b"), "a=b");
}

TEST(Csv, RowsEndInCrlf) { EXPECT_EQ(row({"id", "name, full", ""}), "id,\"name, full\",\r\n"); }

}  // namespace
}  // namespace cg::csv
