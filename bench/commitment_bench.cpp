// Times the commitment measures and disengagement alerts for a generated partnership (default:
// 200 members over 5 years of weekly meetings, with attendance, RSVPs, action items and
// contributions, and members drifting away as real ones do). Prints p50 and p99 over many runs.
// Target (issue 6): < 10 ms for 200 members over 5 years.
//   commitment_bench [members] [years] [runs]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include "bench/percentile.h"
#include "domain/commitment.h"

namespace {

using namespace cg;
using std::chrono::days;

CommitmentFacts generated(int members, int years, Day today) {
  std::mt19937 random(6);
  CommitmentFacts facts;
  const Day start = today - days(365 * years);
  const auto sectors = static_cast<int>(Sector::other) + 1;
  for (int i = 0; i < members; ++i) {
    CommitmentMember m;
    m.membership_id = 1 + i;
    m.name = "Member " + std::to_string(i);
    m.organization_id = 1 + i / 3;
    m.organization_name = "Organisation " + std::to_string(i / 3);
    m.sector = static_cast<Sector>(i % sectors);
    m.joined_on = start + days(static_cast<int>(random() % (365 * years)) / 2);
    if (random() % 8 == 0) m.left_on = m.joined_on + days(200 + static_cast<int>(random() % 400));
    facts.members.push_back(std::move(m));
  }
  std::int64_t meeting = 0;
  for (Day d = start; d <= today; d += days(7)) {
    facts.meetings.push_back({++meeting, d});
    for (const auto& m : facts.members) {
      if (d < m.joined_on || (m.left_on && d >= *m.left_on)) continue;
      // Keen at first, then some drift: the chance of coming falls with time for a third of them.
      const auto tenure = (d - m.joined_on).count();
      const int chance = m.membership_id % 3 == 0 ? std::max(10, 90 - static_cast<int>(tenure / 10)) : 80;
      const bool said_yes = static_cast<int>(random() % 100) < chance + 5;
      if (random() % 2 == 0) facts.rsvps.push_back({meeting, m.membership_id, said_yes ? RsvpAnswer::yes : RsvpAnswer::no});
      const auto roll = static_cast<int>(random() % 100);
      if (roll < chance) {
        facts.attendance.push_back({meeting, m.membership_id, Attendance::present, m.sector});
      } else if (roll < chance + 5) {
        facts.attendance.push_back({meeting, m.membership_id, Attendance::excused, {}});
      }
      if (random() % 20 == 0) {
        const Day due = d + days(14);
        std::optional<Day> done;
        if (random() % 4 != 0) done = due + days(static_cast<int>(random() % 21) - 10);
        facts.action_items.push_back({m.membership_id, due, done, false});
      }
      if (random() % 10 == 0) {
        facts.contributions.push_back({m.membership_id, d, static_cast<ContributionKind>(random() % 3)});
      }
    }
  }
  return facts;
}

}  // namespace

int main(int argc, char** argv) {
  const int members = argc > 1 ? std::atoi(argv[1]) : 200;
  const int years = argc > 2 ? std::atoi(argv[2]) : 5;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 200;
  const Day today = std::chrono::floor<days>(std::chrono::system_clock::now());
  const auto facts = generated(members, years, today);
  std::vector<double> ms;
  std::size_t alerts = 0;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    alerts = measure_commitment(facts, today).alerts.size();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("commitment measures: %d members, %zu meetings, %zu attendance records, %zu RSVPs, %zu action items, "
              "%zu contributions, %d runs, %zu alerts\n",
              members, facts.meetings.size(), facts.attendance.size(), facts.rsvps.size(), facts.action_items.size(),
              facts.contributions.size(), runs, alerts);
  std::printf("  measure_commitment  p50 %.3f ms  p99 %.3f ms  (target < 10 ms)\n", percentile(ms, 50),
              percentile(ms, 99));
  return 0;
}
