#include "app/meeting_service.h"

#include <algorithm>
#include <set>

#include <boost/json/object.hpp>

#include "app/audit_trail.h"
#include "app/checked_fields.h"
#include "app/edit_conflicts.h"
#include "app/meeting_calendar.h"
#include "app/meeting_gate.h"
#include "app/notices.h"
#include "domain/icalendar.h"
#include "domain/plain_words.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using namespace std::chrono;
using words::cat;

inline constexpr std::size_t kCancelReasonMax = 500;

Error agenda_item_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, cat("There is no agenda item with id ", std::to_string(id), " on this meeting."));
}

Result<store::AgendaItemRecord> find_item(store::MeetingRepository& repo, std::int64_t meeting_id, std::int64_t id) {
  auto item = repo.find_agenda_item(meeting_id, id);
  if (!item) return agenda_item_not_found(id);
  return std::move(*item);
}

std::string utc_text(LocalTime t, const std::string& zone) { return format_utc(to_utc(t, zone)); }

int seats_on(const std::vector<SeatSpan>& spans, Day day) {
  return static_cast<int>(std::count_if(spans.begin(), spans.end(), [&](const auto& s) { return s.covers(day); }));
}

MeetingDetail detail_of(store::Connection& c, store::MeetingRecord record, std::optional<std::int64_t> me) {
  store::MeetingRepository repo(c);
  const auto seated = store::MembershipRepository(c).seated_ever(record.partnership_id);
  const Day day = record.fields.starts.day;
  MeetingDetail out;
  out.agenda = repo.agenda(record.id);
  out.rsvps = repo.rsvps(record.id);
  std::map<std::int64_t, Attendance> recorded;
  for (const auto& a : repo.attendance(record.id)) recorded.emplace(a.membership_id, a.status);
  for (const auto& m : seated) {
    out.names.emplace(m.id, display_name(m));
    if (!seated_on(m, day)) continue;
    RollEntry entry;
    entry.membership_id = m.id;
    entry.display_name = display_name(m);
    if (m.organization) entry.organization = m.organization->name;
    entry.sector = m.sector;
    entry.role = m.fields.role;
    if (auto found = recorded.find(m.id); found != recorded.end()) entry.status = found->second;
    out.roll.push_back(std::move(entry));
  }
  auto& s = out.summary;
  s.tallies = repo.tally(record.id);
  s.seats = static_cast<int>(out.roll.size());
  if (record.series_id) s.recurrence = repo.series_rule(*record.series_id);
  for (const auto& r : out.rsvps) {
    if (me && r.membership_id == *me) s.my_rsvp = r.answer;
  }
  s.record = std::move(record);
  return out;
}

// Writes `meeting` on each of `dates` (lasting `length` days), as its series' occurrences when it
// has one; returns the first one's id.
std::int64_t insert_on(store::MeetingRepository& repo, store::NewMeeting meeting, days length,
                       const std::vector<Day>& dates, const std::string& now) {
  std::int64_t first_id = 0;
  for (auto day : dates) {
    meeting.fields.starts.day = day;
    meeting.fields.ends.day = day + length;
    if (meeting.series_id) meeting.occurrence_on = day;
    meeting.starts_at = utc_text(meeting.fields.starts, meeting.fields.time_zone);
    meeting.ends_at = utc_text(meeting.fields.ends, meeting.fields.time_zone);
    const auto id = repo.insert(meeting, now);
    if (!first_id) first_id = id;
  }
  return first_id;
}

boost::json::object meeting_audit(const store::MeetingRecord& m) {
  return {{"title", m.fields.title}, {"starts_at", m.starts_at}, {"ends_at", m.ends_at},
          {"time_zone", m.fields.time_zone}, {"status", to_key(m.status)}};
}

}  // namespace

Result<MeetingList> MeetingService::list(std::int64_t partnership_id, std::optional<Day> first, std::optional<Day> last,
                                         const User& viewer) {
  const Day today = utc_day(clock_());
  const Day from = first.value_or(today - days(90)), to = last.value_or(today + days(365));
  if (to < from) return Error::invalid_field("to", "The end of the range must not be before its start.");
  if (to - from > days(3 * 366)) return Error::invalid_field("to", "Ask for at most three years at a time.");
  return store_.read([&](store::Connection& c) -> Result<MeetingList> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::MeetingRepository repo(c);
    const auto lower = format_utc(sys_days{from}), upper = format_utc(sys_days{to + days(1)});
    MeetingList out;
    out.from = from;
    out.to = to;
    // Dates parsed once, not once per meeting.
    std::vector<SeatSpan> spans;
    for (const auto& m : store::MembershipRepository(c).seated_ever(partnership_id)) {
      if (auto span = seat_span(m)) spans.push_back(*span);
    }
    const auto rules = repo.series_rules(partnership_id);
    auto tallies = repo.tallies(partnership_id, lower, upper);
    const auto me = access->my_seat();
    const auto mine = me ? repo.answers_of(*me, lower, upper) : std::map<std::int64_t, RsvpAnswer>{};
    for (auto& record : repo.list(partnership_id, lower, upper)) {
      MeetingSummary s;
      if (auto t = tallies.find(record.id); t != tallies.end()) s.tallies = std::move(t->second);
      if (record.series_id) {
        if (auto rule = rules.find(*record.series_id); rule != rules.end()) s.recurrence = rule->second;
      }
      if (auto answer = mine.find(record.id); answer != mine.end()) s.my_rsvp = answer->second;
      s.seats = seats_on(spans, record.fields.starts.day);
      s.record = std::move(record);
      out.items.push_back(std::move(s));
    }
    return out;
  });
}

Result<MeetingDetail> MeetingService::get(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<MeetingDetail> {
    auto entered = enter_meeting(c, partnership_id, id, viewer, PartnershipAction::view_workspace);
    if (!entered) return std::move(entered).error();
    return detail_of(c, std::move(entered->meeting), entered->partnership.my_seat());
  });
}

Result<Scheduled> MeetingService::schedule(std::int64_t partnership_id, MeetingFields input, const User& by,
                                           const Actor& actor) {
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<Scheduled> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::run_meetings);
    if (!access) return std::move(access).error();
    store::MeetingRepository repo(c);
    const auto now = format_utc(clock_());
    const Day first = fields->starts.day;
    const auto length = fields->ends.day - first;
    std::vector<Day> dates{first};
    store::NewMeeting meeting;
    meeting.partnership_id = partnership_id;
    meeting.created_by = by.id;
    meeting.fields = *fields;
    meeting.fields.recurrence.reset();
    if (const auto& rule = fields->recurrence) {
      meeting.series_id = repo.insert_series(partnership_id, *rule, now);
      // An end date or a count is scheduled in full (both are bounded); an open series a year ahead.
      const Day last = rule->until   ? *rule->until
                       : rule->count ? first + days(7L * kRecurrenceIntervalMax * kRecurrenceCountMax)
                                     : first + days(kSeriesHorizonDays);
      dates = occurrences(first, *rule, first, last);
    }
    const auto first_id = insert_on(repo, meeting, length, dates, now);
    auto created = *repo.find(partnership_id, first_id);
    auto audit = meeting_audit(created);
    audit["scheduled"] = static_cast<std::int64_t>(dates.size());
    append_audit(c, actor, now, audit_change("meeting.schedule", "meeting", first_id, audit));
    const auto place = created.fields.place.value_or(created.fields.online_link.value_or("the place to be announced"));
    notify(c,
           meeting_notice(created, NotificationKind::meeting_scheduled,
                          dates.size() > 1 ? cat("Scheduled at ", place, ", the first of ", std::to_string(dates.size()),
                                                 " meetings in a series.")
                                           : cat("Scheduled at ", place, ".")),
           people_at_the_table(c, partnership_id, by.id), now);
    Scheduled out;
    out.count = static_cast<int>(dates.size());
    out.first = detail_of(c, std::move(created), access->my_seat());
    return out;
  });
}

int MeetingService::extend_open_series() {
  const auto now = clock_();
  const Day horizon = utc_day(now) + days(kSeriesHorizonDays);
  return store_.write([&](store::Connection& c) {
    store::MeetingRepository repo(c);
    int added = 0;
    for (const auto& open : repo.open_series_ending_before(horizon)) {
      auto latest = repo.find(open.partnership_id, open.latest_meeting_id);
      if (!latest || !latest->occurrence_on) continue;
      const auto dates = occurrences(open.first_on, open.rule, *latest->occurrence_on + days(1), horizon);
      if (dates.empty()) continue;
      // The series goes on as its latest meeting was set: title, time, place and all.
      store::NewMeeting next;
      next.partnership_id = open.partnership_id;
      next.series_id = open.series_id;
      next.fields = latest->fields;
      insert_on(repo, next, latest->fields.ends.day - latest->fields.starts.day, dates, format_utc(now));
      added += static_cast<int>(dates.size());
    }
    return added;
  });
}

Result<MeetingDetail> MeetingService::update(std::int64_t partnership_id, std::int64_t id,
                                             std::optional<std::int64_t> based_on, MeetingFields input, const User& by,
                                             const Actor& actor) {
  if (!based_on) return version_required();
  input.recurrence.reset();
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<MeetingDetail> {
    auto entered = enter_meeting(c, partnership_id, id, by, PartnershipAction::run_meetings);
    if (!entered) return std::move(entered).error();
    store::MeetingRepository repo(c);
    const auto tally = repo.tally(id);
    // The roll was taken against the seats of the day it was held: moving the day would leave it
    // counting people who had no seat then.
    const bool roll_taken = tally.present + tally.absent + tally.excused > 0;
    if (roll_taken && fields->starts.day != entered->meeting.fields.starts.day) {
      return Error::invalid_field("starts", "Attendance was taken for this meeting, so it cannot move to another day. "
                                            "Schedule a new meeting instead.");
    }
    if (fields->capacity && *fields->capacity < tally.yes) {
      return Error::invalid_field("capacity", cat(std::to_string(tally.yes),
                                                  " people have already said they will come; the capacity cannot be "
                                                  "lower than that."));
    }
    const auto now = format_utc(clock_());
    if (!repo.update(id, *based_on, *fields, utc_text(fields->starts, fields->time_zone),
                     utc_text(fields->ends, fields->time_zone), now)) {
      return edited_by_someone_else("this meeting");
    }
    auto updated = *repo.find(partnership_id, id);
    append_audit(c, actor, now, audit_change("meeting.update", "meeting", id, meeting_audit(updated)));
    return detail_of(c, std::move(updated), entered->partnership.my_seat());
  });
}

Result<MeetingDetail> MeetingService::cancel(std::int64_t partnership_id, std::int64_t id, Cancellation cancellation,
                                             const User& by, const Actor& actor) {
  cancellation.reason = text::trimmed_or_absent(cancellation.reason);
  if (cancellation.reason) {
    if (auto problem = text::check_text(*cancellation.reason, 1, kCancelReasonMax, text::Lines::multi)) {
      return Error::invalid_field("reason", *problem);
    }
  }
  return store_.write([&](store::Connection& c) -> Result<MeetingDetail> {
    auto entered = enter_meeting(c, partnership_id, id, by, PartnershipAction::run_meetings);
    if (!entered) return std::move(entered).error();
    const auto& meeting = entered->meeting;
    store::MeetingRepository repo(c);
    if (meeting.status == MeetingStatus::cancelled) {
      return Error::make(ErrorKind::conflict, "This meeting is already cancelled.");
    }
    const auto now = format_utc(clock_());
    const int count = cancellation.following && meeting.series_id
                          ? repo.cancel_following(*meeting.series_id, meeting.starts_at, cancellation.reason, now)
                          : repo.cancel(id, cancellation.reason, now);
    auto cancelled = *repo.find(partnership_id, id);
    auto audit = meeting_audit(cancelled);
    audit["cancelled"] = count;
    append_audit(c, actor, now, audit_change("meeting.cancel", "meeting", id, audit));
    const auto why = cancellation.reason ? cat(" Reason: ", *cancellation.reason) : std::string();
    notify(c,
           meeting_notice(cancelled, NotificationKind::meeting_cancelled,
                          count > 1 ? cat("Cancelled, with the ", std::to_string(count - 1),
                                          " later meetings of its series.", why)
                                    : cat("Cancelled.", why)),
           people_at_the_table(c, partnership_id, by.id), now);
    return detail_of(c, std::move(cancelled), entered->partnership.my_seat());
  });
}

Result<RsvpResult> MeetingService::rsvp(std::int64_t partnership_id, std::int64_t id, RsvpAnswer answer,
                                        const User& by) {
  return store_.write([&](store::Connection& c) -> Result<RsvpResult> {
    auto entered = enter_meeting(c, partnership_id, id, by, PartnershipAction::view_workspace);
    if (!entered) return std::move(entered).error();
    const auto& meeting = entered->meeting;
    store::MeetingRepository repo(c);
    const auto me = entered->partnership.my_seat();
    if (!me) return Error::make(ErrorKind::forbidden, "Only members of this partnership answer its invitations.");
    const auto before = repo.tally(meeting.id);
    const auto answers = repo.rsvps(id);
    const bool said_yes = std::any_of(answers.begin(), answers.end(), [&](const auto& r) {
      return r.membership_id == *me && r.answer == RsvpAnswer::yes;
    });
    const auto now = clock_();
    if (auto refusal = rsvp_refusal(meeting.status, floor<seconds>(*parse_utc(meeting.starts_at)), floor<seconds>(now),
                                    answer, meeting.fields.capacity, before.yes - (said_yes ? 1 : 0))) {
      return Error::make(ErrorKind::conflict, *refusal);
    }
    repo.answer(id, *me, answer, format_utc(now));
    return RsvpResult{answer, repo.tally(meeting.id)};
  });
}

Result<MeetingDetail> MeetingService::take_attendance(std::int64_t partnership_id, std::int64_t id,
                                                      AttendanceInput input, const User& by, const Actor& actor) {
  if (input.guests && (*input.guests < 0 || *input.guests > kGuestsMax)) {
    return Error::invalid_field("guests", "Enter 0 to 100,000 guests.");
  }
  return store_.write([&](store::Connection& c) -> Result<MeetingDetail> {
    auto entered = enter_meeting(c, partnership_id, id, by, PartnershipAction::run_meetings);
    if (!entered) return std::move(entered).error();
    const auto& meeting = entered->meeting;
    store::MeetingRepository repo(c);
    const auto now = clock_();
    if (auto refusal = attendance_refusal(meeting.status, floor<seconds>(*parse_utc(meeting.starts_at)),
                                          floor<seconds>(now))) {
      return Error::make(ErrorKind::conflict, *refusal);
    }
    std::map<std::int64_t, const Membership*> seats;
    const auto seated = store::MembershipRepository(c).seated_ever(partnership_id);
    for (const auto& m : seated) {
      if (seated_on(m, meeting.fields.starts.day)) seats.emplace(m.id, &m);
    }
    std::vector<FieldError> errors;
    std::vector<store::AttendanceEntry> entries;
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < input.records.size(); ++i) {
      const auto [membership_id, status] = input.records[i];
      const auto field = cat("records[", std::to_string(i), "].membership_id");
      auto seat = seats.find(membership_id);
      if (seat == seats.end()) {
        errors.push_back({field, "This person had no seat at the partnership on the day of the meeting."});
      } else if (!seen.insert(membership_id).second) {
        errors.push_back({field, "This person is listed twice."});
      } else {
        const auto& m = *seat->second;
        entries.push_back({membership_id, status,
                           m.organization ? std::optional<std::int64_t>(m.organization->id) : std::nullopt, m.sector});
      }
    }
    if (!errors.empty()) return Error::invalid(std::move(errors));
    const auto at = format_utc(now);
    repo.record_attendance(id, entries, input.guests, at);
    append_audit(c, actor, at,
                 audit_change("meeting.attendance", "meeting", id,
                              boost::json::object{{"records", static_cast<std::int64_t>(entries.size())},
                                                  {"guests", input.guests.value_or(entered->meeting.guests)}}));
    return detail_of(c, *repo.find(partnership_id, id), entered->partnership.my_seat());
  });
}

namespace {

NamedAgendaItem named(store::Connection& c, std::int64_t partnership_id, store::AgendaItemRecord item) {
  NamedAgendaItem out;
  if (item.proposed_by) {
    if (auto m = store::MembershipRepository(c).find(partnership_id, *item.proposed_by)) out.proposer_name = display_name(*m);
  }
  out.item = std::move(item);
  return out;
}

// Leads and coordinators run the agenda; whoever proposed an item may change or withdraw it while
// it waits.
Result<Done> may_change(const PartnershipAccess& access, const store::AgendaItemRecord& item,
                        std::optional<std::int64_t> me, bool deciding) {
  if (partnership_allows(access.acting_role, PartnershipAction::run_meetings)) return Done{};
  const bool proposer = me && item.proposed_by == me && item.status == AgendaStatus::proposed;
  if (proposer && !deciding) return Done{};
  return Error::make(ErrorKind::forbidden,
                     deciding ? "Only the partnership's leads and coordinators accept, decline and order agenda items."
                              : "Only leads, coordinators, or the member who proposed it (while it is still proposed) "
                                "can change this item.");
}

}  // namespace

Result<NamedAgendaItem> MeetingService::propose(std::int64_t partnership_id, std::int64_t meeting_id,
                                                AgendaFields input, const User& by) {
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<NamedAgendaItem> {
    auto entered = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::propose_agenda);
    if (!entered) return std::move(entered).error();
    store::MeetingRepository repo(c);
    if (entered->meeting.status == MeetingStatus::cancelled) {
      return Error::make(ErrorKind::conflict, "This meeting was cancelled; propose the item for another one.");
    }
    const auto status = partnership_allows(entered->partnership.acting_role, PartnershipAction::run_meetings)
                            ? AgendaStatus::accepted
                                                                                                 : AgendaStatus::proposed;
    auto item = repo.insert_agenda_item(meeting_id, *fields, status, entered->partnership.my_seat(),
                                        format_utc(clock_()));
    return named(c, partnership_id, std::move(item));
  });
}

Result<NamedAgendaItem> MeetingService::agenda_item(std::int64_t partnership_id, std::int64_t meeting_id,
                                                    std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<NamedAgendaItem> {
    auto entered = enter_meeting(c, partnership_id, meeting_id, viewer, PartnershipAction::view_workspace);
    if (!entered) return std::move(entered).error();
    store::MeetingRepository repo(c);
    auto item = find_item(repo, meeting_id, id);
    if (!item) return std::move(item).error();
    return named(c, partnership_id, std::move(*item));
  });
}

Result<NamedAgendaItem> MeetingService::update_agenda_item(std::int64_t partnership_id, std::int64_t meeting_id,
                                                           std::int64_t id, std::optional<std::int64_t> based_on,
                                                           AgendaChange change, const User& by) {
  if (!based_on) return version_required();
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<NamedAgendaItem> {
    auto entered = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::view_workspace);
    if (!entered) return std::move(entered).error();
    store::MeetingRepository repo(c);
    auto item = find_item(repo, meeting_id, id);
    if (!item) return std::move(item).error();
    const bool deciding = (change.status && *change.status != item->status) ||
                          (change.position && *change.position != item->position);
    if (auto allowed = may_change(entered->partnership, *item, entered->partnership.my_seat(), deciding); !allowed) {
      return std::move(allowed).error();
    }
    const auto now = format_utc(clock_());
    if (!repo.update_agenda_item(id, *based_on, *fields, change.status.value_or(item->status), now)) {
      return edited_by_someone_else("this agenda item");
    }
    if (change.position && *change.position != item->position) repo.place_agenda_item(meeting_id, id, *change.position);
    return named(c, partnership_id, *repo.find_agenda_item(meeting_id, id));
  });
}

Result<Done> MeetingService::remove_agenda_item(std::int64_t partnership_id, std::int64_t meeting_id, std::int64_t id,
                                                const User& by) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    auto entered = enter_meeting(c, partnership_id, meeting_id, by, PartnershipAction::view_workspace);
    if (!entered) return std::move(entered).error();
    store::MeetingRepository repo(c);
    auto item = find_item(repo, meeting_id, id);
    if (!item) return std::move(item).error();
    if (auto allowed = may_change(entered->partnership, *item, entered->partnership.my_seat(), false); !allowed) {
      return std::move(allowed).error();
    }
    repo.remove_agenda_item(meeting_id, id);
    return Done{};
  });
}

Result<std::string> MeetingService::ics(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<std::string> {
    auto entered = enter_meeting(c, partnership_id, id, viewer, PartnershipAction::view_workspace);
    if (!entered) return std::move(entered).error();
    ical::Calendar calendar;
    calendar.name = entered->meeting.fields.title;
    calendar.events.push_back(
        meeting_event(entered->meeting, entered->partnership.partnership().fields.name, public_url_));
    return ical::render(calendar);
  });
}

}  // namespace cg::app
