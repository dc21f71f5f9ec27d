#include "domain/resource.h"

#include <gtest/gtest.h>

#include "domain/markdown.h"

namespace cg {
namespace {

const std::vector<std::string> kTopics = {"youth", "schools", "violence_reduction"};

ResourceDescription sample() {
  ResourceDescription f;
  f.title = "  Safe Passage to School  ";
  f.type = ResourceType::evidence_based_strategy;
  f.summary = "Adults posted along routes **children** walk.";
  f.link = "https://example.org/safe-passage";
  f.publisher = "Example Institute";
  f.authors = {"Lee, Ann", " Lee, Ann ", "Ortiz, Sam"};
  f.audience = {"schools_education", "law_enforcement"};
  f.year = 2019;
  f.evidence = EvidenceRating::promising;
  f.topics = {"schools", "youth", "schools"};
  return f;
}

std::vector<std::string> fields_of(const Result<ResourceDescription>& r) {
  std::vector<std::string> out;
  if (!r.ok()) {
    for (const auto& e : r.error().fields) out.push_back(e.field);
  }
  return out;
}

TEST(Resource, CheckedTrimsAndDropsRepeats) {
  auto r = checked(sample(), kTopics, 2026);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "Safe Passage to School");
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Lee, Ann", "Ortiz, Sam"}));
  EXPECT_EQ(r->topics, (std::vector<std::string>{"schools", "youth"}));
}

TEST(Resource, CheckedNamesEveryBadField) {
  auto f = sample();
  f.title = "";
  f.summary = " ";
  f.link = "javascript:alert(1)";
  f.authors = std::vector<std::string>(21, "x");
  f.audience = {"martians"};
  f.year = 1850;
  f.topics = {"astrology"};
  EXPECT_EQ(fields_of(checked(f, kTopics, 2026)),
            (std::vector<std::string>{"title", "summary", "link", "audience", "year", "topics"}));
  f = sample();
  f.authors = std::vector<std::string>(21, "x");
  for (int i = 0; i < 21; ++i) f.authors[i] += std::to_string(i);
  f.year = 2028;
  f.link = "ftp://example.org/file";
  EXPECT_EQ(fields_of(checked(f, kTopics, 2026)), (std::vector<std::string>{"link", "authors", "year"}));
  f = sample();
  f.year = 2027;  // next year's edition, announced
  f.link = std::nullopt;
  EXPECT_TRUE(checked(f, kTopics, 2026).ok());
}

TEST(Resource, LinkKeysMatchTheSamePageWrittenDifferently) {
  EXPECT_EQ(link_key("HTTPS://www.Example.org/a/b/#part"), "example.org/a/b");
  EXPECT_EQ(link_key("http://example.org/a/b"), "example.org/a/b");
  EXPECT_EQ(link_key("https://ric-zai-inc.com/ric.php?page=detail&id=COPS-P193"),
            "ric-zai-inc.com/ric.php?page=detail&id=COPS-P193");
  EXPECT_NE(link_key("https://example.org/A"), link_key("https://example.org/a"));  // paths keep their case
  EXPECT_EQ(link_key("https://example.org"), link_key("https://example.org/"));
}

TEST(Resource, CatalogTextHoldsPublisherAuthorsAndTopicNames) {
  const std::vector<std::string> labels = {"Schools", "Youth"};
  EXPECT_EQ(catalog_text(*checked(sample(), kTopics, 2026), labels),
            "Example Institute Lee, Ann Ortiz, Sam Schools Youth");
}

TEST(Resource, ModerationNeedsAReasonToRejectAndNeverRequeues) {
  EXPECT_FALSE(moderation_refusal(ResourceStatus::submitted, ResourceStatus::published, std::nullopt));
  EXPECT_TRUE(moderation_refusal(ResourceStatus::submitted, ResourceStatus::rejected, std::nullopt));
  EXPECT_FALSE(moderation_refusal(ResourceStatus::submitted, ResourceStatus::rejected, "A duplicate"));
  EXPECT_FALSE(moderation_refusal(ResourceStatus::rejected, ResourceStatus::published, std::nullopt));
  EXPECT_FALSE(moderation_refusal(ResourceStatus::published, ResourceStatus::rejected, "Link is dead"));
  EXPECT_TRUE(moderation_refusal(ResourceStatus::published, ResourceStatus::published, std::nullopt));
  EXPECT_TRUE(moderation_refusal(ResourceStatus::published, ResourceStatus::submitted, std::nullopt));
}

TEST(Resource, KeysRoundTripAndYearRangesCoverEveryYear) {
  for (const auto& kind : all_resource_types()) EXPECT_EQ(resource_type_from_key(kind.key), kind.value);
  for (const auto& rating : all_evidence_ratings()) EXPECT_EQ(evidence_rating_from_key(rating.key), rating.value);
  EXPECT_EQ(to_key(ResourceType::template_), "template");
  for (int year = kResourceEarliestYear; year <= 2030; ++year) {
    int ranges = 0;
    for (const auto& range : all_year_ranges()) {
      if (!range.undated && (!range.from || year >= *range.from) && (!range.to || year <= *range.to)) ++ranges;
    }
    EXPECT_EQ(ranges, 1) << year;
  }
  EXPECT_NE(year_range_from_key("undated"), nullptr);
  EXPECT_EQ(year_range_from_key("1990s"), nullptr);
}

TEST(Resource, SummaryTextDropsMarksAndScripts) {
  const auto text = markdown_to_text("Adults **posted** along [routes](https://x.org).\n\n<script>alert(1)</script>");
  EXPECT_NE(text.find("Adults posted along routes"), std::string::npos) << text;
  EXPECT_EQ(markdown_to_html("<script>alert(1)</script>").find("<script"), std::string::npos);
}

}  // namespace
}  // namespace cg
