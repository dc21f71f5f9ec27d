#include "store/meeting_repository.h"

#include <set>

#include "domain/time_format.h"
#include "store/errors.h"
#include "store/sql_text.h"
#include "store/sibling_order.h"

namespace cg::store {
namespace {

constexpr std::string_view kMeetingColumns =
    "id, partnership_id, series_id, occurrence_on, title, kind, description, starts_at, ends_at, time_zone, place, "
    "online_link, visibility, capacity, status, cancel_reason, guests, attendance_taken_at, version, created_at, "
    "updated_at";
constexpr std::string_view kAgendaColumns =
    "id, meeting_id, title, notes, minutes, status, position, proposed_by, version, created_at, updated_at";

std::optional<int> optional_int(const Row& row, std::size_t column) {
  auto value = row.optional_integer(column);
  return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

SqlParam nullable_int(std::optional<int> value) {
  return value ? SqlParam(static_cast<std::int64_t>(*value)) : SqlParam(nullptr);
}

LocalTime local_at(const std::string& utc, const std::string& zone) {
  auto moment = parse_utc(utc);
  if (!moment) throw DatabaseError("a meeting has an unreadable time: " + utc);
  return to_local(std::chrono::floor<std::chrono::seconds>(*moment), zone);
}

MeetingRecord meeting_from(const Row& row) {
  MeetingRecord m;
  m.id = row.integer(0);
  m.partnership_id = row.integer(1);
  m.series_id = row.optional_integer(2);
  m.occurrence_on = row.optional_date(3);
  auto& f = m.fields;
  f.title = row.text(4);
  f.kind = known(meeting_kind_from_key(row.text(5)), row.text(5));
  f.description = row.optional_text(6);
  m.starts_at = row.timestamp(7);
  m.ends_at = row.timestamp(8);
  f.time_zone = row.text(9);
  f.starts = local_at(m.starts_at, f.time_zone);
  f.ends = local_at(m.ends_at, f.time_zone);
  f.place = row.optional_text(10);
  f.online_link = row.optional_text(11);
  f.visibility = known(meeting_visibility_from_key(row.text(12)), row.text(12));
  f.capacity = optional_int(row, 13);
  m.status = row.text(14) == "cancelled" ? MeetingStatus::cancelled : MeetingStatus::scheduled;
  m.cancel_reason = row.optional_text(15);
  m.guests = static_cast<int>(row.integer(16));
  m.attendance_taken_at = row.optional_timestamp(17);
  m.version = row.integer(18);
  m.created_at = row.timestamp(19);
  m.updated_at = row.timestamp(20);
  return m;
}

std::vector<SqlParam> meeting_params(const MeetingFields& f, const std::string& starts_at, const std::string& ends_at) {
  return {f.title, std::string(to_key(f.kind)), nullable(f.description), starts_at, ends_at, f.time_zone,
          nullable(f.place), nullable(f.online_link), std::string(to_key(f.visibility)), nullable_int(f.capacity)};
}

std::vector<SqlParam> joined(std::vector<SqlParam> head, const std::vector<SqlParam>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

Recurrence rule_from(const Row& row, std::size_t first) {
  Recurrence r;
  r.kind = known(repeat_kind_from_key(row.text(first)), row.text(first));
  r.interval = static_cast<int>(row.integer(first + 1));
  r.last_weekday = row.boolean(first + 2);
  r.until = row.optional_date(first + 3);
  r.count = optional_int(row, first + 4);
  return r;
}

AgendaItemRecord agenda_from(const Row& row) {
  AgendaItemRecord a;
  a.id = row.integer(0);
  a.meeting_id = row.integer(1);
  a.fields.title = row.text(2);
  a.fields.notes = row.optional_text(3);
  a.fields.minutes = optional_int(row, 4);
  a.status = known(agenda_status_from_key(row.text(5)), row.text(5));
  a.position = static_cast<int>(row.integer(6));
  a.proposed_by = row.optional_integer(7);
  a.version = row.integer(8);
  a.created_at = row.timestamp(9);
  a.updated_at = row.timestamp(10);
  return a;
}

std::optional<Sector> optional_sector(const Row& row, std::size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return known(sector_from_key(row.text(column)), row.text(column));
}

}  // namespace

std::int64_t MeetingRepository::insert_series(std::int64_t partnership_id, const Recurrence& r, const std::string& now) {
  static const std::string sql =
      "INSERT INTO meeting_series (partnership_id, repeat_kind, repeat_interval, last_weekday, until_on, "
      "occurrence_count, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
  return c_
      .query(sql, {partnership_id, std::string(to_key(r.kind)), static_cast<std::int64_t>(r.interval),
                   static_cast<std::int64_t>(r.last_weekday ? 1 : 0), nullable(r.until), nullable_int(r.count), now})
      .at(0)
      .integer(0);
}

std::map<std::int64_t, Recurrence> MeetingRepository::series_rules(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT id, repeat_kind, repeat_interval, last_weekday, until_on, occurrence_count FROM meeting_series "
      "WHERE partnership_id = $1";
  std::map<std::int64_t, Recurrence> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.emplace(row.integer(0), rule_from(row, 1));
  return out;
}

std::optional<Recurrence> MeetingRepository::series_rule(std::int64_t series_id) {
  static const std::string sql =
      "SELECT repeat_kind, repeat_interval, last_weekday, until_on, occurrence_count FROM meeting_series WHERE id = $1";
  auto rows = c_.query(sql, {series_id});
  if (rows.empty()) return std::nullopt;
  return rule_from(rows.front(), 0);
}

std::vector<OpenSeries> MeetingRepository::open_series_ending_before(std::chrono::sys_days day) {
  // Only the series that need more meetings: a delivery round runs this every 30 seconds.
  static const std::string sql =
      "SELECT s.repeat_kind, s.repeat_interval, s.last_weekday, s.until_on, s.occurrence_count, s.id, "
      "s.partnership_id, span.first_on, "
      "(SELECT m.id FROM meetings m WHERE m.series_id = s.id ORDER BY m.occurrence_on DESC, m.id DESC LIMIT 1) "
      "FROM meeting_series s JOIN (SELECT series_id, MIN(occurrence_on) AS first_on, MAX(occurrence_on) AS last_on "
      "FROM meetings WHERE series_id IS NOT NULL GROUP BY series_id) span ON span.series_id = s.id "
      "WHERE s.until_on IS NULL AND s.occurrence_count IS NULL AND span.last_on < $1";
  std::vector<OpenSeries> out;
  for (const auto& row : c_.query(sql, {nullable(std::optional(day))})) {
    out.push_back({row.integer(5), row.integer(6), rule_from(row, 0), row.date(7), row.integer(8)});
  }
  return out;
}

std::int64_t MeetingRepository::insert(const NewMeeting& m, const std::string& now) {
  static const std::string sql =
      "INSERT INTO meetings (partnership_id, series_id, occurrence_on, created_by, created_at, updated_at, status, "
      "title, kind, description, starts_at, ends_at, time_zone, place, online_link, visibility, capacity) VALUES ($1, "
      "$2, $3, $4, $5, $5, 'scheduled', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
  return c_
      .query(sql, joined({m.partnership_id, nullable(m.series_id), nullable(m.occurrence_on), nullable(m.created_by), now},
                         meeting_params(m.fields, m.starts_at, m.ends_at)))
      .at(0)
      .integer(0);
}

std::optional<MeetingRecord> MeetingRepository::find(std::int64_t partnership_id, std::int64_t id) {
  static const std::string sql = cat({"SELECT ", kMeetingColumns, " FROM meetings WHERE partnership_id = $1 AND id = $2"});
  auto rows = c_.query(sql, {partnership_id, id});
  if (rows.empty()) return std::nullopt;
  return meeting_from(rows.front());
}

std::vector<MeetingRecord> MeetingRepository::list(std::int64_t partnership_id, const std::string& from,
                                                   const std::string& to) {
  static const std::string sql =
      cat({"SELECT ", kMeetingColumns,
           " FROM meetings WHERE partnership_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id"});
  std::vector<MeetingRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id, from, to})) out.push_back(meeting_from(row));
  return out;
}

std::vector<MeetingRecord> MeetingRepository::held_with_attendance(std::int64_t partnership_id, const std::string& now) {
  static const std::string sql =
      cat({"SELECT ", kMeetingColumns,
           " FROM meetings WHERE partnership_id = $1 AND starts_at <= $2 AND status = 'scheduled' AND "
           "attendance_taken_at IS NOT NULL ORDER BY starts_at, id"});
  std::vector<MeetingRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id, now})) out.push_back(meeting_from(row));
  return out;
}

bool MeetingRepository::update(std::int64_t id, std::int64_t expected_version, const MeetingFields& f,
                               const std::string& starts_at, const std::string& ends_at, const std::string& now) {
  static const std::string sql =
      "UPDATE meetings SET updated_at = $3, version = version + 1, title = $4, kind = $5, description = $6, "
      "starts_at = $7, ends_at = $8, time_zone = $9, place = $10, online_link = $11, visibility = $12, capacity = $13 "
      "WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, joined({id, expected_version, now}, meeting_params(f, starts_at, ends_at))).empty();
}

int MeetingRepository::cancel(std::int64_t id, const std::optional<std::string>& reason, const std::string& now) {
  static const std::string sql =
      "UPDATE meetings SET status = 'cancelled', cancel_reason = $2, updated_at = $3, version = version + 1 "
      "WHERE id = $1 AND status = 'scheduled' RETURNING id";
  return static_cast<int>(c_.query(sql, {id, nullable(reason), now}).size());
}

int MeetingRepository::cancel_following(std::int64_t series_id, const std::string& from_starts_at,
                                        const std::optional<std::string>& reason, const std::string& now) {
  static const std::string sql =
      "UPDATE meetings SET status = 'cancelled', cancel_reason = $3, updated_at = $4, version = version + 1 "
      "WHERE series_id = $1 AND starts_at >= $2 AND status = 'scheduled' RETURNING id";
  return static_cast<int>(c_.query(sql, {series_id, from_starts_at, nullable(reason), now}).size());
}

void MeetingRepository::answer(std::int64_t meeting_id, std::int64_t membership_id, RsvpAnswer answer,
                               const std::string& now) {
  static const std::string sql =
      "INSERT INTO meeting_rsvps (meeting_id, membership_id, answer, answered_at) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (meeting_id, membership_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at";
  c_.query(sql, {meeting_id, membership_id, std::string(to_key(answer)), now});
}

namespace {
RsvpRecord rsvp_from(const Row& row) {
  return {row.integer(0), row.integer(1), known(rsvp_answer_from_key(row.text(2)), row.text(2))};
}
AttendanceRecord attendance_from(const Row& row) {
  return {row.integer(0), row.integer(1), known(attendance_from_key(row.text(2)), row.text(2)), optional_sector(row, 3)};
}
}  // namespace

std::vector<RsvpRecord> MeetingRepository::rsvps(std::int64_t meeting_id) {
  std::vector<RsvpRecord> out;
  for (const auto& row : c_.query("SELECT meeting_id, membership_id, answer FROM meeting_rsvps WHERE meeting_id = $1",
                                  {meeting_id})) {
    out.push_back(rsvp_from(row));
  }
  return out;
}

std::vector<RsvpRecord> MeetingRepository::partnership_rsvps(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT r.meeting_id, r.membership_id, r.answer FROM meeting_rsvps r JOIN meetings m ON m.id = r.meeting_id "
      "WHERE m.partnership_id = $1";
  std::vector<RsvpRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(rsvp_from(row));
  return out;
}

void MeetingRepository::record_attendance(std::int64_t meeting_id, const std::vector<AttendanceEntry>& entries,
                                          std::optional<int> guests, const std::string& now) {
  static const std::string upsert =
      "INSERT INTO meeting_attendance (meeting_id, membership_id, status, organization_id, sector, recorded_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (meeting_id, membership_id) DO UPDATE SET status = excluded.status, "
      "organization_id = excluded.organization_id, sector = excluded.sector, recorded_at = excluded.recorded_at";
  for (const auto& e : entries) {
    c_.query(upsert, {meeting_id, e.membership_id, std::string(to_key(e.status)), nullable(e.organization_id),
                      e.sector ? SqlParam(std::string(to_key(*e.sector))) : SqlParam(nullptr), now});
  }
  c_.query("UPDATE meetings SET guests = COALESCE($2, guests), attendance_taken_at = $3, updated_at = $3, "
           "version = version + 1 WHERE id = $1",
           {meeting_id, nullable_int(guests), now});
}

std::vector<AttendanceRecord> MeetingRepository::attendance(std::int64_t meeting_id) {
  std::vector<AttendanceRecord> out;
  for (const auto& row : c_.query(
           "SELECT meeting_id, membership_id, status, sector FROM meeting_attendance WHERE meeting_id = $1", {meeting_id})) {
    out.push_back(attendance_from(row));
  }
  return out;
}

std::vector<AttendanceRecord> MeetingRepository::partnership_attendance(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT a.meeting_id, a.membership_id, a.status, a.sector FROM meeting_attendance a JOIN meetings m ON "
      "m.id = a.meeting_id WHERE m.partnership_id = $1";
  std::vector<AttendanceRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(attendance_from(row));
  return out;
}

std::map<std::int64_t, MeetingTallies> MeetingRepository::tallies(std::int64_t partnership_id, const std::string& from,
                                                                  const std::string& to) {
  // The meetings first (their index), then each one's rows by primary key or index: joining the
  // other way round reads every attendance row of the partnership.
  return tallies_where(
      " WHERE x.meeting_id IN (SELECT id FROM meetings WHERE partnership_id = $1 AND starts_at >= $2 AND starts_at < $3)",
      {partnership_id, from, to});
}

MeetingTallies MeetingRepository::tally(std::int64_t meeting_id) {
  auto one = tallies_where(" WHERE x.meeting_id = $1", {meeting_id});
  return one.empty() ? MeetingTallies{} : std::move(one.begin()->second);
}

std::map<std::int64_t, MeetingTallies> MeetingRepository::tallies_where(const std::string& meetings,
                                                                        const std::vector<SqlParam>& params) {
  const auto answers =
      cat({"SELECT x.meeting_id, x.answer, COUNT(*) FROM meeting_rsvps x", meetings, " GROUP BY x.meeting_id, x.answer"});
  const auto present = cat({"SELECT x.meeting_id, x.status, x.sector, COUNT(*) FROM meeting_attendance x", meetings,
                            " GROUP BY x.meeting_id, x.status, x.sector"});
  const auto agenda = cat({"SELECT x.meeting_id, COUNT(*) FROM meeting_agenda_items x", meetings,
                           " AND x.status <> 'declined' GROUP BY x.meeting_id"});
  std::map<std::int64_t, MeetingTallies> out;
  for (const auto& row : c_.query(answers, params)) {
    auto& t = out[row.integer(0)];
    const auto n = static_cast<int>(row.integer(2));
    switch (known(rsvp_answer_from_key(row.text(1)), row.text(1))) {
      case RsvpAnswer::yes: t.yes += n; break;
      case RsvpAnswer::no: t.no += n; break;
      case RsvpAnswer::maybe: t.maybe += n; break;
    }
  }
  std::map<std::int64_t, std::set<Sector>> sectors;
  for (const auto& row : c_.query(present, params)) {
    auto& t = out[row.integer(0)];
    const auto n = static_cast<int>(row.integer(3));
    switch (known(attendance_from_key(row.text(1)), row.text(1))) {
      case Attendance::present:
        t.present += n;
        if (auto s = optional_sector(row, 2)) sectors[row.integer(0)].insert(*s);
        break;
      case Attendance::absent: t.absent += n; break;
      case Attendance::excused: t.excused += n; break;
    }
  }
  for (auto& [id, set] : sectors) out[id].sectors_present.assign(set.begin(), set.end());
  for (const auto& row : c_.query(agenda, params)) out[row.integer(0)].agenda_items = static_cast<int>(row.integer(1));
  return out;
}

std::map<std::int64_t, RsvpAnswer> MeetingRepository::answers_of(std::int64_t membership_id, const std::string& from,
                                                                 const std::string& to) {
  static const std::string sql =
      "SELECT r.meeting_id, r.answer FROM meeting_rsvps r JOIN meetings m ON m.id = r.meeting_id "
      "WHERE r.membership_id = $1 AND m.starts_at >= $2 AND m.starts_at < $3";
  std::map<std::int64_t, RsvpAnswer> out;
  for (const auto& row : c_.query(sql, {membership_id, from, to})) {
    out.emplace(row.integer(0), known(rsvp_answer_from_key(row.text(1)), row.text(1)));
  }
  return out;
}

std::vector<AgendaItemRecord> MeetingRepository::agenda(std::int64_t meeting_id) {
  static const std::string sql =
      cat({"SELECT ", kAgendaColumns, " FROM meeting_agenda_items WHERE meeting_id = $1 ORDER BY position, id"});
  std::vector<AgendaItemRecord> out;
  for (const auto& row : c_.query(sql, {meeting_id})) out.push_back(agenda_from(row));
  return out;
}

std::optional<AgendaItemRecord> MeetingRepository::find_agenda_item(std::int64_t meeting_id, std::int64_t id) {
  static const std::string sql =
      cat({"SELECT ", kAgendaColumns, " FROM meeting_agenda_items WHERE meeting_id = $1 AND id = $2"});
  auto rows = c_.query(sql, {meeting_id, id});
  if (rows.empty()) return std::nullopt;
  return agenda_from(rows.front());
}

AgendaItemRecord MeetingRepository::insert_agenda_item(std::int64_t meeting_id, const AgendaFields& f,
                                                       AgendaStatus status, std::optional<std::int64_t> proposed_by,
                                                       const std::string& now) {
  static const std::string sql =
      cat({"INSERT INTO meeting_agenda_items (meeting_id, title, notes, minutes, status, proposed_by, position, "
           "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, (SELECT COALESCE(MAX(position), 0) + 1 FROM "
           "meeting_agenda_items WHERE meeting_id = $1), $7, $7) RETURNING ",
           kAgendaColumns});
  return agenda_from(c_.query(sql, {meeting_id, f.title, nullable(f.notes), nullable_int(f.minutes),
                                    std::string(to_key(status)), nullable(proposed_by), now})
                         .at(0));
}

bool MeetingRepository::update_agenda_item(std::int64_t id, std::int64_t expected_version, const AgendaFields& f,
                                           AgendaStatus status, const std::string& now) {
  static const std::string sql =
      "UPDATE meeting_agenda_items SET title = $3, notes = $4, minutes = $5, status = $6, updated_at = $7, "
      "version = version + 1 WHERE id = $1 AND version = $2 RETURNING id";
  return !c_.query(sql, {id, expected_version, f.title, nullable(f.notes), nullable_int(f.minutes),
                         std::string(to_key(status)), now})
              .empty();
}

void MeetingRepository::place_agenda_item(std::int64_t meeting_id, std::int64_t id, int position) {
  renumber(c_, "meeting_agenda_items", "meeting_id = $1", {meeting_id}, id, position);
}

bool MeetingRepository::remove_agenda_item(std::int64_t meeting_id, std::int64_t id) {
  const bool removed =
      !c_.query("DELETE FROM meeting_agenda_items WHERE meeting_id = $1 AND id = $2 RETURNING id", {meeting_id, id})
           .empty();
  if (removed) renumber(c_, "meeting_agenda_items", "meeting_id = $1", {meeting_id}, 0, 0);
  return removed;
}

std::vector<std::pair<std::int64_t, std::string>> MeetingRepository::agenda_proposals(std::int64_t partnership_id) {
  static const std::string sql =
      "SELECT a.proposed_by, a.created_at FROM meeting_agenda_items a JOIN meetings m ON m.id = a.meeting_id "
      "WHERE m.partnership_id = $1 AND a.proposed_by IS NOT NULL";
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.emplace_back(row.integer(0), row.timestamp(1));
  return out;
}

}  // namespace cg::store
