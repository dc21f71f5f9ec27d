// The attention list's findings from the risk and resource registers: risk_occurred,
// risk_unplanned and resources_unused (the plan's own findings are in plan_attention_test.cpp).
#include "domain/plan_attention.h"

#include <gtest/gtest.h>

#include "domain/plan_resource.h"

namespace cg {
namespace {

using namespace std::chrono;

const Day kToday = year_month_day{year{2026}, March, std::chrono::day{1}};
const Day kLastWeek = kToday - days(7);
const Day kNextWeek = kToday + days(7);

using Ids = std::vector<std::int64_t>;
using Lines = std::vector<std::string>;

// A live risk with a planned response and an owner, rated `level`.
RiskFacts risk(std::int64_t id, RiskLevel level = RiskLevel::high, RiskStatus status = RiskStatus::open,
               bool has_response = true, bool has_owner = true) {
  RiskFacts r;
  r.id = id;
  r.title = "The community hall floods";
  r.level = level;
  r.status = status;
  r.has_response = has_response;
  r.has_owner = has_owner;
  return r;
}

ActivityFacts activity(std::int64_t id, std::vector<std::int64_t> owners = {4}, Day due_on = kNextWeek) {
  ActivityFacts a;
  a.id = id;
  a.status = ActivityStatus::in_progress;
  a.due_on = due_on;
  a.owner_ids = std::move(owners);
  return a;
}

// The findings on kToday for the registers given, over `activities` (none by default: an empty
// plan has no findings of its own), with progress rolled up the way the service does it.
std::vector<PlanFinding> attention(std::vector<RiskFacts> risks, Ids unused = {},
                                   std::vector<ActivityFacts> activities = {},
                                   std::optional<ReviewSchedule> review = std::nullopt) {
  PlanFacts plan;
  plan.activities = std::move(activities);
  const auto progress = roll_up(plan, kToday);
  PlanAttentionFacts facts;
  facts.plan = &plan;
  facts.progress = &progress;
  facts.member_names = {{4, "Ana Ruiz"}};
  facts.review = review;
  facts.risks = std::move(risks);
  facts.unused_commitments = std::move(unused);
  return plan_attention(facts, kToday);
}

// "severity code", e.g. "high risk_occurred", with " #id" for a finding about one risk.
Lines described(const std::vector<PlanFinding>& findings) {
  Lines out;
  for (const auto& f : findings) {
    std::string line(to_key(f.severity));
    line += ' ';
    line += f.code;
    if (f.risk_id) {
      line += " #";
      line += std::to_string(*f.risk_id);
    }
    out.push_back(line);
  }
  return out;
}

Ids ids(std::int64_t from, std::int64_t to) {
  Ids out;
  for (auto id = from; id <= to; ++id) out.push_back(id);
  return out;
}

// ---- risk_occurred ---------------------------------------------------------------------------

TEST(PlanAttentionRisks, OccurredRiskIsHighAndNamesTheRisk) {
  const auto findings = attention({risk(12, RiskLevel::medium, RiskStatus::occurred)});
  ASSERT_EQ(described(findings), (Lines{"high risk_occurred #12"}));
  const auto& f = findings[0];
  EXPECT_EQ(f.risk_id, 12);
  EXPECT_EQ(f.title, "A risk has happened: The community hall floods");
  EXPECT_EQ(f.evidence, "It is marked as occurred in the risk register.");
  EXPECT_EQ(f.suggested_action, "Put the planned response into action and tell the partners what changes.");
  EXPECT_TRUE(f.activity_ids.empty());
  EXPECT_TRUE(f.resource_ids.empty());
  EXPECT_EQ(f.objective_id, std::nullopt);
  EXPECT_EQ(f.membership_id, std::nullopt);
}

TEST(PlanAttentionRisks, OccurredRiskWithoutAResponseAsksForOne) {
  const auto findings = attention({risk(12, RiskLevel::medium, RiskStatus::occurred, false)});
  ASSERT_EQ(described(findings), (Lines{"high risk_occurred #12"}));
  EXPECT_EQ(findings[0].suggested_action, "Agree a response now: the register has none for this risk.");
}

TEST(PlanAttentionRisks, OccurredIsHighWhateverTheLevel) {
  for (auto level : {RiskLevel::low, RiskLevel::medium, RiskLevel::high}) {
    EXPECT_EQ(described(attention({risk(3, level, RiskStatus::occurred)})), (Lines{"high risk_occurred #3"}))
        << to_key(level);
  }
}

TEST(PlanAttentionRisks, OccurredHighRiskWithoutAPlanIsReportedOnceAsOccurred) {
  // It happened: that it was never planned for is said in the suggestion, not in a second finding.
  const auto findings = attention({risk(5, RiskLevel::high, RiskStatus::occurred, false, false)});
  ASSERT_EQ(described(findings), (Lines{"high risk_occurred #5"}));
  EXPECT_EQ(findings[0].suggested_action, "Agree a response now: the register has none for this risk.");
}

// ---- risk_unplanned --------------------------------------------------------------------------

TEST(PlanAttentionRisks, LiveHighRiskWithoutAResponseIsMedium) {
  const auto findings = attention({risk(8, RiskLevel::high, RiskStatus::open, false, true)});
  ASSERT_EQ(described(findings), (Lines{"medium risk_unplanned #8"}));
  const auto& f = findings[0];
  EXPECT_EQ(f.risk_id, 8);
  EXPECT_EQ(f.title, "High risk without a plan: The community hall floods");
  EXPECT_EQ(f.evidence, "It is rated high and has no planned response.");
  EXPECT_EQ(f.suggested_action, "Agree at the next meeting what you will do if it happens, and who watches for it.");
}

TEST(PlanAttentionRisks, LiveHighRiskWithoutAnOwnerIsMedium) {
  const auto findings = attention({risk(8, RiskLevel::high, RiskStatus::watching, true, false)});
  ASSERT_EQ(described(findings), (Lines{"medium risk_unplanned #8"}));
  EXPECT_EQ(findings[0].evidence, "It is rated high and nobody owns it.");
}

TEST(PlanAttentionRisks, WhenBothAreMissingTheResponseIsWhatIsSaid) {
  const auto findings = attention({risk(8, RiskLevel::high, RiskStatus::open, false, false)});
  ASSERT_EQ(described(findings), (Lines{"medium risk_unplanned #8"}));
  EXPECT_EQ(findings[0].evidence, "It is rated high and has no planned response.");
}

TEST(PlanAttentionRisks, WhichRisksNeedNothing) {
  struct Case {
    const char* description;
    RiskFacts risk;
  };
  for (const auto& c : {
           Case{"high, planned and owned", risk(1, RiskLevel::high, RiskStatus::open, true, true)},
           Case{"high, watched, planned and owned", risk(1, RiskLevel::high, RiskStatus::watching, true, true)},
           Case{"closed high without response or owner", risk(1, RiskLevel::high, RiskStatus::closed, false, false)},
           Case{"closed low", risk(1, RiskLevel::low, RiskStatus::closed, false, false)},
           Case{"medium without response or owner", risk(1, RiskLevel::medium, RiskStatus::open, false, false)},
           Case{"low without response or owner", risk(1, RiskLevel::low, RiskStatus::watching, false, false)},
       }) {
    EXPECT_TRUE(attention({c.risk}).empty()) << c.description;
  }
}

TEST(PlanAttentionRisks, OneFindingPerRiskInRegisterOrder) {
  const auto findings = attention({risk(1, RiskLevel::high, RiskStatus::open, false), risk(2, RiskLevel::low),
                                   risk(3, RiskLevel::high, RiskStatus::watching, true, false),
                                   risk(4, RiskLevel::high, RiskStatus::closed, false)});
  EXPECT_EQ(described(findings), (Lines{"medium risk_unplanned #1", "medium risk_unplanned #3"}));
}

// ---- resources_unused ------------------------------------------------------------------------

TEST(PlanAttentionResources, NoUnusedCommitmentsNoFinding) { EXPECT_TRUE(attention({}, {}).empty()); }

TEST(PlanAttentionResources, OneUnusedCommitment) {
  const auto findings = attention({}, {21});
  ASSERT_EQ(described(findings), (Lines{"low resources_unused"}));
  const auto& f = findings[0];
  EXPECT_EQ(f.resource_ids, (Ids{21}));
  EXPECT_EQ(f.title, "1 commitment has not been drawn on");
  EXPECT_EQ(f.evidence, "1 resource commitment made more than 60 days ago shows nothing used.");
  EXPECT_EQ(f.suggested_action, "Ask the partners whether the plan still needs them, or put them to work.");
  EXPECT_EQ(f.risk_id, std::nullopt);
  EXPECT_TRUE(f.activity_ids.empty());
}

TEST(PlanAttentionResources, SeveralUnusedCommitmentsMakeOneFinding) {
  const auto findings = attention({}, {21, 5, 13});
  ASSERT_EQ(described(findings), (Lines{"low resources_unused"}));
  EXPECT_EQ(findings[0].resource_ids, (Ids{21, 5, 13}));  // as given
  EXPECT_EQ(findings[0].title, "3 commitments have not been drawn on");
  EXPECT_EQ(findings[0].evidence, "3 resource commitments made more than 60 days ago show nothing used.");
}

TEST(PlanAttentionResources, ListStopsAtFiftyButTheCountDoesNot) {
  // 50 exactly: all listed. 51 and 80: the first 50, and the title still counts them all.
  EXPECT_EQ(attention({}, ids(1, 50))[0].resource_ids, ids(1, 50));
  const auto fifty_one = attention({}, ids(1, 51));
  EXPECT_EQ(fifty_one[0].resource_ids, ids(1, 50));
  EXPECT_EQ(fifty_one[0].title, "51 commitments have not been drawn on");
  const auto eighty = attention({}, ids(101, 180));
  ASSERT_EQ(eighty.size(), 1u);
  EXPECT_EQ(eighty[0].resource_ids, ids(101, 150));
  EXPECT_EQ(eighty[0].title, "80 commitments have not been drawn on");
  EXPECT_EQ(eighty[0].evidence, "80 resource commitments made more than 60 days ago show nothing used.");
}

// ---- Order -----------------------------------------------------------------------------------

TEST(PlanAttentionRegisters, MostSevereFirstAndStableWithinASeverity) {
  // Two of three open activities overdue (2 × 4 ≥ 3: high); activity 3 has no owner (medium);
  // the review is due in 3 days (low). Risks in register order: 1 unplanned (medium),
  // 2 occurred (high), 3 low (nothing), 4 occurred (high), 5 unplanned (medium).
  const auto findings = attention(
      {risk(1, RiskLevel::high, RiskStatus::open, false), risk(2, RiskLevel::low, RiskStatus::occurred),
       risk(3, RiskLevel::low), risk(4, RiskLevel::high, RiskStatus::occurred, false),
       risk(5, RiskLevel::high, RiskStatus::watching, true, false)},
      {30, 31}, {activity(1, {4}, kLastWeek), activity(2, {4}, kLastWeek), activity(3, {})},
      review_schedule(kToday + days(3), 0, kToday));
  EXPECT_EQ(described(findings), (Lines{
                                     "high overdue_activities",
                                     "high risk_occurred #2",
                                     "high risk_occurred #4",
                                     "medium activities_without_owner",
                                     "medium risk_unplanned #1",
                                     "medium risk_unplanned #5",
                                     "low review_due_soon",
                                     "low resources_unused",
                                 }));
}

TEST(PlanAttentionRegisters, OverdueReviewComesBeforeAnOccurredRisk) {
  const auto findings = attention({risk(2, RiskLevel::low, RiskStatus::occurred)}, {9}, {},
                                  review_schedule(kToday - days(1), 0, kToday));
  EXPECT_EQ(described(findings), (Lines{"high review_overdue", "high risk_occurred #2", "low resources_unused"}));
}

TEST(PlanAttentionRegisters, TheSameFactsGiveTheSameList) {
  const std::vector<RiskFacts> risks = {risk(1, RiskLevel::high, RiskStatus::open, false),
                                        risk(2, RiskLevel::low, RiskStatus::occurred),
                                        risk(3, RiskLevel::high, RiskStatus::open, true, false)};
  const auto first = described(attention(risks, {7}));
  for (int i = 0; i < 5; ++i) EXPECT_EQ(described(attention(risks, {7})), first);
  EXPECT_EQ(first, (Lines{"high risk_occurred #2", "medium risk_unplanned #1", "medium risk_unplanned #3",
                          "low resources_unused"}));
}

}  // namespace
}  // namespace cg
