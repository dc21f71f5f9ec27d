#include "domain/commitment.h"

#include <gtest/gtest.h>

#include "domain/time_format.h"

namespace cg {
namespace {

using namespace std::chrono;

Day day(const char* text) { return *parse_date(text); }

CommitmentMember member(std::int64_t id, const char* name, std::int64_t org, const char* org_name, Sector sector,
                        const char* joined, const char* left = nullptr) {
  CommitmentMember m;
  m.membership_id = id;
  m.name = name;
  m.organization_id = org;
  m.organization_name = org_name;
  m.sector = sector;
  m.joined_on = day(joined);
  if (left) m.left_on = day(left);
  return m;
}

// Six monthly meetings, January to June 2026, seen on 15 June. Who came (P), missed (A) or sent
// apologies (E); "." is no seat that day:
//                         Jan Feb Mar Apr May Jun
//   1 Ana Ruiz (police)    P   P   P   P   P   P
//   2 Ben Okafor (faith)   P   P   P   A   E   A    three missed in a row
//   3 Cara Diaz (faith)    P   P   P   P   A   P
//   4 Dan Wu (business)    .   .   .   .   P   A    joined 15 April
//   5 Eve Stone (schools)  P   P   A   .   .   .    left 15 March
//   6 Fay Ito (health)     P   P   A   A   A   A    and nobody else from health
struct SixMeetings : ::testing::Test {
  CommitmentFacts facts;
  Day today = day("2026-06-15");

  void SetUp() override {
    facts.members = {member(1, "Ana Ruiz", 10, "Riverton Police", Sector::law_enforcement, "2025-06-01"),
                     member(2, "Ben Okafor", 20, "Grace Church", Sector::faith, "2025-06-01"),
                     member(3, "Cara Diaz", 20, "Grace Church", Sector::faith, "2025-06-01"),
                     member(4, "Dan Wu", 30, "Corner Grocers", Sector::business, "2026-04-15"),
                     member(5, "Eve Stone", 40, "Eastside High", Sector::schools_education, "2025-06-01",
                            "2026-03-15"),
                     member(6, "Fay Ito", 50, "Riverton Clinic", Sector::health_social_services, "2025-06-01")};
    const char* months[] = {"2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"};
    for (int i = 0; i < 6; ++i) facts.meetings.push_back({i + 1, day(months[i])});
    facts.meetings.push_back({7, day("2026-07-01")});  // not held yet: says nothing
    const char* rows[] = {"PPPPPP", "PPPAEA", "PPPPAP", "....PA", "PPA...", "PPAAAA"};
    for (int m = 0; m < 6; ++m) {
      for (int meeting = 0; meeting < 6; ++meeting) {
        const char c = rows[m][meeting];
        if (c == '.' || c == 'A') continue;  // no record: absent when they had a seat
        facts.attendance.push_back({meeting + 1, m + 1, c == 'P' ? Attendance::present : Attendance::excused, {}});
      }
    }
  }

  const MemberCommitment& of(const CommitmentReport& r, std::int64_t id) {
    for (const auto& m : r.members) {
      if (m.membership_id == id) return m;
    }
    throw std::out_of_range("no such member");
  }
};

TEST_F(SixMeetings, AttendanceOverEachMembersOwnLastMeetings) {
  const auto r = measure_commitment(facts, today);
  ASSERT_EQ(r.members.size(), 5u) << "Eve has left";
  EXPECT_EQ(of(r, 1).attendance, (Tally{6, 6}));
  EXPECT_EQ(of(r, 2).attendance, (Tally{3, 6}));
  EXPECT_EQ(of(r, 2).excused, 1);
  EXPECT_EQ(of(r, 2).last_present, day("2026-03-01"));
  EXPECT_EQ(of(r, 4).attendance, (Tally{1, 2})) << "only the meetings since Dan joined";
  EXPECT_EQ(of(r, 6).last_present, day("2026-02-01"));

  CommitmentThresholds last_three;
  last_three.recent_meetings = 3;
  EXPECT_EQ(of(measure_commitment(facts, today, last_three), 3).attendance, (Tally{2, 3}));
}

TEST_F(SixMeetings, RsvpsKeptActionItemsOnTimeAndContributions) {
  facts.rsvps = {{6, 1, RsvpAnswer::yes},    // came: kept
                 {6, 2, RsvpAnswer::yes},    // did not: not kept
                 {5, 3, RsvpAnswer::no},     // stayed away: kept
                 {4, 3, RsvpAnswer::maybe},  // says nothing
                 {7, 1, RsvpAnswer::no}};    // not held yet
  facts.action_items = {{1, day("2026-03-01"), day("2026-02-20"), false},  // on time
                        {1, day("2026-04-01"), day("2026-04-10"), false},  // late
                        {1, day("2026-05-01"), std::nullopt, false},       // overdue
                        {1, day("2026-07-01"), std::nullopt, false},       // not due yet
                        {1, day("2026-02-01"), std::nullopt, true}};       // cancelled
  facts.contributions = {{1, day("2026-05-02"), ContributionKind::agenda_item},
                         {1, day("2026-05-03"), ContributionKind::idea},
                         {1, day("2025-01-01"), ContributionKind::comment},  // before the 12 months
                         {3, day("2026-06-10"), ContributionKind::comment}};
  const auto r = measure_commitment(facts, today);
  EXPECT_EQ(of(r, 1).rsvps_kept, (Tally{1, 1}));
  EXPECT_EQ(of(r, 2).rsvps_kept, (Tally{0, 1}));
  EXPECT_EQ(of(r, 3).rsvps_kept, (Tally{1, 1}));
  EXPECT_EQ(of(r, 1).on_time, (Tally{1, 3}));
  EXPECT_EQ(of(r, 1).overdue, 1);
  EXPECT_EQ(of(r, 1).agenda_items, 1);
  EXPECT_EQ(of(r, 1).ideas, 1);
  EXPECT_EQ(of(r, 1).comments, 0);
  EXPECT_EQ(of(r, 3).comments, 1);

  ASSERT_EQ(r.organizations.size(), 4u) << "the organisations of current members, by name";
  EXPECT_EQ(r.organizations[0].name, "Corner Grocers");
  EXPECT_EQ(r.organizations[1].name, "Grace Church");
  EXPECT_EQ(r.organizations[1].members, 2);
  EXPECT_EQ(r.organizations[1].attendance, (Tally{5, 6})) << "someone from the church came every month but May";
  EXPECT_EQ(r.organizations[1].contributions, 1);
  EXPECT_EQ(r.organizations[2].name, "Riverton Clinic");
  EXPECT_EQ(r.organizations[2].attendance, (Tally{2, 6}));
}

TEST_F(SixMeetings, MonthByMonthAndWhichSectorsWereInTheRoom) {
  facts.contributions = {{1, day("2026-05-02"), ContributionKind::agenda_item},
                         {1, day("2026-05-03"), ContributionKind::idea},
                         {3, day("2026-05-20"), ContributionKind::comment}};
  const auto r = measure_commitment(facts, today);
  ASSERT_EQ(r.months.size(), 12u);
  EXPECT_EQ(r.months.front().month, 2025y / July);
  EXPECT_EQ(r.months.front().meetings, 0);
  const auto& january = r.months[6];
  EXPECT_EQ(january.month, 2026y / January);
  EXPECT_EQ(january.seats_filled, (Tally{5, 5})) << "Ana, Ben, Cara, Eve, Fay; Dan had not joined";
  const auto& may = r.months[10];
  EXPECT_EQ(may.seats_filled, (Tally{2, 5})) << "Ana, Ben, Cara, Dan and Fay had seats; Ana and Dan came";
  EXPECT_EQ(may.contributions, 3);
  EXPECT_EQ(may.contributors, 2);
  EXPECT_EQ(r.months[11].seats_filled, (Tally{2, 5})) << "June: Ana and Cara";

  // Sectors of current members, most present first: police 6 of 6, faith 5 (Ben or Cara every
  // month but May), health 2, business 1. Schools left with Eve.
  ASSERT_EQ(r.sectors.size(), 4u);
  EXPECT_EQ(r.sectors[0].sector, Sector::law_enforcement);
  EXPECT_EQ(r.sectors[0].meetings, (Tally{6, 6}));
  EXPECT_EQ(r.sectors[1].sector, Sector::faith);
  EXPECT_EQ(r.sectors[1].meetings, (Tally{5, 6}));
  EXPECT_EQ(r.sectors[2].sector, Sector::health_social_services);
  EXPECT_EQ(r.sectors[2].meetings, (Tally{2, 6}));
  EXPECT_EQ(r.sectors[3].sector, Sector::business);
  EXPECT_EQ(r.sectors[3].meetings, (Tally{1, 6}));
}

TEST_F(SixMeetings, AlertsForThreeMissedInARowAndASectorGoneQuiet) {
  const auto r = measure_commitment(facts, today);
  ASSERT_EQ(r.alerts.size(), 3u);
  EXPECT_EQ(r.alerts[0].kind, CommitmentAlertKind::missed_in_a_row);
  EXPECT_EQ(r.alerts[0].membership_id, 2);
  EXPECT_EQ(r.alerts[0].title, "Ben Okafor missed the last 3 meetings");
  EXPECT_EQ(r.alerts[0].evidence, "Not at the last 3 meetings (1 with an apology); last came on 2026-03-01.");
  EXPECT_NE(r.alerts[0].suggestion.find("Call them before the next meeting"), std::string::npos);
  EXPECT_EQ(r.alerts[1].membership_id, 6);
  EXPECT_EQ(r.alerts[2].kind, CommitmentAlertKind::sector_absent);
  EXPECT_EQ(r.alerts[2].sector, Sector::health_social_services);
  EXPECT_EQ(r.alerts[2].evidence, "1 member from this sector; none came.");

  CommitmentThresholds four;
  four.missed_in_a_row = 4;
  const auto looser = measure_commitment(facts, today, four);
  ASSERT_EQ(looser.alerts.size(), 3u);
  // Ben's last four include March, so his fall shows as a drop: 0 of 3 since 16 March, 3 of 3 before.
  EXPECT_EQ(looser.alerts[0].membership_id, 2);
  EXPECT_EQ(looser.alerts[0].kind, CommitmentAlertKind::attendance_dropped);
  EXPECT_EQ(looser.alerts[1].membership_id, 6);
  EXPECT_EQ(looser.alerts[1].kind, CommitmentAlertKind::missed_in_a_row);
  EXPECT_EQ(looser.alerts[2].kind, CommitmentAlertKind::sector_absent);
}

TEST_F(SixMeetings, ANewMemberWhoNeverCameIsNamedFromTheirJoiningDay) {
  facts.members.push_back(member(7, "Gil Park", 60, "Park Tenants", Sector::residents_neighborhood, "2026-02-15"));
  const auto r = measure_commitment(facts, today);
  const auto found = std::find_if(r.alerts.begin(), r.alerts.end(), [](const auto& a) { return a.membership_id == 7; });
  ASSERT_NE(found, r.alerts.end());
  EXPECT_EQ(found->evidence, "Not at the last 3 meetings; has not come since joining on 2026-02-15.");
}

TEST_F(SixMeetings, ASectorThatHasJustJoinedIsNotAbsent) {
  facts.members.push_back(member(8, "Hal Ng", 70, "Youth League", Sector::youth, "2026-06-10"));
  const auto r = measure_commitment(facts, today);
  for (const auto& a : r.alerts) EXPECT_NE(a.sector, Sector::youth) << a.title;
}

TEST_F(SixMeetings, AnOrganisationWhoseWholeTableStayedAway) {
  // Cara stays away too in April to June: the church is absent, not just Ben.
  std::erase_if(facts.attendance, [](const AttendanceFact& a) { return a.membership_id == 3 && a.meeting_id >= 4; });
  const auto r = measure_commitment(facts, today);
  const auto found = std::find_if(r.alerts.begin(), r.alerts.end(), [](const auto& a) {
    return a.kind == CommitmentAlertKind::organization_absent;
  });
  ASSERT_NE(found, r.alerts.end());
  EXPECT_EQ(found->organization_id, 20);
  EXPECT_EQ(found->title, "No one from Grace Church at the last 3 meetings");
}

TEST(Commitment, AttendanceThatHalvedOverTheLastQuarter) {
  // Seen on 30 June 2026: the quarter before (30 Dec to 30 Mar) has 3 meetings, all attended; the
  // last quarter has 4 with 2 attended, never three missed in a row.
  CommitmentFacts facts;
  facts.members = {member(1, "Gil Park", 60, "Park Tenants", Sector::residents_neighborhood, "2025-01-01")};
  const char* held[] = {"2026-01-10", "2026-02-10", "2026-03-10", "2026-04-10", "2026-05-10", "2026-06-10", "2026-06-20"};
  for (int i = 0; i < 7; ++i) facts.meetings.push_back({i + 1, day(held[i])});
  for (int id : {1, 2, 3, 4, 7}) facts.attendance.push_back({id, 1, Attendance::present, {}});
  const auto r = measure_commitment(facts, day("2026-06-30"));
  ASSERT_EQ(r.alerts.size(), 1u);
  EXPECT_EQ(r.alerts[0].kind, CommitmentAlertKind::attendance_dropped);
  EXPECT_EQ(r.alerts[0].evidence,
            "Came to 2 of 4 meetings in the last 91 days, down from 3 of 3 meetings in the 91 days before.");

  CommitmentThresholds stricter;
  stricter.drop_ratio = 0.4;
  EXPECT_TRUE(measure_commitment(facts, day("2026-06-30"), stricter).alerts.empty()) << "0.5 is not below 0.4";
  stricter.drop_ratio = 0.5;
  stricter.min_meetings_per_quarter = 4;
  EXPECT_TRUE(measure_commitment(facts, day("2026-06-30"), stricter).alerts.empty()) << "3 meetings before is too few";
}

TEST(Commitment, NothingToMeasureIsNotAnAlert) {
  CommitmentFacts facts;
  facts.members = {member(1, "Gil Park", 60, "Park Tenants", Sector::residents_neighborhood, "2025-01-01")};
  const auto r = measure_commitment(facts, day("2026-06-30"));
  EXPECT_TRUE(r.alerts.empty());
  EXPECT_EQ(r.members.at(0).attendance, (Tally{0, 0}));
  EXPECT_EQ(r.members.at(0).attendance.share(), std::nullopt);
  EXPECT_EQ(r.sectors.at(0).meetings, (Tally{0, 0}));
}

TEST(Commitment, ThresholdsAreChecked) {
  CommitmentThresholds t;
  EXPECT_TRUE(validate(t).empty());
  t.missed_in_a_row = 1;
  t.drop_ratio = 1.5;
  t.trend_months = 0;
  const auto errors = validate(t);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "missed_in_a_row");
  EXPECT_EQ(errors[1].field, "trend_months");
  EXPECT_EQ(errors[2].field, "drop_ratio");
}

}  // namespace
}  // namespace cg
