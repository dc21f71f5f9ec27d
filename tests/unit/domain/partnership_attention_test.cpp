#include "domain/partnership_attention.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace cg {
namespace {

std::vector<std::string> codes(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.code);
  return out;
}

using Codes = std::vector<std::string>;

Finding balance(std::string code, Severity severity) {
  Finding f;
  f.code = std::move(code);
  f.severity = severity;
  f.title = "Title of " + f.code;
  f.evidence = "Evidence of " + f.code;
  f.suggested_action = "Action for " + f.code;
  f.sector = Sector::faith;
  return f;
}

// A partnership with nothing to chase: charter adopted, everyone endorsed, no invitations out.
AttentionFacts settled() {
  AttentionFacts facts;
  facts.status = PartnershipStatus::active;
  facts.charter_adopted = true;
  facts.endorsed = 5;
  facts.eligible_endorsers = 5;
  return facts;
}

const Finding* find_code(const std::vector<Finding>& findings, const std::string& code) {
  for (const auto& f : findings) {
    if (f.code == code) return &f;
  }
  return nullptr;
}

TEST(PartnershipAttention, SettledPartnershipNeedsNothing) { EXPECT_TRUE(partnership_attention(settled()).empty()); }

TEST(PartnershipAttention, ClosedPartnershipHasNoFindings) {
  AttentionFacts facts;
  facts.status = PartnershipStatus::closed;
  facts.invitations_pending = 3;
  facts.invitations_expired = 2;
  facts.charter_adopted = false;
  facts.open_charter = CharterStatus::proposed;
  facts.balance_findings = {balance("essential_sector_missing", Severity::high)};
  EXPECT_TRUE(partnership_attention(facts).empty());

  facts.charter_adopted = true;
  facts.endorsed = 0;
  facts.eligible_endorsers = 4;
  EXPECT_TRUE(partnership_attention(facts).empty());
}

TEST(PartnershipAttention, OtherStatusesAreChased) {
  for (auto status : {PartnershipStatus::forming, PartnershipStatus::active, PartnershipStatus::paused}) {
    AttentionFacts facts = settled();
    facts.status = status;
    facts.invitations_pending = 1;
    EXPECT_EQ(codes(partnership_attention(facts)), (Codes{"invitations_pending"})) << to_key(status);
  }
}

TEST(PartnershipAttention, CharterMissingWhenNothingIsAdoptedOrProposed) {
  for (auto open : {std::optional<CharterStatus>{}, std::optional<CharterStatus>{CharterStatus::draft}}) {
    AttentionFacts facts;
    facts.open_charter = open;
    const auto findings = partnership_attention(facts);
    ASSERT_EQ(codes(findings), (Codes{"charter_missing"}));
    EXPECT_EQ(findings[0].severity, Severity::medium);
    EXPECT_FALSE(findings[0].title.empty());
    EXPECT_FALSE(findings[0].evidence.empty());
    EXPECT_FALSE(findings[0].suggested_action.empty());
  }
}

TEST(PartnershipAttention, CharterAwaitingAdoptionWhenProposed) {
  AttentionFacts facts;
  facts.open_charter = CharterStatus::proposed;
  const auto findings = partnership_attention(facts);
  ASSERT_EQ(codes(findings), (Codes{"charter_awaiting_adoption"}));
  EXPECT_EQ(findings[0].severity, Severity::medium);
  EXPECT_FALSE(findings[0].suggested_action.empty());
}

TEST(PartnershipAttention, AdoptedCharterWithAnOpenRevisionIsNotMissing) {
  AttentionFacts facts = settled();
  facts.open_charter = CharterStatus::proposed;
  EXPECT_TRUE(partnership_attention(facts).empty());
}

TEST(PartnershipAttention, NoEndorsementFindingBeforeAdoption) {
  AttentionFacts facts;
  facts.endorsed = 0;
  facts.eligible_endorsers = 6;
  EXPECT_EQ(codes(partnership_attention(facts)), (Codes{"charter_missing"}));
}

struct EndorsementCase {
  int endorsed;
  int eligible;
  std::string evidence;  // empty: no finding
};

class PartnershipAttentionEndorsements : public ::testing::TestWithParam<EndorsementCase> {};
TEST_P(PartnershipAttentionEndorsements, CountsWhoIsMissing) {
  AttentionFacts facts = settled();
  facts.endorsed = GetParam().endorsed;
  facts.eligible_endorsers = GetParam().eligible;
  const auto findings = partnership_attention(facts);
  if (GetParam().evidence.empty()) {
    EXPECT_TRUE(findings.empty());
    return;
  }
  ASSERT_EQ(codes(findings), (Codes{"endorsements_missing"}));
  EXPECT_EQ(findings[0].severity, Severity::low);
  EXPECT_EQ(findings[0].evidence, GetParam().evidence);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, PartnershipAttentionEndorsements,
    ::testing::Values(
        EndorsementCase{1, 3, "2 members have not endorsed the adopted charter (1 of 3 have)."},
        EndorsementCase{2, 3, "1 member has not endorsed the adopted charter (2 of 3 have)."},
        EndorsementCase{0, 1, "1 member has not endorsed the adopted charter (0 of 1 have)."},
        EndorsementCase{0, 12, "12 members have not endorsed the adopted charter (0 of 12 have)."},
        EndorsementCase{3, 3, ""}, EndorsementCase{0, 0, ""}, EndorsementCase{4, 3, ""}));

TEST(PartnershipAttention, ExpiredInvitationsSingularAndPlural) {
  AttentionFacts facts = settled();
  facts.invitations_expired = 1;
  auto findings = partnership_attention(facts);
  ASSERT_EQ(codes(findings), (Codes{"invitations_expired"}));
  EXPECT_EQ(findings[0].severity, Severity::low);
  EXPECT_EQ(findings[0].evidence, "1 invitation expired before anyone answered.");

  facts.invitations_expired = 3;
  findings = partnership_attention(facts);
  ASSERT_EQ(codes(findings), (Codes{"invitations_expired"}));
  EXPECT_EQ(findings[0].evidence, "3 invitations expired before anyone answered.");
}

TEST(PartnershipAttention, PendingInvitationsSingularAndPlural) {
  AttentionFacts facts = settled();
  facts.invitations_pending = 1;
  auto findings = partnership_attention(facts);
  ASSERT_EQ(codes(findings), (Codes{"invitations_pending"}));
  EXPECT_EQ(findings[0].severity, Severity::low);
  EXPECT_EQ(findings[0].evidence, "1 invitation is still open.");

  facts.invitations_pending = 2;
  findings = partnership_attention(facts);
  ASSERT_EQ(codes(findings), (Codes{"invitations_pending"}));
  EXPECT_EQ(findings[0].evidence, "2 invitations are still open.");
}

TEST(PartnershipAttention, OnlyHighSeverityBalanceFindingsAreCarriedAsTheyAre) {
  AttentionFacts facts = settled();
  facts.balance_findings = {balance("sector_dominates", Severity::medium),
                            balance("essential_sector_missing", Severity::high),
                            balance("perspective_missing", Severity::low),
                            balance("decision_concentrated", Severity::high)};
  const auto findings = partnership_attention(facts);
  ASSERT_EQ(codes(findings), (Codes{"essential_sector_missing", "decision_concentrated"}));
  const auto expected = balance("essential_sector_missing", Severity::high);
  EXPECT_EQ(findings[0].title, expected.title);
  EXPECT_EQ(findings[0].evidence, expected.evidence);
  EXPECT_EQ(findings[0].suggested_action, expected.suggested_action);
  EXPECT_EQ(findings[0].sector, Sector::faith);
}

TEST(PartnershipAttention, MostSevereFirstAndStableWithinASeverity) {
  AttentionFacts facts;
  facts.status = PartnershipStatus::active;
  facts.invitations_expired = 2;
  facts.invitations_pending = 4;
  facts.open_charter = CharterStatus::draft;
  facts.balance_findings = {balance("low_one", Severity::low), balance("high_b", Severity::high),
                            balance("medium_one", Severity::medium), balance("high_a", Severity::high)};
  const auto findings = partnership_attention(facts);
  EXPECT_EQ(codes(findings),
            (Codes{"high_b", "high_a", "charter_missing", "invitations_expired", "invitations_pending"}));
  for (std::size_t i = 1; i < findings.size(); ++i) {
    EXPECT_LE(findings[i - 1].severity, findings[i].severity) << i;
  }
}

TEST(PartnershipAttention, LowFindingsKeepTheirOrder) {
  AttentionFacts facts = settled();
  facts.endorsed = 1;
  facts.invitations_expired = 1;
  facts.invitations_pending = 1;
  EXPECT_EQ(codes(partnership_attention(facts)),
            (Codes{"endorsements_missing", "invitations_expired", "invitations_pending"}));
  ASSERT_NE(find_code(partnership_attention(facts), "endorsements_missing"), nullptr);
}

TEST(PartnershipAttention, IsDeterministic) {
  AttentionFacts facts;
  facts.invitations_expired = 2;
  facts.invitations_pending = 4;
  facts.balance_findings = {balance("high_b", Severity::high), balance("high_a", Severity::high)};
  EXPECT_EQ(codes(partnership_attention(facts)), codes(partnership_attention(facts)));
}

}  // namespace
}  // namespace cg
