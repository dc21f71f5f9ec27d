// How committed members, organisations and the partnership are, judged by what they do: coming to
// meetings, keeping their RSVPs, finishing action items on time and contributing (agenda items,
// ideas, comments). And alerts that catch a partner drifting away while there is still time to
// call them. The seed warns that members become "lost or distracted" and lose interest; these
// are the early signs. Pure: no I/O, and "today" is passed in.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/meeting.h"
#include "domain/sector.h"

namespace cg {

using Day = std::chrono::sys_days;

struct CommitmentMember {
  std::int64_t membership_id = 0;
  std::string name;
  std::optional<std::int64_t> organization_id;
  std::string organization_name;
  std::optional<Sector> sector;
  Day joined_on{};
  std::optional<Day> left_on;  // a seat counts at meetings before this day
};

// A meeting that has taken place with its attendance taken; others say nothing about anyone.
struct CommitmentMeeting {
  std::int64_t id = 0;
  Day held_on{};
};

// Members with a seat at a meeting but no attendance record were not there.
struct AttendanceFact {
  std::int64_t meeting_id = 0;
  std::int64_t membership_id = 0;
  Attendance status = Attendance::present;
  std::optional<Sector> sector;  // the sector they represented that day, if recorded
};

struct RsvpFact {
  std::int64_t meeting_id = 0;
  std::int64_t membership_id = 0;
  RsvpAnswer answer = RsvpAnswer::yes;
};

// An action item raised at a meeting (a plan activity) and owned by the member.
struct ActionItemFact {
  std::int64_t membership_id = 0;
  Day due_on{};
  std::optional<Day> done_on;
  bool cancelled = false;
};

enum class ContributionKind { agenda_item, idea, comment };

struct ContributionFact {
  std::int64_t membership_id = 0;
  Day on{};
  ContributionKind kind = ContributionKind::comment;
};

struct CommitmentFacts {
  std::vector<CommitmentMember> members;
  std::vector<CommitmentMeeting> meetings;  // any order
  std::vector<AttendanceFact> attendance;
  std::vector<RsvpFact> rsvps;
  std::vector<ActionItemFact> action_items;
  std::vector<ContributionFact> contributions;
};

// What each partnership may tune; the defaults are what the alerts are described with.
struct CommitmentThresholds {
  int recent_meetings = 6;       // attendance rates look at each member's last N meetings
  int missed_in_a_row = 3;       // this many missed meetings in a row raise an alert
  int quarter_days = 91;         // the "last quarter" compared with the one before
  double drop_ratio = 0.5;       // attendance at or below this share of the quarter before
  int min_meetings_per_quarter = 2;  // fewer meetings than this in a quarter compare nothing
  int trend_months = 12;
};

std::vector<FieldError> validate(const CommitmentThresholds& t);

// `count` out of `of`; no share when `of` is 0.
struct Tally {
  int count = 0;
  int of = 0;
  std::optional<double> share() const;
  bool operator==(const Tally&) const = default;
};

struct MemberCommitment {
  std::int64_t membership_id = 0;
  Tally attendance;  // present at their last `recent_meetings` meetings
  int excused = 0;   // of those, missed with an apology
  Tally rsvps_kept;  // "yes" followed by coming, "no" by staying away
  Tally on_time;     // action items done by their due date, of those due by today or done
  int overdue = 0;   // action items past due and still open
  int agenda_items = 0, ideas = 0, comments = 0;
  std::optional<Day> last_present;
};

struct OrganizationCommitment {
  std::int64_t organization_id = 0;
  std::string name;
  int members = 0;   // current seats
  Tally attendance;  // meetings with someone of theirs present, of its last `recent_meetings`
  Tally on_time;
  int contributions = 0;
};

struct MonthEngagement {
  std::chrono::year_month month;
  int meetings = 0;
  Tally seats_filled;  // members present, of members with a seat, over the month's meetings
  int contributions = 0;
  int contributors = 0;
};

struct SectorPresence {
  Sector sector;
  Tally meetings;  // meetings in the trend window with someone from the sector present
};

enum class CommitmentAlertKind { missed_in_a_row, attendance_dropped, organization_absent, sector_absent };
std::string_view to_key(CommitmentAlertKind kind);

struct CommitmentAlert {
  CommitmentAlertKind kind = CommitmentAlertKind::missed_in_a_row;
  std::optional<std::int64_t> membership_id;
  std::optional<std::int64_t> organization_id;
  std::optional<Sector> sector;
  std::string title;       // "Ana Ruiz missed the last 3 meetings"
  std::string evidence;    // the numbers behind it
  std::string suggestion;  // what a coordinator could do this week
};

struct CommitmentReport {
  std::vector<MemberCommitment> members;              // current members, in the order given
  std::vector<OrganizationCommitment> organizations;  // by name
  std::vector<MonthEngagement> months;                // oldest first, ending with today's month
  std::vector<SectorPresence> sectors;                // sectors with current members, most present first
  std::vector<CommitmentAlert> alerts;
};

CommitmentReport measure_commitment(const CommitmentFacts& facts, Day today,
                                    const CommitmentThresholds& thresholds = {});

}  // namespace cg
