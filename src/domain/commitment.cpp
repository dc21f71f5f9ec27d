#include "domain/commitment.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/key_table.h"
#include "domain/plain_words.h"
#include "domain/time_format.h"

namespace cg {
namespace {

using namespace std::chrono;

constexpr std::pair<CommitmentAlertKind, std::string_view> kAlertKinds[] = {
    {CommitmentAlertKind::missed_in_a_row, "missed_in_a_row"},
    {CommitmentAlertKind::attendance_dropped, "attendance_dropped"},
    {CommitmentAlertKind::organization_absent, "organization_absent"},
    {CommitmentAlertKind::sector_absent, "sector_absent"}};

bool is_current(const CommitmentMember& m, Day today) { return !m.left_on || today < *m.left_on; }
bool has_seat(const CommitmentMember& m, Day day) { return m.joined_on <= day && (!m.left_on || day < *m.left_on); }

// What one member did at one meeting; `none` when they had no seat that day.
enum class Seat : std::uint8_t { none, present, absent, excused };

// Attendance as a grid: a row per member (in the order given), a column per meeting held on or
// before today, oldest first. Built once, so every measure below is a walk over small arrays.
class Grid {
 public:
  Grid(const CommitmentFacts& facts, Day today) : members_(facts.members) {
    for (const auto& m : facts.meetings) {
      if (m.held_on <= today) meetings_.push_back(m);
    }
    std::sort(meetings_.begin(), meetings_.end(), [](const auto& a, const auto& b) {
      return std::tie(a.held_on, a.id) < std::tie(b.held_on, b.id);
    });
    for (std::size_t i = 0; i < meetings_.size(); ++i) column_of_.emplace(meetings_[i].id, i);
    for (std::size_t i = 0; i < members_.size(); ++i) row_of_.emplace(members_[i].membership_id, i);
    cells_.resize(members_.size() * meetings_.size(), Seat::none);
    sectors_.resize(cells_.size());
    for (std::size_t r = 0; r < members_.size(); ++r) {
      for (std::size_t c = 0; c < meetings_.size(); ++c) {
        if (has_seat(members_[r], meetings_[c].held_on)) cells_[r * width() + c] = Seat::absent;
      }
    }
    for (const auto& a : facts.attendance) {
      const auto r = row_of_.find(a.membership_id);
      const auto c = column_of_.find(a.meeting_id);
      if (r == row_of_.end() || c == column_of_.end()) continue;
      const auto i = r->second * width() + c->second;
      cells_[i] = a.status == Attendance::present ? Seat::present
                  : a.status == Attendance::excused ? Seat::excused
                                                    : Seat::absent;
      sectors_[i] = a.sector;
    }
  }

  std::size_t width() const { return meetings_.size(); }
  const std::vector<CommitmentMeeting>& meetings() const { return meetings_; }
  Seat at(std::size_t row, std::size_t column) const { return cells_[row * width() + column]; }
  // The sector someone present represented (theirs unless recorded otherwise).
  std::optional<Sector> sector_at(std::size_t row, std::size_t column) const {
    const auto i = row * width() + column;
    return sectors_[i] ? sectors_[i] : members_[row].sector;
  }
  std::optional<std::size_t> row(std::int64_t membership_id) const {
    auto found = row_of_.find(membership_id);
    return found == row_of_.end() ? std::nullopt : std::optional<std::size_t>(found->second);
  }
  std::optional<std::size_t> column(std::int64_t meeting_id) const {
    auto found = column_of_.find(meeting_id);
    return found == column_of_.end() ? std::nullopt : std::optional<std::size_t>(found->second);
  }

  // The last `n` meetings (newest first) at which any of `rows` had a seat.
  std::vector<std::size_t> last_seated(const std::vector<std::size_t>& rows, int n) const {
    std::vector<std::size_t> out;
    for (std::size_t c = width(); c-- > 0 && static_cast<int>(out.size()) < n;) {
      if (std::any_of(rows.begin(), rows.end(), [&](auto r) { return at(r, c) != Seat::none; })) out.push_back(c);
    }
    return out;
  }

 private:
  const std::vector<CommitmentMember>& members_;
  std::vector<CommitmentMeeting> meetings_;
  std::unordered_map<std::int64_t, std::size_t> column_of_, row_of_;
  std::vector<Seat> cells_;
  std::vector<std::optional<Sector>> sectors_;
};

bool anyone_present(const Grid& grid, const std::vector<std::size_t>& rows, std::size_t column) {
  return std::any_of(rows.begin(), rows.end(), [&](auto r) { return grid.at(r, column) == Seat::present; });
}

// Present at how many of the meetings between `from` (inclusive) and `to` (exclusive) they had a seat at.
Tally attendance_between(const Grid& grid, std::size_t row, Day from, Day to) {
  Tally t;
  for (std::size_t c = 0; c < grid.width(); ++c) {
    const auto day = grid.meetings()[c].held_on;
    if (day < from || day >= to || grid.at(row, c) == Seat::none) continue;
    ++t.of;
    if (grid.at(row, c) == Seat::present) ++t.count;
  }
  return t;
}

std::string tally_text(const Tally& t, std::string_view noun) {
  return words::cat(std::to_string(t.count), " of ", words::count_of(t.of, noun, words::cat(noun, "s")));
}

std::string date_text(Day day) { return format_date(day); }

constexpr std::string_view kCallSuggestion =
    "Call them before the next meeting: ask whether the time, the place or the agenda still works for them.";

std::optional<CommitmentAlert> missed_alert(const Grid& grid, const CommitmentMember& m, std::size_t row,
                                            const std::optional<Day>& last_present, int k) {
  const auto last = grid.last_seated({row}, k);
  if (static_cast<int>(last.size()) < k) return std::nullopt;
  int excused = 0;
  for (auto c : last) {
    if (grid.at(row, c) == Seat::present) return std::nullopt;
    if (grid.at(row, c) == Seat::excused) ++excused;
  }
  CommitmentAlert a;
  a.kind = CommitmentAlertKind::missed_in_a_row;
  a.membership_id = m.membership_id;
  a.title = words::cat(m.name, " missed the last ", std::to_string(k), " meetings");
  a.evidence = words::cat("Not at the last ", std::to_string(k), " meetings",
                          excused ? words::cat(" (", std::to_string(excused), " with an apology)") : std::string(),
                          last_present ? words::cat("; last came on ", date_text(*last_present), ".")
                                       : words::cat("; has not come since joining on ", date_text(m.joined_on), "."));
  a.suggestion = std::string(kCallSuggestion);
  return a;
}

std::optional<CommitmentAlert> dropped_alert(const Grid& grid, const CommitmentMember& m, std::size_t row, Day today,
                                             const CommitmentThresholds& t) {
  const auto quarter = days(t.quarter_days);
  const auto recent = attendance_between(grid, row, today - quarter, today + days(1));
  const auto before = attendance_between(grid, row, today - 2 * quarter, today - quarter);
  if (recent.of < t.min_meetings_per_quarter || before.of < t.min_meetings_per_quarter) return std::nullopt;
  const double was = *before.share(), now = *recent.share();
  if (was == 0 || now > was * t.drop_ratio) return std::nullopt;
  CommitmentAlert a;
  a.kind = CommitmentAlertKind::attendance_dropped;
  a.membership_id = m.membership_id;
  a.title = words::cat(m.name, "'s attendance fell by half or more");
  a.evidence = words::cat("Came to ", tally_text(recent, "meeting"), " in the last ", std::to_string(t.quarter_days),
                          " days, down from ", tally_text(before, "meeting"), " in the ",
                          std::to_string(t.quarter_days), " days before.");
  a.suggestion =
      "Ask what has changed (a new job, a new role, a disagreement) and whether someone else from their "
      "organisation could come too.";
  return a;
}

}  // namespace

std::string_view to_key(CommitmentAlertKind kind) { return key_of(kAlertKinds, kind); }

std::optional<double> Tally::share() const {
  if (of == 0) return std::nullopt;
  return static_cast<double>(count) / of;
}

std::vector<FieldError> validate(const CommitmentThresholds& t) {
  std::vector<FieldError> errors;
  const auto between = [&](const char* field, int value, int lo, int hi) {
    if (value < lo || value > hi) {
      errors.push_back({field, words::cat("Choose from ", std::to_string(lo), " to ", std::to_string(hi), ".")});
    }
  };
  between("recent_meetings", t.recent_meetings, 1, 52);
  between("missed_in_a_row", t.missed_in_a_row, 2, 12);
  between("quarter_days", t.quarter_days, 28, 183);
  between("min_meetings_per_quarter", t.min_meetings_per_quarter, 1, 26);
  between("trend_months", t.trend_months, 1, 60);
  if (!(t.drop_ratio > 0 && t.drop_ratio < 1)) errors.push_back({"drop_ratio", "Choose a share between 0 and 1."});
  return errors;
}

CommitmentReport measure_commitment(const CommitmentFacts& facts, Day today, const CommitmentThresholds& t) {
  CommitmentReport out;
  const Grid grid(facts, today);
  const year_month this_month{year_month_day{today}.year(), year_month_day{today}.month()};
  const year_month first_month = this_month - months(t.trend_months - 1);
  const Day window_start{first_month / 1};

  std::vector<std::size_t> current_rows;
  for (std::size_t r = 0; r < facts.members.size(); ++r) {
    if (is_current(facts.members[r], today)) current_rows.push_back(r);
  }

  // Members.
  std::unordered_map<std::int64_t, MemberCommitment> by_member;
  for (auto r : current_rows) {
    const auto& m = facts.members[r];
    MemberCommitment mc;
    mc.membership_id = m.membership_id;
    for (auto c : grid.last_seated({r}, t.recent_meetings)) {
      ++mc.attendance.of;
      if (grid.at(r, c) == Seat::present) ++mc.attendance.count;
      if (grid.at(r, c) == Seat::excused) ++mc.excused;
    }
    for (std::size_t c = grid.width(); c-- > 0;) {
      if (grid.at(r, c) == Seat::present) {
        mc.last_present = grid.meetings()[c].held_on;
        break;
      }
    }
    by_member.emplace(m.membership_id, mc);
  }
  for (const auto& rsvp : facts.rsvps) {
    auto member = by_member.find(rsvp.membership_id);
    const auto row = grid.row(rsvp.membership_id);
    const auto column = grid.column(rsvp.meeting_id);
    if (member == by_member.end() || !column || rsvp.answer == RsvpAnswer::maybe) continue;
    const auto seat = grid.at(*row, *column);
    if (seat == Seat::none) continue;
    ++member->second.rsvps_kept.of;
    if ((rsvp.answer == RsvpAnswer::yes) == (seat == Seat::present)) ++member->second.rsvps_kept.count;
  }
  for (const auto& item : facts.action_items) {
    auto member = by_member.find(item.membership_id);
    if (member == by_member.end() || item.cancelled) continue;
    auto& mc = member->second;
    if (item.done_on) {
      ++mc.on_time.of;
      if (*item.done_on <= item.due_on) ++mc.on_time.count;
    } else if (item.due_on < today) {
      ++mc.on_time.of;
      ++mc.overdue;
    }
  }
  std::map<year_month, std::set<std::int64_t>> contributors;
  std::map<year_month, int> contributions_by_month;
  for (const auto& c : facts.contributions) {
    if (c.on < window_start || c.on > today) continue;
    const year_month_day ymd{c.on};
    const year_month month{ymd.year(), ymd.month()};
    ++contributions_by_month[month];
    contributors[month].insert(c.membership_id);
    auto member = by_member.find(c.membership_id);
    if (member == by_member.end()) continue;
    auto& mc = member->second;
    ++(c.kind == ContributionKind::agenda_item ? mc.agenda_items : c.kind == ContributionKind::idea ? mc.ideas
                                                                                                       : mc.comments);
  }
  for (auto r : current_rows) out.members.push_back(by_member.at(facts.members[r].membership_id));

  // Organisations, from their current members.
  std::map<std::int64_t, std::vector<std::size_t>> org_rows;
  for (auto r : current_rows) {
    if (facts.members[r].organization_id) org_rows[*facts.members[r].organization_id].push_back(r);
  }
  for (const auto& [org, rows] : org_rows) {
    OrganizationCommitment oc;
    oc.organization_id = org;
    oc.name = facts.members[rows.front()].organization_name;
    oc.members = static_cast<int>(rows.size());
    for (auto c : grid.last_seated(rows, t.recent_meetings)) {
      ++oc.attendance.of;
      if (anyone_present(grid, rows, c)) ++oc.attendance.count;
    }
    for (auto r : rows) {
      const auto& mc = by_member.at(facts.members[r].membership_id);
      oc.on_time.count += mc.on_time.count;
      oc.on_time.of += mc.on_time.of;
      oc.contributions += mc.agenda_items + mc.ideas + mc.comments;
    }
    out.organizations.push_back(std::move(oc));
  }
  std::sort(out.organizations.begin(), out.organizations.end(),
            [](const auto& a, const auto& b) { return std::tie(a.name, a.organization_id) < std::tie(b.name, b.organization_id); });

  // The partnership, month by month, and which sectors were in the room.
  std::map<year_month, MonthEngagement> by_month;
  for (auto m = first_month; m <= this_month; m += months{1}) by_month[m].month = m;
  std::map<Sector, int> sector_meetings;
  int window_meetings = 0;
  for (std::size_t c = 0; c < grid.width(); ++c) {
    const auto day = grid.meetings()[c].held_on;
    if (day < window_start) continue;
    const year_month_day ymd{day};
    auto& month = by_month[year_month{ymd.year(), ymd.month()}];
    ++month.meetings;
    ++window_meetings;
    std::set<Sector> present;
    for (std::size_t r = 0; r < facts.members.size(); ++r) {
      const auto seat = grid.at(r, c);
      if (seat == Seat::none) continue;
      ++month.seats_filled.of;
      if (seat != Seat::present) continue;
      ++month.seats_filled.count;
      if (auto s = grid.sector_at(r, c)) present.insert(*s);
    }
    for (auto s : present) ++sector_meetings[s];
  }
  for (auto& [m, engagement] : by_month) {
    engagement.contributions = contributions_by_month[m];
    engagement.contributors = static_cast<int>(contributors[m].size());
    out.months.push_back(engagement);
  }
  std::map<Sector, std::vector<std::size_t>> sector_rows;
  for (auto r : current_rows) {
    if (facts.members[r].sector) sector_rows[*facts.members[r].sector].push_back(r);
  }
  for (const auto& [sector, rows] : sector_rows) {
    out.sectors.push_back({sector, Tally{sector_meetings[sector], window_meetings}});
  }
  std::stable_sort(out.sectors.begin(), out.sectors.end(),
                   [](const auto& a, const auto& b) { return a.meetings.count > b.meetings.count; });

  // Alerts: one per member at most (missing three in a row says more than a falling rate).
  for (auto r : current_rows) {
    const auto& m = facts.members[r];
    const auto& mc = by_member.at(m.membership_id);
    if (auto a = missed_alert(grid, m, r, mc.last_present, t.missed_in_a_row)) {
      out.alerts.push_back(std::move(*a));
    } else if (auto d = dropped_alert(grid, m, r, today, t)) {
      out.alerts.push_back(std::move(*d));
    }
  }
  for (const auto& [org, rows] : org_rows) {
    if (rows.size() < 2) continue;  // one person's absence is already the member alert
    const auto last = grid.last_seated(rows, t.missed_in_a_row);
    if (static_cast<int>(last.size()) < t.missed_in_a_row) continue;
    if (std::any_of(last.begin(), last.end(), [&](auto c) { return anyone_present(grid, rows, c); })) continue;
    CommitmentAlert a;
    a.kind = CommitmentAlertKind::organization_absent;
    a.organization_id = org;
    const auto& name = facts.members[rows.front()].organization_name;
    a.title = words::cat("No one from ", name, " at the last ", std::to_string(t.missed_in_a_row), " meetings");
    a.evidence = words::cat(words::count_of(static_cast<int>(rows.size()), "member", "members"), " of ", name,
                            " had a seat; none came.");
    a.suggestion = words::cat("Ask ", name, "'s lead whether someone else should represent them, or whether the "
                                            "partnership still fits their priorities.");
    out.alerts.push_back(std::move(a));
  }
  // Only meetings where the sector had a seat: a sector that has just joined is not absent.
  for (const auto& [sector, rows] : sector_rows) {
    const auto last = grid.last_seated(rows, t.missed_in_a_row);
    if (static_cast<int>(last.size()) < t.missed_in_a_row) continue;
    const bool seen = std::any_of(last.begin(), last.end(), [&](auto c) {
      return std::any_of(rows.begin(), rows.end(), [&](auto r) {
        return grid.at(r, c) == Seat::present && grid.sector_at(r, c) == sector;
      });
    });
    if (seen) continue;
    CommitmentAlert a;
    a.kind = CommitmentAlertKind::sector_absent;
    a.sector = sector;
    a.title = words::cat("No one from ", to_label(sector), " at the last ", std::to_string(t.missed_in_a_row),
                         " meetings");
    a.evidence = words::cat(words::count_of(static_cast<int>(rows.size()), "member", "members"),
                            " from this sector; none came.");
    a.suggestion = "Invite them personally to the next meeting, or hold one where they are: the partnership needs "
                   "their view.";
    out.alerts.push_back(std::move(a));
  }
  return out;
}

}  // namespace cg
