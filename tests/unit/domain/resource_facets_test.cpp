#include "domain/resource_facets.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

using Counts = std::vector<FacetCount>;

const std::vector<FacetRow>& rows() {
  static const std::vector<FacetRow> kept = {
      {"toolkit", "promising", "COPS Office", 2011, {"youth", "schools"}},
      {"toolkit", "effective", "", 2019, {"youth"}},
      {"publication", "promising", "COPS Office", 2004, {"schools"}},
      {"publication", "not_rated", "Urban Institute", std::nullopt, {}},
      {"training", "promising", "COPS Office", 2021, {"youth"}},
  };
  return kept;
}

std::vector<const FacetRow*> library() {
  std::vector<const FacetRow*> out;
  for (const auto& row : rows()) out.push_back(&row);
  return out;
}

TEST(FacetTally, WithNothingChosenEveryFacetCountsEveryRow) {
  const auto tally = tally_facets(library(), {});
  EXPECT_EQ(tally.total, 5);
  EXPECT_EQ(tally.facets.at("type"), (Counts{{"publication", 2}, {"toolkit", 2}, {"training", 1}})) << "ties by key";
  EXPECT_EQ(tally.facets.at("topic"), (Counts{{"youth", 3}, {"schools", 2}}));
  EXPECT_EQ(tally.facets.at("publisher"), (Counts{{"COPS Office", 3}, {"Urban Institute", 1}})) << "no blank publisher";
  EXPECT_EQ(tally.facets.at("year"), (Counts{{"2020_on", 1}, {"2010s", 2}, {"2000s", 1}, {"undated", 1}}))
      << "years newest first, whatever their counts";
}

TEST(FacetTally, AFacetsOwnChoiceDoesNotNarrowItsOwnCounts) {
  FacetChoices chosen;
  chosen.type = "toolkit";
  chosen.evidence = "promising";
  const auto tally = tally_facets(library(), chosen);
  EXPECT_EQ(tally.total, 1);
  EXPECT_EQ(tally.facets.at("type"), (Counts{{"publication", 1}, {"toolkit", 1}, {"training", 1}}))
      << "types among the promising ones";
  EXPECT_EQ(tally.facets.at("evidence"), (Counts{{"effective", 1}, {"promising", 1}})) << "ratings among toolkits";
  EXPECT_EQ(tally.facets.at("topic"), (Counts{{"schools", 1}, {"youth", 1}})) << "topics of promising toolkits only";
}

TEST(FacetTally, TopicsAndYearRangesNarrowTheOtherFacets) {
  FacetChoices chosen;
  chosen.topic = "schools";
  chosen.year = "2000s";
  const auto tally = tally_facets(library(), chosen);
  EXPECT_EQ(tally.total, 1);
  EXPECT_EQ(tally.facets.at("year"), (Counts{{"2010s", 1}, {"2000s", 1}})) << "years of the schools resources";
  EXPECT_EQ(tally.facets.at("topic"), (Counts{{"schools", 1}})) << "topics of the 2000s resources";
  EXPECT_EQ(tally.facets.at("type"), (Counts{{"publication", 1}}));
}

TEST(FacetTally, YearRangesHoldTheirEnds) {
  const auto* nineties = year_range_from_key("before_2000");
  const auto* tens = year_range_from_key("2010s");
  ASSERT_TRUE(nineties && tens);
  EXPECT_TRUE(in_year_range(*nineties, 1999));
  EXPECT_FALSE(in_year_range(*nineties, 2000));
  EXPECT_TRUE(in_year_range(*tens, 2010));
  EXPECT_TRUE(in_year_range(*tens, 2019));
  EXPECT_FALSE(in_year_range(*tens, std::nullopt));
  EXPECT_TRUE(in_year_range(*year_range_from_key("undated"), std::nullopt));
}

}  // namespace
}  // namespace cg
