#include "domain/balance.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "domain/plain_words.h"

namespace cg {
namespace {

using words::cat;
using words::percent;

// Sectors and perspectives are listed in enumerator order (balance_test checks), so an enumerator's
// value is both its slot in a per-sector array and its rank in taxonomy order.
std::size_t index_of(Sector sector) {
  return static_cast<std::size_t>(sector);
}
std::size_t index_of(Perspective perspective) {
  return static_cast<std::size_t>(perspective);
}

template <typename T>
bool contains(const std::vector<T>& values, T value) {
  return std::ranges::find(values, value) != values.end();
}

// ---- Plain-words text -------------------------------------------------------------------------

std::string two_decimals(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

// "12 of 30 active members (40 %)".
std::string share_of(int part, int whole, std::string_view whole_noun) {
  return cat(part, " of ", whole, " ", whole_noun, " (", percent(static_cast<double>(part) / whole), ")");
}

// Labels start with a capital for headings; mid-sentence they read better in lower case.
std::string in_sentence(std::string_view label) {
  std::string out(label);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

// One concrete next step per sector, so a missing essential sector comes with whom to invite. A
// switch rather than a table so the compiler (-Wswitch) insists on a sentence for every sector.
std::string_view invite_missing(Sector sector) {
  switch (sector) {
    case Sector::law_enforcement:
      return "No law enforcement agency is at the table, and community policing needs the police as a "
             "partner; invite the precinct commander or the department's community policing officer.";
    case Sector::health_social_services:
      return "No health or social services provider is at the table, though many problems start in "
             "their caseloads; invite a social services director or the mental-health crisis team lead.";
    case Sector::public_health:
      return "No public health agency is at the table; invite the health department's violence or "
             "injury prevention program, which brings data on overdoses, injuries and violence.";
    case Sector::government:
      return "No local government is at the table, yet lighting, housing, code enforcement and budgets "
             "sit with the city or county; invite the city manager's office or a council member.";
    case Sector::courts_corrections:
      return "No court or corrections agency is at the table, though they shape what happens after an "
             "arrest; invite the probation department or the prosecutor's community liaison.";
    case Sector::faith:
      return "No faith group is at the table, though congregations reach residents agencies do not and "
             "often lend space and volunteers; invite the local clergy or interfaith council.";
    case Sector::business:
      return "No business is at the table, though owners see the street every day and can host or fund "
             "activities; invite the chamber of commerce or a business improvement district.";
    case Sector::private_security:
      return "No private security is at the table, though guards watch malls, campuses and transit "
             "every day; invite the security manager of a large site in the area.";
    case Sector::schools_education:
      return "No school is at the table; schools are natural partners for student safety — invite the "
             "district's safety officer.";
    case Sector::residents_neighborhood:
      return "No residents' or neighborhood group is at the table, and the people who live with the "
             "problem must help define it; invite a neighborhood association or tenants' council.";
    case Sector::youth:
      return "No youth organization is at the table, though young people are often the subject of "
             "plans made without them; invite a youth council or a youth-serving program.";
    case Sector::nonprofits_advocacy:
      return "No nonprofit or advocacy group is at the table, though they serve people agencies miss "
             "and hold partners to account; invite a community-based organization working in the area.";
    case Sector::media:
      return "No media outlet is at the table; invite a community newspaper or radio station to help "
             "the partnership explain its work and hear what residents are saying.";
    case Sector::other:
      return "Nobody from outside the named sectors is at the table; ask who else the problem touches, "
             "such as transit, utilities or landlords, and invite them.";
  }
  return {};  // unreachable: the switch covers every sector
}

std::string_view invite_perspective(Perspective perspective) {
  switch (perspective) {
    case Perspective::critic_watchdog:
      return "Invite critics from the outset, such as a civil-liberties group or a vocal community "
             "critic, so disagreement is heard inside the partnership rather than after its decisions.";
    case Perspective::resident_voice:
      return "Invite a neighborhood association or a resident leader who speaks for people living in "
             "the area rather than for an agency.";
    case Perspective::youth_voice:
      return "Invite young people themselves, for example through a youth council or a student body, "
             "not only the adults who work with them.";
    case Perspective::victim_advocate:
      return "Invite a victim services agency or advocate so the people harmed by crime are heard.";
    case Perspective::faith_leader:
      return "Invite a local clergy member or the interfaith council.";
    case Perspective::lived_experience:
      return "Invite people with lived experience of the problem, such as people in recovery or "
             "returning from prison, through a peer-support organization.";
    case Perspective::frontline_staff:
      return "Invite front-line staff, such as patrol officers, caseworkers or teachers, who will carry "
             "out what the partnership decides.";
  }
  return {};  // unreachable: the switch covers every perspective
}

// ---- Counting ---------------------------------------------------------------------------------

// Members and decision makers per sector; shared by the full analysis and the trend sweep so both
// measure the same way.
struct Tally {
  std::vector<int> members = std::vector<int>(all_sectors().size(), 0);
  std::vector<int> decision_makers = std::vector<int>(all_sectors().size(), 0);
  int active = 0;
  int deciding = 0;

  // `delta` is +1 to count a member in, -1 to take them out again.
  void count(Sector sector, bool decides, int delta) {
    members[index_of(sector)] += delta;
    active += delta;
    if (decides) {
      decision_makers[index_of(sector)] += delta;
      deciding += delta;
    }
  }
};

struct Concentration {
  double hhi = 0;
  double shannon_normalized = 0;
};

// `counts` holds one entry per sector of the taxonomy and sums to `total` > 0.
Concentration concentration(std::span<const int> counts, int total) {
  double hhi = 0;
  double entropy = 0;  // accumulated by subtraction so a single sector gives +0, not -0
  for (int count : counts) {
    if (count == 0) continue;
    const double p = static_cast<double>(count) / total;
    hhi += p * p;
    entropy -= p * std::log(p);
  }
  return {hhi, entropy / std::log(static_cast<double>(counts.size()))};
}

double share(int part, int whole) {
  return whole == 0 ? 0 : static_cast<double>(part) / whole;
}

// ---- Findings ---------------------------------------------------------------------------------

Finding finding(std::string_view code, Severity severity, std::string title, std::string evidence,
                std::string_view suggested_action) {
  Finding f;
  f.code = code;
  f.severity = severity;
  f.title = std::move(title);
  f.evidence = std::move(evidence);
  f.suggested_action = suggested_action;
  return f;
}

Finding about(Finding f, Sector sector) {
  f.sector = sector;
  return f;
}

Finding about(Finding f, Perspective perspective) {
  f.perspective = perspective;
  return f;
}

Finding no_active_members() {
  return finding("no_active_members", Severity::high, "Nobody is active in the partnership",
                 "The partnership has no active members on this day.",
                 "Invite partners and record their memberships as active; balance can be measured once "
                 "people have joined.");
}

Finding essential_missing(Sector sector, const BalanceReport& report) {
  return about(
      finding("essential_sector_missing", Severity::high, cat("Essential sector missing: ", to_label(sector)),
              cat("None of the ", report.active_members, " active members is from ",
                  in_sentence(to_label(sector)), ", a sector this partnership counts as essential."),
              invite_missing(sector)),
      sector);
}

std::string_view share_membership(Sector sector) {
  if (sector == Sector::law_enforcement) {
    return "The partnership risks being seen as a police program: recruit more community voices and "
           "share leadership, for example with a resident co-chair.";
  }
  return "Recruit members from other sectors, starting with essential ones that are missing or thin, so "
         "the table reflects the whole community.";
}

void add_member_dominance(const BalanceReport& report, const BalanceRules& rules, std::vector<Finding>& out) {
  for (const auto& s : report.sectors) {
    if (s.member_share <= rules.dominance_share) continue;
    out.push_back(about(
        finding(
            "sector_dominates_members", s.member_share > 0.5 ? Severity::high : Severity::medium,
            cat(to_label(s.sector), " dominates the membership"),
            cat(share_of(s.members, report.active_members, "active members"), " are from ",
                in_sentence(to_label(s.sector)), ", above the ", percent(rules.dominance_share), " limit."),
            share_membership(s.sector)),
        s.sector));
  }
}

std::string_view share_decisions(Sector sector) {
  if (sector == Sector::law_enforcement) {
    return "Decisions rest with the police: give community partners a real vote, for example a resident "
           "co-chair and decisions that need support from several sectors.";
  }
  return "Give decision authority to leaders from other sectors so decisions carry the whole partnership.";
}

Finding no_decision_makers(const BalanceReport& report) {
  return finding("no_decision_makers", Severity::high, "Nobody at the table can decide",
                 cat("None of the ", report.active_members, " active members has authority to decide."),
                 "Ask key partners to send leaders with authority to decide, people who can commit their "
                 "organization's staff, money and policy, and record it on their memberships.");
}

Finding lone_decision_maker(Sector sector, const BalanceReport& report) {
  return about(
      finding("sector_dominates_decisions", Severity::medium, "Decision authority rests with one sector",
              cat("The only decision maker among ", report.active_members, " active members is from ",
                  in_sentence(to_label(sector)), "."),
              share_decisions(sector)),
      sector);
}

Finding dominates_decisions(const SectorShare& s, double limit, const BalanceReport& report) {
  return about(
      finding("sector_dominates_decisions", Severity::high, cat(to_label(s.sector), " dominates decisions"),
              cat(share_of(s.decision_makers, report.decision_makers, "decision makers"), " are from ",
                  in_sentence(to_label(s.sector)), ", above the ", percent(limit), " limit."),
              share_decisions(s.sector)),
      s.sector);
}

// A lone decision maker is trivially 100 % of decisions: reported (medium) as authority resting with
// one sector. With two or more, a sector dominates when its share is above the rule and above an even
// split (1/n), so two decision makers from two sectors (50 % each) count as balanced, not as two
// dominant sectors.
void add_decision_findings(const BalanceReport& report, const BalanceRules& rules,
                           std::vector<Finding>& out) {
  if (report.decision_makers == 0) {
    out.push_back(no_decision_makers(report));
    return;
  }
  const double limit = std::max(rules.dominance_share, 1.0 / report.decision_makers);
  for (const auto& s : report.sectors) {
    if (report.decision_makers == 1 && s.decision_makers == 1) {
      out.push_back(lone_decision_maker(s.sector, report));
    } else if (report.decision_makers > 1 && s.decision_share > limit) {
      out.push_back(dominates_decisions(s, limit, report));
    }
  }
}

Finding perspective_missing(Perspective perspective, const BalanceReport& report) {
  return about(
      finding("perspective_missing", Severity::medium, cat("Missing perspective: ", to_label(perspective)),
              cat("None of the ", report.active_members, " active members is marked \"",
                  to_label(perspective), "\"."),
              invite_perspective(perspective)),
      perspective);
}

Finding membership_concentrated(const BalanceReport& report, const BalanceRules& rules) {
  const auto present = std::ranges::count_if(report.sectors, [](const auto& s) { return s.members > 0; });
  return finding("membership_concentrated", Severity::low, "Membership is concentrated in few sectors",
                 cat("The concentration index (HHI) is ", two_decimals(*report.hhi), ", above ",
                     two_decimals(rules.concentration_hhi), "; members come from ", static_cast<int>(present),
                     " of ", static_cast<int>(report.sectors.size()), " sectors."),
                 "Widen recruitment so members come from more sectors; the essential sectors are the place "
                 "to start.");
}

// Most severe first; within a severity, findings about the whole partnership, then those about a
// sector, then those about a perspective, each in taxonomy order. Stable, so two findings about the
// same sector keep the order they were made in.
void sort_findings(std::vector<Finding>& findings) {
  std::ranges::stable_sort(findings, {}, [](const Finding& f) {
    const int subject = f.sector ? 1 : f.perspective ? 2 : 0;
    const std::size_t rank = f.sector ? index_of(*f.sector) : f.perspective ? index_of(*f.perspective) : 0;
    return std::tuple(f.severity, subject, rank);
  });
}

std::vector<Finding> findings_for(const BalanceReport& report, const BalanceRules& rules) {
  if (report.active_members == 0) return {no_active_members()};
  std::vector<Finding> out;
  for (Sector sector : report.essential_missing) out.push_back(essential_missing(sector, report));
  add_member_dominance(report, rules, out);
  add_decision_findings(report, rules, out);
  for (const auto& p : report.perspectives) {
    if (p.members == 0 && contains(rules.expected_perspectives, p.perspective)) {
      out.push_back(perspective_missing(p.perspective, report));
    }
  }
  if (*report.hhi > rules.concentration_hhi) out.push_back(membership_concentrated(report, rules));
  sort_findings(out);
  return out;
}

// ---- Reports ----------------------------------------------------------------------------------

std::vector<SectorShare> sector_shares(const Tally& tally, const BalanceRules& rules) {
  std::vector<SectorShare> shares;
  for (const auto& info : all_sectors()) {
    const std::size_t i = index_of(info.sector);
    SectorShare s;
    s.sector = info.sector;
    s.essential = contains(rules.essential_sectors, info.sector);
    s.members = tally.members[i];
    s.member_share = share(s.members, tally.active);
    s.decision_makers = tally.decision_makers[i];
    s.decision_share = share(s.decision_makers, tally.deciding);
    shares.push_back(s);
  }
  return shares;
}

// A member who lists a perspective twice still counts once.
std::vector<PerspectiveCount> perspective_counts(std::span<const BalanceMember> members) {
  std::vector<PerspectiveCount> counts;
  for (const auto& info : all_perspectives()) {
    PerspectiveCount c;
    c.perspective = info.perspective;
    c.members = static_cast<int>(std::ranges::count_if(
        members, [&](const BalanceMember& m) { return contains(m.perspectives, info.perspective); }));
    counts.push_back(c);
  }
  return counts;
}

BalanceMember member_from(const MemberSnapshot& snapshot) {
  BalanceMember m;
  m.membership_id = snapshot.membership_id;
  m.sector = snapshot.sector;
  m.decision_authority = snapshot.decision_authority;
  m.perspectives = snapshot.perspectives;
  return m;
}

BalanceTrendPoint point_at(Day day, const Tally& tally) {
  BalanceTrendPoint point;
  point.at = day;
  point.active_members = tally.active;
  point.decision_makers = tally.deciding;
  point.sectors_present = static_cast<int>(std::ranges::count_if(tally.members, [](int n) { return n > 0; }));
  if (tally.active == 0) return point;
  const auto c = concentration(tally.members, tally.active);
  point.hhi = c.hhi;
  point.shannon_normalized = c.shannon_normalized;
  int largest = 0;
  for (const auto& info : all_sectors()) {  // strictly greater: the first in taxonomy order wins a tie
    if (tally.members[index_of(info.sector)] > largest) {
      largest = tally.members[index_of(info.sector)];
      point.largest_sector = info.sector;
    }
  }
  point.largest_share = share(largest, tally.active);
  return point;
}

// What one membership currently adds to the tally during the trend sweep.
struct Standing {
  bool active = false;
  Sector sector = Sector::other;
  bool decides = false;
};

}  // namespace

std::string_view to_key(Severity severity) {
  switch (severity) {
    case Severity::high:
      return "high";
    case Severity::medium:
      return "medium";
    case Severity::low:
      return "low";
  }
  return {};  // unreachable: the switch covers every severity
}

std::vector<Sector> default_essential_sectors() {
  return {Sector::law_enforcement,
          Sector::health_social_services,
          Sector::government,
          Sector::courts_corrections,
          Sector::faith,
          Sector::business,
          Sector::residents_neighborhood,
          Sector::schools_education,
          Sector::private_security};
}

std::vector<BalanceMember> members_on(std::span<const MemberSnapshot> history, Day day) {
  // Scanning in input order and replacing on an equal date lets the later of two snapshots recorded
  // for the same day win.
  std::map<std::int64_t, const MemberSnapshot*> latest;
  for (const auto& snapshot : history) {
    if (snapshot.effective_on > day) continue;
    auto [it, inserted] = latest.try_emplace(snapshot.membership_id, &snapshot);
    if (!inserted && snapshot.effective_on >= it->second->effective_on) it->second = &snapshot;
  }
  std::vector<BalanceMember> members;
  for (const auto& [id, snapshot] : latest) {
    if (snapshot->active) members.push_back(member_from(*snapshot));
  }
  return members;
}

BalanceReport analyse_balance(std::span<const BalanceMember> members, const BalanceRules& rules) {
  Tally tally;
  for (const auto& m : members) tally.count(m.sector, m.decision_authority, +1);

  BalanceReport report;
  report.active_members = tally.active;
  report.decision_makers = tally.deciding;
  report.sectors = sector_shares(tally, rules);
  for (const auto& s : report.sectors) {
    if (s.essential && s.members == 0) report.essential_missing.push_back(s.sector);
  }
  if (tally.active > 0) {
    const auto c = concentration(tally.members, tally.active);
    report.hhi = c.hhi;
    report.shannon_normalized = c.shannon_normalized;
  }
  if (tally.deciding > 0) report.decision_hhi = concentration(tally.decision_makers, tally.deciding).hhi;
  report.perspectives = perspective_counts(members);
  report.findings = findings_for(report, rules);
  return report;
}

std::vector<BalanceTrendPoint> balance_trend(std::span<const MemberSnapshot> history,
                                             std::span<const Day> days) {
  // Snapshots in the order they take effect; stable, so the later of two same-day snapshots wins as
  // in members_on.
  std::vector<const MemberSnapshot*> timeline;
  timeline.reserve(history.size());
  for (const auto& snapshot : history) timeline.push_back(&snapshot);
  std::ranges::stable_sort(timeline, {}, &MemberSnapshot::effective_on);

  // Visiting days in date order keeps the sweep single-pass even if a caller passes them unsorted.
  std::vector<std::size_t> order(days.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::ranges::stable_sort(order, {}, [&](std::size_t i) { return days[i]; });

  std::unordered_map<std::int64_t, Standing> standing;
  standing.reserve(history.size());
  Tally tally;
  std::vector<BalanceTrendPoint> points(days.size());
  auto next = timeline.begin();
  for (std::size_t i : order) {
    for (; next != timeline.end() && (*next)->effective_on <= days[i]; ++next) {
      const MemberSnapshot& snapshot = **next;
      Standing& now = standing[snapshot.membership_id];
      if (now.active) tally.count(now.sector, now.decides, -1);
      now.active = snapshot.active;
      now.sector = snapshot.sector;
      now.decides = snapshot.decision_authority;
      if (now.active) tally.count(now.sector, now.decides, +1);
    }
    points[i] = point_at(days[i], tally);
  }
  return points;
}

}  // namespace cg
