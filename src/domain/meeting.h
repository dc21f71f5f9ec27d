// Meetings of a partnership: what they are, when and where, who may come, and the rules for
// answering an invitation (RSVP) and taking attendance. Pure: no I/O (time zones come from the
// system's tzdata through zoned_time.h).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/recurrence.h"
#include "domain/zoned_time.h"

namespace cg {

enum class MeetingKind { regular, working_group, town_hall, public_meeting };
enum class MeetingVisibility { members, everyone };
enum class MeetingStatus { scheduled, cancelled };
enum class Attendance { present, absent, excused };
enum class RsvpAnswer { yes, no, maybe };

std::string_view to_key(MeetingKind kind);
std::string_view to_key(MeetingVisibility visibility);
std::string_view to_key(MeetingStatus status);
std::string_view to_key(Attendance attendance);
std::string_view to_key(RsvpAnswer answer);
std::optional<MeetingKind> meeting_kind_from_key(std::string_view key);
std::optional<MeetingVisibility> meeting_visibility_from_key(std::string_view key);
std::optional<Attendance> attendance_from_key(std::string_view key);
std::optional<RsvpAnswer> rsvp_answer_from_key(std::string_view key);

inline constexpr std::size_t kMeetingTitleMax = 200;
inline constexpr std::size_t kMeetingTextMax = 4000;
inline constexpr int kMeetingCapacityMax = 100000;
inline constexpr int kGuestsMax = 100000;
// Longer events (a weekend retreat) are better entered day by day.
inline constexpr std::chrono::hours kMeetingLengthMax{24};

struct MeetingFields {
  std::string title;
  MeetingKind kind = MeetingKind::regular;
  std::optional<std::string> description;
  LocalTime starts;
  LocalTime ends;
  std::string time_zone;  // IANA name, e.g. "America/Chicago"
  std::optional<std::string> place;
  std::optional<std::string> online_link;
  MeetingVisibility visibility = MeetingVisibility::members;
  std::optional<int> capacity;  // public meetings: how many may say they are coming
  std::optional<Recurrence> recurrence;
};

MeetingFields normalized(MeetingFields fields);
std::vector<FieldError> validate(const MeetingFields& fields);

// Agenda items: members propose, leads and coordinators accept or decline and put them in order.
enum class AgendaStatus { proposed, accepted, declined };
std::string_view to_key(AgendaStatus status);
std::optional<AgendaStatus> agenda_status_from_key(std::string_view key);

inline constexpr int kAgendaMinutesMax = 480;

struct AgendaFields {
  std::string title;
  std::optional<std::string> notes;
  std::optional<int> minutes;  // the time box
};

AgendaFields normalized(AgendaFields fields);
std::vector<FieldError> validate(const AgendaFields& fields);

// Why an RSVP is refused now, or nothing when it is welcome. `yes_count` is how many have said
// yes already, not counting the person answering.
std::optional<std::string> rsvp_refusal(MeetingStatus status, std::chrono::sys_seconds starts_at,
                                        std::chrono::sys_seconds now, RsvpAnswer answer,
                                        std::optional<int> capacity, int yes_count);

// Why attendance cannot be taken now, or nothing: not for a cancelled meeting, and not before it
// has started.
std::optional<std::string> attendance_refusal(MeetingStatus status, std::chrono::sys_seconds starts_at,
                                              std::chrono::sys_seconds now);

}  // namespace cg
