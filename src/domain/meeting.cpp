#include "domain/meeting.h"

#include "domain/key_table.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

using namespace std::chrono;

constexpr std::pair<MeetingKind, std::string_view> kKinds[] = {{MeetingKind::regular, "regular"},
                                                               {MeetingKind::working_group, "working_group"},
                                                               {MeetingKind::town_hall, "town_hall"},
                                                               {MeetingKind::public_meeting, "public"}};
constexpr std::pair<MeetingVisibility, std::string_view> kVisibilities[] = {{MeetingVisibility::members, "members"},
                                                                            {MeetingVisibility::everyone, "public"}};
constexpr std::pair<MeetingStatus, std::string_view> kStatuses[] = {{MeetingStatus::scheduled, "scheduled"},
                                                                    {MeetingStatus::cancelled, "cancelled"}};
constexpr std::pair<Attendance, std::string_view> kAttendance[] = {
    {Attendance::present, "present"}, {Attendance::absent, "absent"}, {Attendance::excused, "excused"}};
constexpr std::pair<AgendaStatus, std::string_view> kAgendaStatuses[] = {
    {AgendaStatus::proposed, "proposed"}, {AgendaStatus::accepted, "accepted"}, {AgendaStatus::declined, "declined"}};
constexpr std::pair<RsvpAnswer, std::string_view> kAnswers[] = {
    {RsvpAnswer::yes, "yes"}, {RsvpAnswer::no, "no"}, {RsvpAnswer::maybe, "maybe"}};

void check(std::vector<FieldError>& errors, const char* field, const std::optional<std::string>& value,
           std::size_t max, text::Lines lines) {
  if (!value) return;
  if (auto problem = text::check_text(*value, 1, max, lines)) errors.push_back({field, *problem});
}

minutes minutes_since_epoch(LocalTime t) { return t.day.time_since_epoch() + minutes(t.minute); }

}  // namespace

std::string_view to_key(MeetingKind kind) { return key_of(kKinds, kind); }
std::string_view to_key(MeetingVisibility visibility) { return key_of(kVisibilities, visibility); }
std::string_view to_key(MeetingStatus status) { return key_of(kStatuses, status); }
std::string_view to_key(Attendance attendance) { return key_of(kAttendance, attendance); }
std::string_view to_key(RsvpAnswer answer) { return key_of(kAnswers, answer); }
std::optional<MeetingKind> meeting_kind_from_key(std::string_view key) { return from_key(kKinds, key); }
std::optional<MeetingVisibility> meeting_visibility_from_key(std::string_view key) {
  return from_key(kVisibilities, key);
}
std::optional<Attendance> attendance_from_key(std::string_view key) { return from_key(kAttendance, key); }
std::optional<RsvpAnswer> rsvp_answer_from_key(std::string_view key) { return from_key(kAnswers, key); }

std::string_view to_key(AgendaStatus status) { return key_of(kAgendaStatuses, status); }
std::optional<AgendaStatus> agenda_status_from_key(std::string_view key) { return from_key(kAgendaStatuses, key); }

AgendaFields normalized(AgendaFields fields) {
  fields.title = text::trim(fields.title);
  fields.notes = text::trimmed_or_absent(fields.notes);
  return fields;
}

std::vector<FieldError> validate(const AgendaFields& f) {
  std::vector<FieldError> errors;
  if (auto problem = text::check_text(f.title, 1, kMeetingTitleMax, text::Lines::single)) {
    errors.push_back({"title", *problem});
  }
  check(errors, "notes", f.notes, kMeetingTextMax, text::Lines::multi);
  if (f.minutes && (*f.minutes < 1 || *f.minutes > kAgendaMinutesMax)) {
    errors.push_back({"minutes", "Give the item from 1 to 480 minutes."});
  }
  return errors;
}

MeetingFields normalized(MeetingFields fields) {
  fields.title = text::trim(fields.title);
  fields.time_zone = text::trim(fields.time_zone);
  fields.description = text::trimmed_or_absent(fields.description);
  fields.place = text::trimmed_or_absent(fields.place);
  fields.online_link = text::trimmed_or_absent(fields.online_link);
  return fields;
}

std::vector<FieldError> validate(const MeetingFields& f) {
  std::vector<FieldError> errors;
  if (auto problem = text::check_text(f.title, 1, kMeetingTitleMax, text::Lines::single)) {
    errors.push_back({"title", *problem});
  }
  check(errors, "description", f.description, kMeetingTextMax, text::Lines::multi);
  check(errors, "place", f.place, kMeetingTitleMax, text::Lines::multi);
  if (f.online_link) {
    if (auto problem = text::check_web_link(*f.online_link)) errors.push_back({"online_link", *problem});
  }
  const auto clock_ok = [&](int minute, const char* field) {
    if (minute >= 0 && minute < 1440) return true;
    errors.push_back({field, "Enter a time of day."});
    return false;
  };
  const bool starts_ok = clock_ok(f.starts.minute, "starts");
  const bool ends_ok = clock_ok(f.ends.minute, "ends");
  if (!is_known_time_zone(f.time_zone)) {
    errors.push_back({"time_zone", "Choose a time zone such as America/Chicago."});
  } else if (starts_ok && ends_ok) {
    // Compared as moments, so a meeting across the night the clocks change is judged by real time.
    const auto start = to_utc(f.starts, f.time_zone), end = to_utc(f.ends, f.time_zone);
    if (minutes_since_epoch(f.ends) <= minutes_since_epoch(f.starts) || end <= start) {
      errors.push_back({"ends", "The meeting must end after it starts."});
    } else if (end - start > kMeetingLengthMax) {
      errors.push_back({"ends", "A meeting can last at most 24 hours; enter longer events day by day."});
    }
  }
  if (f.capacity) {
    if (f.visibility != MeetingVisibility::everyone) {
      errors.push_back({"capacity", "Only public meetings have a capacity; members always have a seat."});
    } else if (*f.capacity < 1 || *f.capacity > kMeetingCapacityMax) {
      errors.push_back({"capacity", "Enter a capacity from 1 to 100,000."});
    }
  }
  if (f.recurrence) {
    for (auto& e : validate(*f.recurrence, f.starts.day)) errors.push_back(std::move(e));
  }
  return errors;
}

std::optional<std::string> rsvp_refusal(MeetingStatus status, sys_seconds starts_at, sys_seconds now, RsvpAnswer answer,
                                        std::optional<int> capacity, int yes_count) {
  if (status == MeetingStatus::cancelled) return "This meeting was cancelled.";
  if (now >= starts_at) return "This meeting has already started; answers close when it begins.";
  if (answer == RsvpAnswer::yes && capacity && yes_count >= *capacity) {
    return "This meeting is full. You can still say maybe, and the organisers will see it.";
  }
  return std::nullopt;
}

std::optional<std::string> attendance_refusal(MeetingStatus status, sys_seconds starts_at, sys_seconds now) {
  if (status == MeetingStatus::cancelled) return "This meeting was cancelled; there is no attendance to take.";
  if (now < starts_at) return "Attendance can be taken once the meeting has started.";
  return std::nullopt;
}

}  // namespace cg
