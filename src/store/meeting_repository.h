// Reads and writes meetings, their series, RSVPs, attendance and agenda items. Runs inside the
// caller's transaction. Times are UTC ISO-8601 text as everywhere in the store; the wall-clock
// time a meeting was written in is recomputed from `starts_at` and its zone.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/meeting.h"
#include "domain/sector.h"
#include "store/connection.h"

namespace cg::store {

struct MeetingRecord {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::optional<std::int64_t> series_id;
  std::optional<std::chrono::sys_days> occurrence_on;  // its slot in the series (local date)
  MeetingFields fields;                                // without the recurrence (see series)
  std::string starts_at;
  std::string ends_at;
  MeetingStatus status = MeetingStatus::scheduled;
  std::optional<std::string> cancel_reason;
  int guests = 0;
  std::optional<std::string> attendance_taken_at;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct NewMeeting {
  std::int64_t partnership_id = 0;
  std::optional<std::int64_t> series_id;
  std::optional<std::chrono::sys_days> occurrence_on;
  MeetingFields fields;
  std::string starts_at;
  std::string ends_at;
  std::optional<std::int64_t> created_by;
};

// A series without an end (no until, no count): it is scheduled a year ahead and extended.
struct OpenSeries {
  std::int64_t series_id = 0;
  std::int64_t partnership_id = 0;
  Recurrence rule;
  std::chrono::sys_days first_on{};  // its first occurrence: the rule counts from it
  std::int64_t latest_meeting_id = 0;
};

struct RsvpRecord {
  std::int64_t meeting_id = 0;
  std::int64_t membership_id = 0;
  RsvpAnswer answer = RsvpAnswer::yes;
};

struct AttendanceRecord {
  std::int64_t meeting_id = 0;
  std::int64_t membership_id = 0;
  Attendance status = Attendance::present;
  std::optional<Sector> sector;  // the sector the member represented that day
};

struct AttendanceEntry {
  std::int64_t membership_id = 0;
  Attendance status = Attendance::present;
  std::optional<std::int64_t> organization_id;
  std::optional<Sector> sector;
};

struct AgendaItemRecord {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  AgendaFields fields;
  AgendaStatus status = AgendaStatus::proposed;
  int position = 0;
  std::optional<std::int64_t> proposed_by;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

// Per meeting, for lists: answers and recorded attendance by kind, and the sectors present.
struct MeetingTallies {
  int yes = 0, no = 0, maybe = 0;
  int present = 0, absent = 0, excused = 0;
  std::vector<Sector> sectors_present;
  int agenda_items = 0;
};

class MeetingRepository {
 public:
  explicit MeetingRepository(Connection& connection) : c_(connection) {}

  std::int64_t insert_series(std::int64_t partnership_id, const Recurrence& rule, const std::string& now);
  std::map<std::int64_t, Recurrence> series_rules(std::int64_t partnership_id);
  std::optional<Recurrence> series_rule(std::int64_t series_id);
  // Open-ended series (no until, no count) whose latest meeting falls before `day`.
  std::vector<OpenSeries> open_series_ending_before(std::chrono::sys_days day);

  std::int64_t insert(const NewMeeting& meeting, const std::string& now);
  std::optional<MeetingRecord> find(std::int64_t partnership_id, std::int64_t id);
  // Meetings starting in [from, to) (UTC ISO text), oldest first.
  std::vector<MeetingRecord> list(std::int64_t partnership_id, const std::string& from, const std::string& to);
  // Meetings that have started by `now` and have attendance taken, for the engagement measures.
  std::vector<MeetingRecord> held_with_attendance(std::int64_t partnership_id, const std::string& now);
  // False when the stored version is not `expected_version`.
  bool update(std::int64_t id, std::int64_t expected_version, const MeetingFields& fields, const std::string& starts_at,
              const std::string& ends_at, const std::string& now);
  // Cancels scheduled meetings: one, or one and the later ones of its series. Returns how many.
  int cancel(std::int64_t id, const std::optional<std::string>& reason, const std::string& now);
  int cancel_following(std::int64_t series_id, const std::string& from_starts_at,
                       const std::optional<std::string>& reason, const std::string& now);

  void answer(std::int64_t meeting_id, std::int64_t membership_id, RsvpAnswer answer, const std::string& now);
  std::vector<RsvpRecord> rsvps(std::int64_t meeting_id);
  std::vector<RsvpRecord> partnership_rsvps(std::int64_t partnership_id);

  // Upserts the entries; `guests` replaces the guest count when given.
  void record_attendance(std::int64_t meeting_id, const std::vector<AttendanceEntry>& entries, std::optional<int> guests,
                         const std::string& now);
  std::vector<AttendanceRecord> attendance(std::int64_t meeting_id);
  std::vector<AttendanceRecord> partnership_attendance(std::int64_t partnership_id);

  // Each meeting's tallies, for the meetings starting in [from, to).
  std::map<std::int64_t, MeetingTallies> tallies(std::int64_t partnership_id, const std::string& from,
                                                 const std::string& to);
  // One meeting's tallies.
  MeetingTallies tally(std::int64_t meeting_id);
  std::map<std::int64_t, RsvpAnswer> answers_of(std::int64_t membership_id, const std::string& from,
                                                const std::string& to);

  std::vector<AgendaItemRecord> agenda(std::int64_t meeting_id);
  std::optional<AgendaItemRecord> find_agenda_item(std::int64_t meeting_id, std::int64_t id);
  AgendaItemRecord insert_agenda_item(std::int64_t meeting_id, const AgendaFields& fields, AgendaStatus status,
                                      std::optional<std::int64_t> proposed_by, const std::string& now);
  bool update_agenda_item(std::int64_t id, std::int64_t expected_version, const AgendaFields& fields,
                          AgendaStatus status, const std::string& now);
  void place_agenda_item(std::int64_t meeting_id, std::int64_t id, int position);
  bool remove_agenda_item(std::int64_t meeting_id, std::int64_t id);
  // Agenda items proposed by members of the partnership, with when, for the engagement measures.
  std::vector<std::pair<std::int64_t, std::string>> agenda_proposals(std::int64_t partnership_id);

 private:
  // The tallies of the meetings `meetings` (a condition on x.meeting_id) picks, with its parameters.
  std::map<std::int64_t, MeetingTallies> tallies_where(const std::string& meetings, const std::vector<SqlParam>& params);

  Connection& c_;
};

}  // namespace cg::store
