#include "app/demo_meetings.h"

#include <random>
#include <string>
#include <vector>

#include "app/demo_partnerships.h"
#include "domain/membership.h"
#include "domain/time_format.h"
#include "store/meeting_repository.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using namespace std::chrono;

// How a demo member comes to meetings.
enum class Habit { steady, sporadic, drifting, gone_quiet };

Habit habit_of(std::size_t index) {
  if (index % 9 == 4) return Habit::gone_quiet;
  if (index % 7 == 2) return Habit::drifting;
  if (index % 5 == 3) return Habit::sporadic;
  return Habit::steady;
}

// The chance someone with `habit` comes to a meeting `from_end` meetings before the latest one
// held (0 = the latest), `days_ago` days before today. Drifting members come to one meeting in
// three over the last quarter, never three missed in a row: the fall shows as a drop, not a gap.
double chance(Habit habit, std::size_t from_end, long days_ago) {
  switch (habit) {
    case Habit::steady: return 0.9;
    case Habit::sporadic: return 0.55;
    case Habit::drifting: return days_ago >= 91 ? 0.95 : from_end % 3 == 1 ? 1.0 : 0.0;
    case Habit::gone_quiet: return from_end < 4 ? 0.0 : 0.85;
  }
  return 0.9;
}

struct SeriesSpec {
  std::string title;
  MeetingKind kind = MeetingKind::regular;
  Day first{};
  Recurrence rule;
  int starts = 18 * 60;
  int minutes = 90;
  std::string place;
  std::vector<std::string> agenda;  // titles for each meeting's agenda
};

class MeetingWriter {
 public:
  MeetingWriter(store::Connection& c, std::int64_t partnership_id, sys_seconds now, unsigned seed)
      : repo_(c), partnership_id_(partnership_id), now_(now), random_(seed) {
    seated_ = store::MembershipRepository(c).seated_ever(partnership_id);
  }

  DemoMeetingSummary& summary() { return summary_; }

  void series(const SeriesSpec& spec) {
    const auto created = format_utc(sys_days{spec.first} - days(21) + hours(15));
    const auto series_id = repo_.insert_series(partnership_id_, spec.rule, created);
    const Day today = floor<days>(now_);
    auto dates = occurrences(spec.first, spec.rule, spec.first, today + days(90));
    std::size_t held = 0;
    for (auto day : dates) {
      if (to_utc({day, spec.starts}, kZone) < now_) ++held;
    }
    for (std::size_t i = 0; i < dates.size(); ++i) {
      store::NewMeeting m;
      m.partnership_id = partnership_id_;
      m.series_id = series_id;
      m.occurrence_on = dates[i];
      m.fields.title = spec.title;
      m.fields.kind = spec.kind;
      m.fields.time_zone = kZone;
      m.fields.place = spec.place;
      m.fields.starts = {dates[i], spec.starts};
      m.fields.ends = {dates[i], spec.starts + spec.minutes};
      m.starts_at = format_utc(to_utc(m.fields.starts, kZone));
      m.ends_at = format_utc(to_utc(m.fields.ends, kZone));
      const auto id = repo_.insert(m, created);
      ++summary_.meetings_created;
      add_agenda(id, spec, dates[i], i);
      if (i < held) {
        const std::size_t from_end = held - 1 - i;
        // One meeting a year falls on a holiday and is called off.
        if (from_end % 12 == 7) {
          repo_.cancel(id, "Holiday: see you next time.", format_utc(sys_days{dates[i]} - days(5)));
          continue;
        }
        take_roll(id, dates[i], from_end, today);
      } else if (i == held) {
        answer_invitation(id, dates[i]);
      }
    }
  }

 private:
  static constexpr const char* kZone = "America/Chicago";

  bool roll(double p) { return std::uniform_real_distribution<double>(0, 1)(random_) < p; }

  void take_roll(std::int64_t meeting_id, Day day, std::size_t from_end, Day today) {
    std::vector<store::AttendanceEntry> entries;
    for (std::size_t index = 0; index < seated_.size(); ++index) {
      const auto& m = seated_[index];
      if (!seated_on(m, day)) continue;
      const bool came = roll(chance(habit_of(index), from_end, (today - day).count()));
      const auto status = came ? Attendance::present : roll(0.4) ? Attendance::excused : Attendance::absent;
      if (roll(0.6)) {
        const bool said_yes = roll(0.85) ? came : !came;
        repo_.answer(meeting_id, m.id, said_yes ? RsvpAnswer::yes : RsvpAnswer::no,
                     format_utc(sys_days{day} - days(3) + hours(12)));
      }
      entries.push_back({m.id, status, m.organization ? std::optional<std::int64_t>(m.organization->id) : std::nullopt,
                         m.sector});
    }
    repo_.record_attendance(meeting_id, entries, std::uniform_int_distribution<int>(0, 8)(random_),
                            format_utc(sys_days{day} + days(1) + hours(2)));
    summary_.attendance_records += entries.size();
  }

  void answer_invitation(std::int64_t meeting_id, Day day) {
    for (const auto& m : seated_) {
      if (!seated_on(m, day) || !roll(0.5)) continue;
      repo_.answer(meeting_id, m.id, roll(0.8) ? RsvpAnswer::yes : roll(0.5) ? RsvpAnswer::no : RsvpAnswer::maybe,
                   format_utc(now_ - hours(20)));
    }
  }

  // Two or three items from the spec's list, proposed by members and accepted; the next meeting
  // also has one still waiting for the coordinator.
  void add_agenda(std::int64_t meeting_id, const SeriesSpec& spec, Day day, std::size_t index) {
    if (spec.agenda.empty() || seated_.empty()) return;
    const auto at = format_utc(sys_days{day} - days(10) + hours(11));
    for (std::size_t k = 0; k < 2 + index % 2; ++k) {
      AgendaFields item;
      item.title = spec.agenda[(index + k) % spec.agenda.size()];
      item.minutes = 10 + static_cast<int>(k) * 5;
      const auto& proposer = seated_[(index * 3 + k) % seated_.size()];
      const bool waiting = k == 0 && to_utc({day, spec.starts}, kZone) > now_;
      repo_.insert_agenda_item(meeting_id, item, waiting ? AgendaStatus::proposed : AgendaStatus::accepted,
                               seated_on(proposer, day) ? std::optional<std::int64_t>(proposer.id) : std::nullopt, at);
    }
  }

  store::MeetingRepository repo_;
  std::int64_t partnership_id_;
  sys_seconds now_;
  std::mt19937 random_;
  std::vector<Membership> seated_;
  DemoMeetingSummary summary_;
};

bool has_meetings(store::Connection& c, std::int64_t partnership_id) {
  return !c.query("SELECT 1 FROM meetings WHERE partnership_id = $1 LIMIT 1", {partnership_id}).empty();
}

Recurrence every(RepeatKind kind, int interval) {
  Recurrence r;
  r.kind = kind;
  r.interval = interval;
  return r;
}

// The first meeting on `weekday` on or after `from` (for monthly series: in the same week of the month).
Day first_on(Day from, weekday wd) { return from + (wd - weekday{from}); }

const std::vector<std::string> kNeighborhoodAgenda = {
    "Lincoln Park: what residents saw this fortnight", "Car break-ins at the transit center",
    "Speed table request for Alder Avenue",            "Block party planning",
    "Report back from the police district",            "Street lighting survey results"};
const std::vector<std::string> kYouthAgenda = {
    "Call-in results and next groups",   "Mentor recruitment numbers",     "Summer jobs placements",
    "Hospital intervention referrals",   "Youth council report",           "Shooting review: what we learned",
    "Funding and the state grant",       "School attendance and safe passage"};
const std::vector<std::string> kCountyAgenda = {
    "Working group reports", "Data dashboard review", "Reentry housing pipeline",
    "Opioid response update", "Rural patrol coverage", "Community survey results"};

}  // namespace

DemoMeetingSummary load_demo_meetings(store::Store& store, const Clock& clock) {
  return store.write([&](store::Connection& c) {
    DemoMeetingSummary summary;
    const auto now = floor<seconds>(clock());
    const Day today = floor<days>(now);
    struct Demo {
      const char* name;
      SeriesSpec spec;
    };
    std::vector<Demo> demos;
    {
      SeriesSpec s;
      s.title = "Eastside table meeting";
      s.first = first_on(today - days(150), Tuesday);
      s.rule = every(RepeatKind::weekly, 2);
      s.place = "Eastside Family Resource Center, community room";
      s.agenda = kNeighborhoodAgenda;
      demos.push_back({"Eastside Neighborhood Safety Table", s});
    }
    {
      SeriesSpec s;
      s.title = "Partnership meeting";
      const year_month_day two_years_ago{today - days(730)};
      s.first = Day{two_years_ago.year() / two_years_ago.month() / Tuesday[2]};
      s.rule = every(RepeatKind::monthly_weekday, 1);
      s.place = "Riverton City Hall, room 201";
      s.agenda = kYouthAgenda;
      demos.push_back({"Riverton Youth Violence Reduction Partnership", s});
    }
    {
      SeriesSpec s;
      s.title = "Collaborative meeting";
      s.kind = MeetingKind::regular;
      const year_month_day two_years_ago{today - days(730)};
      s.first = Day{two_years_ago.year() / two_years_ago.month() / Thursday[1]};
      s.rule = every(RepeatKind::monthly_weekday, 1);
      s.starts = 9 * 60 + 30;
      s.minutes = 120;
      s.place = "Marlow County Emergency Operations Center";
      s.agenda = kCountyAgenda;
      demos.push_back({"Marlow County Public Safety Collaborative", s});
    }
    unsigned seed = 17;
    for (const auto& demo : demos) {
      auto id = find_demo_partnership(c, demo.name);
      if (!id) continue;
      if (has_meetings(c, *id)) {
        ++summary.partnerships_kept;
        continue;
      }
      MeetingWriter writer(c, *id, now, ++seed);
      writer.series(demo.spec);
      summary.meetings_created += writer.summary().meetings_created;
      summary.attendance_records += writer.summary().attendance_records;
      ++summary.partnerships_created;
    }
    return summary;
  });
}

DemoMeetingSummary load_benchmark_meetings(store::Store& store, const Clock& clock, std::int64_t partnership_id,
                                           int years) {
  return store.write([&](store::Connection& c) {
    DemoMeetingSummary summary;
    if (has_meetings(c, partnership_id)) {
      ++summary.partnerships_kept;
      return summary;
    }
    const auto now = floor<seconds>(clock());
    SeriesSpec s;
    s.title = "Weekly partnership meeting";
    s.first = first_on(floor<days>(now) - days(365 * years), Wednesday);
    s.rule = every(RepeatKind::weekly, 1);
    s.place = "Benchmark hall";
    s.agenda = kCountyAgenda;
    MeetingWriter writer(c, partnership_id, now, 99);
    writer.series(s);
    summary = writer.summary();
    summary.partnerships_created = 1;
    return summary;
  });
}

}  // namespace cg::app
