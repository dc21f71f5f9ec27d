// Balance analysis: is the partnership's table set with every sector it needs, without one
// sector (law enforcement included) crowding out the others, and with critics and residents'
// own voices present? Pure functions over membership snapshots; no I/O.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/perspective.h"
#include "domain/sector.h"

namespace cg {

using Day = std::chrono::sys_days;

// One entry of a membership's history: from `effective_on` (inclusive) the membership looked like
// this, until its next snapshot. Memberships that are not active (invited, declined, ceased)
// record `active = false`.
struct MemberSnapshot {
  std::int64_t membership_id = 0;
  Day effective_on{};
  bool active = false;
  Sector sector = Sector::other;
  bool decision_authority = false;
  std::vector<Perspective> perspectives;
};

// An active member on the day analysed.
struct BalanceMember {
  std::int64_t membership_id = 0;
  Sector sector = Sector::other;
  bool decision_authority = false;
  std::vector<Perspective> perspectives;
};

// The members active on `day`: for each membership its latest snapshot on or before `day`, kept
// when active. `history` may be in any order; the result is ordered by membership id.
std::vector<BalanceMember> members_on(std::span<const MemberSnapshot> history, Day day);

// The sectors the seed names as natural partners: law enforcement, health and social services,
// government, courts, faith groups, businesses, residents, schools and private security.
std::vector<Sector> default_essential_sectors();

struct BalanceRules {
  std::vector<Sector> essential_sectors = default_essential_sectors();
  // A sector holding more than this share of members, or of decision makers, dominates.
  double dominance_share = 0.40;
  // Herfindahl–Hirschman index (0..1) above which membership counts as concentrated.
  double concentration_hhi = 0.25;
  // Perspectives every partnership should hear; each missing one is a finding.
  std::vector<Perspective> expected_perspectives = {Perspective::critic_watchdog, Perspective::resident_voice};
};

struct SectorShare {
  Sector sector = Sector::other;
  bool essential = false;
  int members = 0;
  double member_share = 0;  // of active members, 0..1; 0 when there are none
  int decision_makers = 0;
  double decision_share = 0;  // of active decision makers, 0..1
};

struct PerspectiveCount {
  Perspective perspective = Perspective::critic_watchdog;
  int members = 0;
};

enum class Severity { high, medium, low };
std::string_view to_key(Severity severity);

// Something the partnership should know, with the numbers behind it and what to do about it,
// all in plain words.
struct Finding {
  std::string code;  // stable, e.g. "essential_sector_missing"
  Severity severity = Severity::low;
  std::string title;
  std::string evidence;
  std::string suggested_action;
  std::optional<Sector> sector;
  std::optional<Perspective> perspective;
};

struct BalanceReport {
  int active_members = 0;
  int decision_makers = 0;
  std::vector<SectorShare> sectors;  // every sector of the taxonomy, in taxonomy order
  std::vector<Sector> essential_missing;
  // Concentration over sectors: HHI = Σ share², 1/K (even) .. 1 (one sector); Shannon diversity
  // H = −Σ p ln p normalised by ln K, K = the number of sectors in the taxonomy, 0 (one sector) ..
  // 1 (all sectors equal). Absent when there is nobody to measure.
  std::optional<double> hhi;
  std::optional<double> shannon_normalized;
  std::optional<double> decision_hhi;
  std::vector<PerspectiveCount> perspectives;  // every perspective, in taxonomy order
  // Most severe first; ties in taxonomy order of the sector or perspective concerned.
  std::vector<Finding> findings;
};

BalanceReport analyse_balance(std::span<const BalanceMember> members, const BalanceRules& rules);

struct BalanceTrendPoint {
  Day at{};
  int active_members = 0;
  int decision_makers = 0;
  int sectors_present = 0;
  std::optional<double> hhi;
  std::optional<double> shannon_normalized;
  std::optional<Sector> largest_sector;  // the first in taxonomy order when several tie
  double largest_share = 0;
};

// The analysis at each of `days` (ascending), from one pass over the history.
std::vector<BalanceTrendPoint> balance_trend(std::span<const MemberSnapshot> history, std::span<const Day> days);

}  // namespace cg
