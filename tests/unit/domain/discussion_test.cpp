#include "domain/discussion.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

using S = DiscussionStatus;
using namespace std::chrono;

TEST(Discussion, FieldsAreTrimmedAndChecked) {
  auto ok = checked({DiscussionKind::idea, "  Late-night bus to the youth centre ", "", true});
  ASSERT_TRUE(ok) << ok.error().detail;
  EXPECT_EQ(ok->title, "Late-night bus to the youth centre");
  EXPECT_TRUE(ok->anonymous);

  auto bad = checked({DiscussionKind::thread, " ", std::string(kDiscussionBodyMax + 1, 'a'), true});
  ASSERT_FALSE(bad);
  std::vector<std::string> fields;
  for (const auto& e : bad.error().fields) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"title", "body", "anonymous"})) << "threads are never anonymous";
  EXPECT_FALSE(checked({DiscussionKind::idea, "Two\nlines", "", false}));
}

TEST(Discussion, ADeclineNeedsAReasonAndSettledItemsCanBeReopened) {
  EXPECT_EQ(status_refusal(S::open, S::under_consideration, std::nullopt), std::nullopt);
  EXPECT_EQ(status_refusal(S::under_consideration, S::adopted, std::nullopt), std::nullopt);
  EXPECT_NE(status_refusal(S::open, S::declined, std::nullopt), std::nullopt);
  EXPECT_EQ(status_refusal(S::open, S::declined, std::string("The budget is spent this year.")), std::nullopt);
  EXPECT_EQ(status_refusal(S::declined, S::open, std::nullopt), std::nullopt) << "reopened";
  EXPECT_EQ(*status_refusal(S::adopted, S::adopted, std::nullopt), "It is already adopted.");
}

TEST(Discussion, CoordinatorsNeverHideTheirOwnWords) {
  EXPECT_NE(hide_refusal(true, false), std::nullopt);
  EXPECT_NE(hide_refusal(false, true), std::nullopt);
  EXPECT_EQ(hide_refusal(false, false), std::nullopt);
}

TEST(Discussion, AnAnonymousIdeaKeepsOnlyTheDay) {
  const auto at = sys_days{2026y / 11 / 26} + hours(14) + minutes(3) + seconds(22);
  EXPECT_EQ(anonymous_stamp(at), sys_seconds{sys_days{2026y / 11 / 26}});
  EXPECT_EQ(anonymous_stamp(sys_seconds{sys_days{2026y / 11 / 26}} - seconds(1)), sys_seconds{sys_days{2026y / 11 / 25}});
}

TEST(Discussion, Keys) {
  EXPECT_EQ(to_key(S::under_consideration), "under_consideration");
  EXPECT_EQ(discussion_kind_from_key("idea"), DiscussionKind::idea);
  EXPECT_EQ(discussion_kind_from_key("poll"), std::nullopt);
  EXPECT_EQ(report_reason_from_key("personal_information"), ReportReason::personal_information);
  EXPECT_EQ(report_reason_from_key("i_disagree"), std::nullopt);
}

}  // namespace
}  // namespace cg
