#include "domain/resource_csv.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(ResourceCsv, AnExportReadsBackAsTheSameResources) {
  ResourceDescription r;
  r.title = "Problem-Solving Partnerships, \"2nd\" ed.";
  r.type = ResourceType::toolkit;
  r.summary = "Line one,\nline two.";
  r.link = "https://example.org/psp";
  r.publisher = "COPS Office";
  r.authors = {"Lee, Ann", "Diaz, Ben"};
  r.audience = {"law_enforcement", "faith"};
  r.topics = {"problem_solving"};
  r.year = 2011;
  r.evidence = EvidenceRating::promising;
  ResourceDescription plain;
  plain.title = "=SUM(A1)";  // a formula-looking title survives the spreadsheet protection
  plain.summary = "Short.";
  const auto parsed = resource_csv::parse(resource_csv::header() + resource_csv::row(r) + resource_csv::row(plain));
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front().message;
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[0].fields, r);
  EXPECT_EQ(parsed.rows[0].line, 2);
  EXPECT_EQ(parsed.rows[1].fields, plain);
  EXPECT_EQ(parsed.rows[1].line, 4) << "the first row's summary took two lines";
}

TEST(ResourceCsv, OnlyTitleTypeAndSummaryAreNeededInAnyOrder) {
  const auto parsed = resource_csv::parse("summary,title,type\r\nWhat it is.,Beat map,dataset\r\n");
  ASSERT_TRUE(parsed.errors.empty());
  EXPECT_EQ(parsed.rows.at(0).fields.title, "Beat map");
  EXPECT_EQ(parsed.rows.at(0).fields.type, ResourceType::dataset);
  EXPECT_EQ(parsed.rows.at(0).fields.evidence, EvidenceRating::not_rated);
}

TEST(ResourceCsv, EveryBadLineIsNamedWithItsColumn) {
  const auto parsed = resource_csv::parse(
      "title,type,summary,year,evidence\n"
      "Good,publication,Fine.,2014,effective\n"
      "Bad type,pamphlet,X.,,\n"
      "Bad year,publication,X.,twenty,\n"
      "Bad rating,publication,X.,,maybe\n");
  ASSERT_EQ(parsed.errors.size(), 3u);
  EXPECT_EQ(parsed.errors[0].line, 3);
  EXPECT_EQ(parsed.errors[0].column, "type");
  EXPECT_EQ(parsed.errors[1].column, "year");
  EXPECT_EQ(parsed.errors[2].column, "evidence");
  EXPECT_EQ(parsed.rows.size(), 4u) << "bad rows stay, for the fields' own checks to report the rest";
}

TEST(ResourceCsv, AHeaderWithoutTheEssentialsOrWithStrangeColumnsIsRefused) {
  const auto missing = resource_csv::parse("title,link\nA,https://a.org\n");
  ASSERT_EQ(missing.errors.size(), 2u);
  EXPECT_EQ(missing.errors[0].column, "type");
  const auto strange = resource_csv::parse("title,type,summary,colour\nA,tool,B,red\n");
  ASSERT_EQ(strange.errors.size(), 1u);
  EXPECT_EQ(strange.errors[0].column, "colour");
  EXPECT_EQ(resource_csv::parse("").errors.size(), 1u);
  EXPECT_EQ(resource_csv::parse("title,type,summary\n\"unclosed\n").errors.size(), 1u);
}

TEST(ResourceCsv, ALineWithStrayCellsIsRefusedAndBlankLinesAreSkipped) {
  const auto parsed = resource_csv::parse(
      "title,type,summary\n"
      "Hello,tool,Hello, world\n"  // an unquoted comma: the summary would lose " world"
      ",,\n"
      "Fine,tool,\"Hello, world\"\n");
  ASSERT_EQ(parsed.errors.size(), 1u);
  EXPECT_EQ(parsed.errors[0].line, 2);
  EXPECT_NE(parsed.errors[0].message.find("4 cells; every line needs 3"), std::string::npos);
  ASSERT_EQ(parsed.rows.size(), 1u);
  EXPECT_EQ(parsed.rows[0].fields.summary, "Hello, world");
}

TEST(ResourceCsv, TheLongestSummaryReadsBack) {
  ResourceDescription r;
  r.title = "Long";
  r.summary = std::string(kResourceSummaryMax, 'a');
  const auto parsed = resource_csv::parse(resource_csv::header() + resource_csv::row(r));
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front().message;
  EXPECT_EQ(parsed.rows.at(0).fields.summary.size(), kResourceSummaryMax);
}

}  // namespace
}  // namespace cg
