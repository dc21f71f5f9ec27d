// Meetings of a partnership: scheduling (one-off or a series), editing and cancelling, answering
// invitations, taking attendance and building the agenda. Every use case enters through the
// partnership gate, so the role rules in permissions.md apply.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/meeting.h"
#include "domain/membership.h"
#include "domain/partnership_role.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/meeting_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// An open-ended series is scheduled this far ahead of its first meeting.
inline constexpr int kSeriesHorizonDays = 365;

// A meeting as lists show it.
struct MeetingSummary {
  store::MeetingRecord record;
  std::optional<Recurrence> recurrence;  // its series' rule
  store::MeetingTallies tallies;
  int seats = 0;  // members with a seat on the meeting's date
  std::optional<RsvpAnswer> my_rsvp;
};

struct MeetingList {
  Day from{};
  Day to{};
  std::vector<MeetingSummary> items;
};

// One person with a seat at the meeting, and what was recorded for them.
struct RollEntry {
  std::int64_t membership_id = 0;
  std::string display_name;
  std::optional<std::string> organization;
  Sector sector = Sector::other;
  PartnershipRole role = PartnershipRole::member;
  std::optional<Attendance> status;
};

struct MeetingDetail {
  MeetingSummary summary;
  std::vector<store::AgendaItemRecord> agenda;
  std::vector<store::RsvpRecord> rsvps;
  std::vector<RollEntry> roll;
  std::map<std::int64_t, std::string> names;  // display names of everyone who answered or proposed
  std::int64_t version() const { return summary.record.version; }
};

struct Scheduled {
  MeetingDetail first;
  int count = 0;
};

struct Cancellation {
  std::optional<std::string> reason;
  bool following = false;  // this and the later meetings of its series
};

struct AttendanceInput {
  std::vector<std::pair<std::int64_t, Attendance>> records;  // membership id, status
  std::optional<int> guests;  // absent: the count recorded before stays
};

struct RsvpResult {
  RsvpAnswer answer = RsvpAnswer::yes;
  store::MeetingTallies tallies;
};

struct AgendaChange {
  AgendaFields fields;
  std::optional<AgendaStatus> status;
  std::optional<int> position;
};

struct NamedAgendaItem {
  store::AgendaItemRecord item;
  std::optional<std::string> proposer_name;
  std::int64_t version() const { return item.version; }
};

class MeetingService {
 public:
  // `public_url` is where the web app is served, for links back to a meeting.
  MeetingService(store::Store& store, Clock clock, std::string public_url)
      : store_(store), clock_(std::move(clock)), public_url_(std::move(public_url)) {}

  // Schedules open-ended series on to a year from today (they are written a year ahead when
  // created). Returns how many meetings it added; run it regularly (delivery rounds do).
  int extend_open_series();

  // Meetings starting on the UTC days from..to (inclusive); by default from 90 days ago to a year ahead.
  Result<MeetingList> list(std::int64_t partnership_id, std::optional<Day> from, std::optional<Day> to,
                           const User& viewer);
  Result<MeetingDetail> get(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<Scheduled> schedule(std::int64_t partnership_id, MeetingFields fields, const User& by, const Actor& actor);
  // Changes this meeting only; `fields.recurrence` is ignored.
  Result<MeetingDetail> update(std::int64_t partnership_id, std::int64_t id, std::optional<std::int64_t> based_on,
                               MeetingFields fields, const User& by, const Actor& actor);
  Result<MeetingDetail> cancel(std::int64_t partnership_id, std::int64_t id, Cancellation cancellation,
                               const User& by, const Actor& actor);

  Result<RsvpResult> rsvp(std::int64_t partnership_id, std::int64_t id, RsvpAnswer answer, const User& by);
  Result<MeetingDetail> take_attendance(std::int64_t partnership_id, std::int64_t id, AttendanceInput input,
                                        const User& by, const Actor& actor);

  Result<NamedAgendaItem> propose(std::int64_t partnership_id, std::int64_t meeting_id, AgendaFields fields,
                                  const User& by);
  Result<NamedAgendaItem> agenda_item(std::int64_t partnership_id, std::int64_t meeting_id, std::int64_t id,
                                      const User& viewer);
  Result<NamedAgendaItem> update_agenda_item(std::int64_t partnership_id, std::int64_t meeting_id, std::int64_t id,
                                             std::optional<std::int64_t> based_on, AgendaChange change,
                                             const User& by);
  Result<Done> remove_agenda_item(std::int64_t partnership_id, std::int64_t meeting_id, std::int64_t id,
                                  const User& by);

  // The meeting as an iCalendar file, linking to its page in the web app.
  Result<std::string> ics(std::int64_t partnership_id, std::int64_t id, const User& viewer);

 private:
  store::Store& store_;
  Clock clock_;
  std::string public_url_;
};

}  // namespace cg::app
