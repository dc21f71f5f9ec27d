#include "domain/balance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <random>
#include <set>
#include <utility>

namespace cg {
namespace {

using namespace std::chrono;

Day day(int y, unsigned m, unsigned d) {
  return year_month_day{year{y}, month{m}, std::chrono::day{d}};
}

// For failure messages: GCC 12's <chrono> cannot print dates yet.
std::string iso(Day d) {
  const year_month_day ymd{d};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

// `count` members of one sector, the first `deciding` of them with decision authority.
struct Group {
  Sector sector = Sector::other;
  int count = 0;
  int deciding = 0;
  std::vector<Perspective> perspectives = {};
};

std::vector<BalanceMember> members_of(const std::vector<Group>& groups) {
  std::vector<BalanceMember> members;
  for (const auto& g : groups) {
    for (int i = 0; i < g.count; ++i) {
      BalanceMember m;
      m.membership_id = static_cast<std::int64_t>(members.size()) + 1;
      m.sector = g.sector;
      m.decision_authority = i < g.deciding;
      m.perspectives = g.perspectives;
      members.push_back(m);
    }
  }
  return members;
}

// Rules with only the dominance and decision checks left on, so a case can switch on just what it
// tests.
BalanceRules quiet_rules() {
  BalanceRules rules;
  rules.essential_sectors = {};
  rules.expected_perspectives = {};
  rules.concentration_hhi = 1.0;
  return rules;
}

// "severity code subject", e.g. "high essential_sector_missing faith".
std::string describe(const Finding& f) {
  std::string out(to_key(f.severity));
  out += ' ';
  out += f.code;
  if (f.sector) (out += ' ') += to_key(*f.sector);
  if (f.perspective) (out += ' ') += to_key(*f.perspective);
  return out;
}

std::vector<std::string> described(const BalanceReport& report) {
  std::vector<std::string> out;
  for (const auto& f : report.findings) out.push_back(describe(f));
  return out;
}

const Finding& only_finding(const BalanceReport& report, std::string_view code) {
  const auto it = std::ranges::find(report.findings, code, &Finding::code);
  EXPECT_NE(it, report.findings.end()) << code;
  return *it;
}

// ---- Tables -----------------------------------------------------------------------------------

TEST(Perspective, EveryKeyRoundTripsAndTablesFollowEnumeratorOrder) {
  std::set<std::string_view> keys;
  for (std::size_t i = 0; i < all_perspectives().size(); ++i) {
    const auto& p = all_perspectives()[i];
    EXPECT_EQ(p.perspective, static_cast<Perspective>(i)) << "balance.cpp indexes by enumerator";
    EXPECT_TRUE(keys.insert(p.key).second) << p.key;
    EXPECT_EQ(perspective_from_key(p.key), p.perspective);
    EXPECT_EQ(to_key(p.perspective), p.key);
    EXPECT_FALSE(to_label(p.perspective).empty());
  }
  EXPECT_EQ(keys.size(), 7u);
  EXPECT_EQ(to_label(Perspective::critic_watchdog), "Critic or watchdog");
  EXPECT_FALSE(perspective_from_key("critic").has_value());
  for (std::size_t i = 0; i < all_sectors().size(); ++i) {
    EXPECT_EQ(all_sectors()[i].sector, static_cast<Sector>(i)) << "balance.cpp indexes by enumerator";
  }
}

TEST(Balance, SeverityKeysAndSeedEssentialSectors) {
  EXPECT_EQ(to_key(Severity::high), "high");
  EXPECT_EQ(to_key(Severity::medium), "medium");
  EXPECT_EQ(to_key(Severity::low), "low");
  EXPECT_EQ(default_essential_sectors().size(), 9u);
  EXPECT_EQ(BalanceRules{}.essential_sectors, default_essential_sectors());
}

// ---- Findings, case by case -------------------------------------------------------------------

struct FindingsCase {
  std::string name;
  std::vector<Group> groups;
  BalanceRules rules;
  std::vector<std::string> expected;  // described findings, in report order
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const FindingsCase& c, std::ostream* out) {
  *out << c.name;
}

std::vector<FindingsCase> findings_cases() {
  using S = Sector;
  using P = Perspective;
  const auto rules_with = [](auto change) {
    BalanceRules rules = quiet_rules();
    change(rules);
    return rules;
  };
  return {
      {"EmptyPartnershipSaysOnlyThat", {}, BalanceRules{}, {"high no_active_members"}},
      {"OneMemberFromLawEnforcement",
       {{S::law_enforcement, 1, 1}},
       BalanceRules{},
       {"high sector_dominates_members law_enforcement",
        "high essential_sector_missing health_social_services", "high essential_sector_missing government",
        "high essential_sector_missing courts_corrections", "high essential_sector_missing faith",
        "high essential_sector_missing business", "high essential_sector_missing private_security",
        "high essential_sector_missing schools_education",
        "high essential_sector_missing residents_neighborhood",
        "medium sector_dominates_decisions law_enforcement", "medium perspective_missing critic_watchdog",
        "medium perspective_missing resident_voice", "low membership_concentrated"}},
      {"BalancedTableHasNoFindings",
       {{S::faith, 1, 1}, {S::business, 1, 1}, {S::youth, 1, 1}},
       quiet_rules(),
       {}},
      {"TieForLargestSectorBothDominate",
       {{S::business, 3, 1}, {S::faith, 3, 1}},
       quiet_rules(),
       {"medium sector_dominates_members faith", "medium sector_dominates_members business"}},
      {"ExactlyFortyPercentIsNotDominance",
       {{S::law_enforcement, 40, 1}, {S::faith, 20, 1}, {S::business, 20, 1}, {S::youth, 20, 1}},
       quiet_rules(),
       {}},
      {"FortyOnePercentIsDominance",
       {{S::law_enforcement, 41, 1}, {S::faith, 20, 1}, {S::business, 20, 1}, {S::youth, 19, 1}},
       quiet_rules(),
       {"medium sector_dominates_members law_enforcement"}},
      {"MajorityIsHighSeverity",
       {{S::law_enforcement, 6, 1}, {S::faith, 2, 1}, {S::business, 2, 1}},
       quiet_rules(),
       {"high sector_dominates_members law_enforcement"}},
      {"CustomEssentialSectors",
       {{S::law_enforcement, 1, 1}, {S::faith, 1, 1}, {S::business, 1, 1}},
       rules_with([](BalanceRules& r) {
         r.essential_sectors = {S::youth, S::faith, S::schools_education};
       }),
       {"high essential_sector_missing schools_education", "high essential_sector_missing youth"}},
      {"DecisionAuthorityConcentrated",
       {{S::law_enforcement, 3, 3}, {S::faith, 3, 1}, {S::business, 3}, {S::youth, 3}},
       quiet_rules(),
       {"high sector_dominates_decisions law_enforcement"}},
      {"TwoDecisionMakersFromTwoSectorsAreBalanced",
       {{S::law_enforcement, 2, 1}, {S::faith, 2, 1}, {S::business, 2}},
       quiet_rules(),
       {}},
      {"TwoDecisionMakersFromOneSectorDominate",
       {{S::law_enforcement, 2, 2}, {S::faith, 2}, {S::business, 2}},
       quiet_rules(),
       {"high sector_dominates_decisions law_enforcement"}},
      {"LoneDecisionMaker",
       {{S::law_enforcement, 2}, {S::faith, 2, 1}, {S::business, 2}},
       quiet_rules(),
       {"medium sector_dominates_decisions faith"}},
      {"NoDecisionMakers",
       {{S::law_enforcement, 2}, {S::faith, 2}, {S::business, 2}},
       quiet_rules(),
       {"high no_decision_makers"}},
      {"MissingPerspectives",
       {{S::residents_neighborhood, 1, 1, {P::resident_voice}}, {S::faith, 1, 1}, {S::business, 1, 1}},
       rules_with([](BalanceRules& r) {
         r.expected_perspectives = {P::youth_voice, P::critic_watchdog, P::resident_voice};
       }),
       {"medium perspective_missing critic_watchdog", "medium perspective_missing youth_voice"}},
      {"ConcentrationAboveThreshold",
       {{S::faith, 1, 1}, {S::business, 1, 1}, {S::youth, 1, 1}},
       rules_with([](BalanceRules& r) { r.concentration_hhi = 0.3; }),
       {"low membership_concentrated"}},
      {"OrderedBySeverityThenWholePartnershipThenTaxonomy",
       {{S::faith, 6, 0, {P::critic_watchdog}}, {S::youth, 2}, {S::business, 2}},
       rules_with([](BalanceRules& r) {
         r.essential_sectors = {S::schools_education, S::government};
         r.expected_perspectives = {P::resident_voice};
         r.concentration_hhi = 0.25;
       }),
       {"high no_decision_makers", "high essential_sector_missing government",
        "high sector_dominates_members faith", "high essential_sector_missing schools_education",
        "medium perspective_missing resident_voice", "low membership_concentrated"}},
  };
}

class BalanceFindings : public testing::TestWithParam<FindingsCase> {};

TEST_P(BalanceFindings, ReportsExactlyTheExpectedFindingsInOrder) {
  const auto& c = GetParam();
  const auto members = members_of(c.groups);
  const auto report = analyse_balance(members, c.rules);
  EXPECT_EQ(described(report), c.expected);
  for (const auto& f : report.findings) {
    EXPECT_FALSE(f.title.empty()) << f.code;
    EXPECT_FALSE(f.evidence.empty()) << f.code;
    EXPECT_FALSE(f.suggested_action.empty()) << f.code;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, BalanceFindings, testing::ValuesIn(findings_cases()),
                         [](const auto& info) { return info.param.name; });

// ---- Wording ----------------------------------------------------------------------------------

TEST(BalanceWording, LawEnforcementDominanceWarnsOfAPoliceProgram) {
  const auto members =
      members_of({{Sector::law_enforcement, 6, 3}, {Sector::faith, 2}, {Sector::business, 2, 1}});
  const auto report = analyse_balance(members, quiet_rules());
  const auto& by_members = only_finding(report, "sector_dominates_members");
  EXPECT_EQ(by_members.title, "Law enforcement dominates the membership");
  EXPECT_NE(by_members.evidence.find("6 of 10 active members (60 %)"), std::string::npos)
      << by_members.evidence;
  EXPECT_NE(by_members.suggested_action.find("police program"), std::string::npos);
  const auto& by_decisions = only_finding(report, "sector_dominates_decisions");
  EXPECT_NE(by_decisions.evidence.find("3 of 4 decision makers (75 %)"), std::string::npos)
      << by_decisions.evidence;
  EXPECT_NE(by_decisions.suggested_action.find("police"), std::string::npos);

  const auto others =
      analyse_balance(members_of({{Sector::business, 6, 1}, {Sector::faith, 4, 1}}), quiet_rules());
  EXPECT_EQ(only_finding(others, "sector_dominates_members").suggested_action.find("police"),
            std::string::npos);
}

TEST(BalanceWording, EverySectorAndPerspectiveHasItsOwnAdvice) {
  BalanceRules rules;
  rules.essential_sectors.clear();
  for (const auto& s : all_sectors()) rules.essential_sectors.push_back(s.sector);
  rules.expected_perspectives.clear();
  for (const auto& p : all_perspectives()) rules.expected_perspectives.push_back(p.perspective);
  // Nobody from any sector but "other" is present, so every other sector and every perspective is missing.
  const auto report = analyse_balance(members_of({{Sector::other, 1, 1}}), rules);
  std::set<std::string> advice;
  for (const auto& f : report.findings) {
    if (f.code == "essential_sector_missing" || f.code == "perspective_missing") {
      EXPECT_TRUE(advice.insert(f.suggested_action).second) << "repeated advice: " << f.suggested_action;
    }
  }
  EXPECT_EQ(advice.size(), all_sectors().size() - 1 + all_perspectives().size());
  const auto& schools =
      *std::ranges::find(report.findings, std::optional(Sector::schools_education), &Finding::sector);
  EXPECT_NE(schools.suggested_action.find("safety officer"), std::string::npos);
  const auto& critics =
      *std::ranges::find(report.findings, std::optional(Perspective::critic_watchdog), &Finding::perspective);
  EXPECT_NE(critics.suggested_action.find("civil-liberties"), std::string::npos);
}

// ---- Numbers ----------------------------------------------------------------------------------

struct ConcentrationCase {
  std::string name;
  std::vector<Group> groups;
  double hhi;
  double shannon;
  std::optional<double> decision_hhi;
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const ConcentrationCase& c, std::ostream* out) {
  *out << c.name;
}

class BalanceConcentration : public testing::TestWithParam<ConcentrationCase> {};

TEST_P(BalanceConcentration, MatchesHandComputedValues) {
  const auto& c = GetParam();
  const auto report = analyse_balance(members_of(c.groups), BalanceRules{});
  ASSERT_TRUE(report.hhi && report.shannon_normalized);
  EXPECT_NEAR(*report.hhi, c.hhi, 1e-12);
  EXPECT_NEAR(*report.shannon_normalized, c.shannon, 1e-12);
  EXPECT_FALSE(std::signbit(*report.shannon_normalized));
  ASSERT_EQ(report.decision_hhi.has_value(), c.decision_hhi.has_value());
  if (c.decision_hhi) {
    EXPECT_NEAR(*report.decision_hhi, *c.decision_hhi, 1e-12);
  }
}

std::vector<ConcentrationCase> concentration_cases() {
  using S = Sector;
  const double ln14 = std::log(14.0);
  std::vector<Group> every_sector;
  for (const auto& s : all_sectors()) every_sector.push_back({s.sector, 2, 1, {}});
  return {
      {"OneSector", {{S::faith, 5, 2}}, 1.0, 0.0, 1.0},
      {"FourEqualSectors",
       {{S::faith, 3, 1}, {S::business, 3, 1}, {S::youth, 3}, {S::media, 3}},
       0.25,
       std::log(4.0) / ln14,
       0.5},
      {"ThreeToOne",
       {{S::law_enforcement, 3}, {S::youth, 1}},
       0.625,
       -(0.75 * std::log(0.75) + 0.25 * std::log(0.25)) / ln14,
       std::nullopt},
      {"EverySectorEqual", every_sector, 1.0 / 14, 1.0, 1.0 / 14},
  };
}

INSTANTIATE_TEST_SUITE_P(Cases, BalanceConcentration, testing::ValuesIn(concentration_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(BalanceNumbers, SharesAndCountsPerSectorAndPerspective) {
  const auto members =
      members_of({{Sector::law_enforcement, 3, 2, {Perspective::frontline_staff}},
                  {Sector::youth, 1, 0, {Perspective::youth_voice, Perspective::youth_voice}}});
  const auto report = analyse_balance(members, BalanceRules{});
  EXPECT_EQ(report.active_members, 4);
  EXPECT_EQ(report.decision_makers, 2);
  ASSERT_EQ(report.sectors.size(), all_sectors().size());
  const auto& police = report.sectors[0];
  EXPECT_EQ(police.sector, Sector::law_enforcement);
  EXPECT_TRUE(police.essential);
  EXPECT_EQ(police.members, 3);
  EXPECT_DOUBLE_EQ(police.member_share, 0.75);
  EXPECT_EQ(police.decision_makers, 2);
  EXPECT_DOUBLE_EQ(police.decision_share, 1.0);
  const auto& youth = report.sectors[static_cast<std::size_t>(Sector::youth)];
  EXPECT_FALSE(youth.essential);
  EXPECT_DOUBLE_EQ(youth.member_share, 0.25);
  EXPECT_DOUBLE_EQ(youth.decision_share, 0.0);
  EXPECT_EQ(report.essential_missing.size(), 8u);
  ASSERT_EQ(report.perspectives.size(), all_perspectives().size());
  EXPECT_EQ(report.perspectives[static_cast<std::size_t>(Perspective::frontline_staff)].members, 3);
  EXPECT_EQ(report.perspectives[static_cast<std::size_t>(Perspective::youth_voice)].members, 1)
      << "listed twice, counted once";
}

TEST(BalanceNumbers, EmptyPartnershipHasNothingToMeasure) {
  const auto report = analyse_balance({}, BalanceRules{});
  EXPECT_EQ(report.active_members, 0);
  EXPECT_FALSE(report.hhi || report.shannon_normalized || report.decision_hhi);
  EXPECT_EQ(report.sectors.size(), all_sectors().size());
  for (const auto& s : report.sectors) EXPECT_EQ(s.member_share, 0.0);
  auto essential = default_essential_sectors();
  std::ranges::sort(essential);
  EXPECT_EQ(report.essential_missing, essential) << "every essential sector, in taxonomy order";
}

// ---- Membership over time ---------------------------------------------------------------------

MemberSnapshot snapshot(std::int64_t id, Day on, bool active, Sector sector = Sector::other,
                        bool decides = false, std::vector<Perspective> perspectives = {}) {
  MemberSnapshot s;
  s.membership_id = id;
  s.effective_on = on;
  s.active = active;
  s.sector = sector;
  s.decision_authority = decides;
  s.perspectives = std::move(perspectives);
  return s;
}

// Out of date order on purpose; same-day pairs keep their recorded order (the later one wins).
std::vector<MemberSnapshot> sample_history() {
  using S = Sector;
  return {
      snapshot(2, day(2024, 2, 15), true, S::government, true, {Perspective::frontline_staff}),
      snapshot(1, day(2024, 9, 1), true, S::business),  // rejoined in a new sector
      snapshot(1, day(2024, 1, 10), true, S::law_enforcement),
      snapshot(3, day(2024, 5, 1), true, S::schools_education),
      snapshot(4, day(2024, 5, 1), false, S::youth),
      snapshot(1, day(2024, 6, 1), false, S::faith),              // ceased
      snapshot(2, day(2024, 2, 1), false, S::government),         // invited
      snapshot(3, day(2024, 5, 1), false, S::schools_education),  // same day: this correction wins
      snapshot(4, day(2024, 5, 1), true, S::youth),
      snapshot(1, day(2024, 3, 1), true, S::faith),  // changed sector
  };
}

struct OnDayCase {
  Day on;
  std::vector<std::pair<std::int64_t, Sector>> expected;
};

TEST(MembersOn, ReplaysHistoryAtPastDates) {
  using S = Sector;
  const auto history = sample_history();
  const std::vector<OnDayCase> cases = {
      {day(2024, 1, 9), {}},
      {day(2024, 1, 10), {{1, S::law_enforcement}}},
      {day(2024, 2, 1), {{1, S::law_enforcement}}},
      {day(2024, 2, 15), {{1, S::law_enforcement}, {2, S::government}}},
      {day(2024, 3, 1), {{1, S::faith}, {2, S::government}}},
      {day(2024, 5, 1), {{1, S::faith}, {2, S::government}, {4, S::youth}}},
      {day(2024, 6, 1), {{2, S::government}, {4, S::youth}}},
      {day(2024, 8, 31), {{2, S::government}, {4, S::youth}}},
      {day(2024, 9, 1), {{1, S::business}, {2, S::government}, {4, S::youth}}},
  };
  for (const auto& c : cases) {
    std::vector<std::pair<std::int64_t, Sector>> got;
    for (const auto& m : members_on(history, c.on)) got.emplace_back(m.membership_id, m.sector);
    EXPECT_EQ(got, c.expected) << iso(c.on);
  }
  const auto later = members_on(history, day(2030, 1, 1));
  ASSERT_EQ(later.size(), 3u);
  EXPECT_TRUE(later[1].decision_authority);
  EXPECT_EQ(later[1].perspectives, std::vector{Perspective::frontline_staff});
}

// ---- Trend ------------------------------------------------------------------------------------

std::vector<MemberSnapshot> random_history(unsigned seed, int memberships) {
  std::mt19937 random(seed);
  const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
  const Day start = day(2020, 1, 1);
  std::vector<MemberSnapshot> history;
  for (int id = 1; id <= memberships; ++id) {
    Day on = start + days{pick(400)};
    for (int n = 1 + pick(10); n > 0; --n) {
      history.push_back(snapshot(id, on, pick(4) != 0,
                                 static_cast<Sector>(pick(static_cast<int>(all_sectors().size()))),
                                 pick(3) == 0));
      on += days{pick(3) == 0 ? 0 : pick(200)};  // some same-day corrections
    }
  }
  // Any order will do: both functions let the later of two same-day snapshots in the input win.
  std::shuffle(history.begin(), history.end(), random);
  return history;
}

TEST(BalanceTrend, MatchesTheFullAnalysisOnEveryDay) {
  const auto history = random_history(20240601, 300);
  std::vector<Day> points;
  for (Day d = day(2019, 12, 1); d <= day(2026, 1, 1); d += days{17}) points.push_back(d);
  const auto trend = balance_trend(history, points);
  ASSERT_EQ(trend.size(), points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto members = members_on(history, points[i]);
    const auto report = analyse_balance(members, BalanceRules{});
    const auto& p = trend[i];
    SCOPED_TRACE(iso(points[i]));
    EXPECT_EQ(p.at, points[i]);
    EXPECT_EQ(p.active_members, report.active_members);
    EXPECT_EQ(p.decision_makers, report.decision_makers);
    EXPECT_EQ(p.sectors_present,
              std::ranges::count_if(report.sectors, [](const auto& s) { return s.members > 0; }));
    EXPECT_EQ(p.hhi, report.hhi);
    EXPECT_EQ(p.shannon_normalized, report.shannon_normalized);
    const auto largest = std::ranges::max_element(report.sectors, std::ranges::less{}, &SectorShare::members);
    if (report.active_members == 0) {
      EXPECT_FALSE(p.largest_sector.has_value());
      EXPECT_EQ(p.largest_share, 0.0);
    } else {
      EXPECT_EQ(p.largest_sector, largest->sector);
      EXPECT_DOUBLE_EQ(p.largest_share, largest->member_share);
    }
  }
  EXPECT_EQ(trend.front().active_members, 0) << "before the first snapshot";
}

TEST(BalanceTrend, TieGoesToTheFirstSectorInTaxonomyOrder) {
  const Day on = day(2024, 1, 1);
  const std::vector<MemberSnapshot> history = {
      snapshot(1, on, true, Sector::business), snapshot(2, on, true, Sector::faith),
      snapshot(3, on, true, Sector::business), snapshot(4, on, true, Sector::faith)};
  const std::vector<Day> points = {on};
  const auto trend = balance_trend(history, points);
  ASSERT_EQ(trend.size(), 1u);
  EXPECT_EQ(trend[0].largest_sector, Sector::faith);
  EXPECT_DOUBLE_EQ(trend[0].largest_share, 0.5);
  EXPECT_EQ(trend[0].sectors_present, 2);
}

TEST(BalanceTrend, EmptyHistoryAndDaysOutOfOrder) {
  const std::vector<Day> points = {day(2024, 9, 1), day(2024, 1, 9), day(2024, 3, 1)};
  for (const auto& p : balance_trend({}, points)) {
    EXPECT_EQ(p.active_members, 0);
    EXPECT_FALSE(p.hhi || p.shannon_normalized || p.largest_sector);
  }
  const auto history = sample_history();
  const auto trend = balance_trend(history, points);
  ASSERT_EQ(trend.size(), 3u);
  EXPECT_EQ(trend[0].at, points[0]);
  EXPECT_EQ(trend[0].active_members, 3);
  EXPECT_EQ(trend[1].active_members, 0);
  EXPECT_EQ(trend[2].active_members, 2);
  EXPECT_EQ(trend[2].largest_sector, Sector::government);
}

}  // namespace
}  // namespace cg
