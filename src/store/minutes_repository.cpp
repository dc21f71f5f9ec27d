#include "store/minutes_repository.h"

#include "store/sql_text.h"

namespace cg::store {

std::optional<MinutesRecord> MinutesRepository::find(std::int64_t meeting_id) {
  auto rows = c_.query("SELECT meeting_id, body, status, version, updated_at, approved_at FROM meeting_minutes "
                       "WHERE meeting_id = $1",
                       {meeting_id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  return MinutesRecord{row.integer(0), row.text(1), known(minutes_status_from_key(row.text(2)), row.text(2)),
                       row.integer(3), row.timestamp(4), row.optional_timestamp(5)};
}

void MinutesRepository::insert(std::int64_t meeting_id, const std::string& body, std::int64_t by, const std::string& now) {
  c_.query("INSERT INTO meeting_minutes (meeting_id, body, status, edited_by, updated_at) VALUES ($1, $2, 'draft', $3, $4)",
           {meeting_id, body, by, now});
}

bool MinutesRepository::update(std::int64_t meeting_id, std::int64_t expected_version, const std::string& body,
                               std::int64_t by, const std::string& now) {
  return !c_.query("UPDATE meeting_minutes SET body = $3, edited_by = $4, updated_at = $5, version = version + 1 "
                   "WHERE meeting_id = $1 AND version = $2 RETURNING meeting_id",
                   {meeting_id, expected_version, body, by, now})
              .empty();
}

void MinutesRepository::set_status(std::int64_t meeting_id, MinutesStatus status, std::int64_t by,
                                   const std::string& now) {
  const bool approving = status == MinutesStatus::approved;
  c_.query("UPDATE meeting_minutes SET status = $2, updated_at = $4, version = version + 1, "
           "approved_by = CASE WHEN $5 = 1 THEN $3 ELSE approved_by END, "
           "approved_at = CASE WHEN $5 = 1 THEN $4 ELSE approved_at END WHERE meeting_id = $1",
           {meeting_id, std::string(to_key(status)), by, now, static_cast<std::int64_t>(approving ? 1 : 0)});
}

std::vector<MinutesComment> MinutesRepository::comments(std::int64_t meeting_id) {
  std::vector<MinutesComment> out;
  for (const auto& row : c_.query("SELECT id, membership_id, body, created_at FROM meeting_minutes_comments "
                                  "WHERE meeting_id = $1 ORDER BY id",
                                  {meeting_id})) {
    out.push_back({row.integer(0), row.integer(1), row.text(2), row.timestamp(3)});
  }
  return out;
}

void MinutesRepository::add_comment(std::int64_t meeting_id, std::int64_t membership_id, const std::string& body,
                                    const std::string& now) {
  c_.query("INSERT INTO meeting_minutes_comments (meeting_id, membership_id, body, created_at) VALUES ($1, $2, $3, $4)",
           {meeting_id, membership_id, body, now});
}

std::vector<Decision> MinutesRepository::decisions(std::int64_t meeting_id) {
  std::vector<Decision> out;
  for (const auto& row : c_.query("SELECT id, body, created_at FROM meeting_decisions WHERE meeting_id = $1 ORDER BY id",
                                  {meeting_id})) {
    out.push_back({row.integer(0), row.text(1), row.timestamp(2)});
  }
  return out;
}

Decision MinutesRepository::add_decision(std::int64_t meeting_id, const std::string& body, std::int64_t by,
                                         const std::string& now) {
  const auto row = c_.query("INSERT INTO meeting_decisions (meeting_id, body, recorded_by, created_at) VALUES ($1, $2, "
                            "$3, $4) RETURNING id, body, created_at",
                            {meeting_id, body, by, now})
                       .at(0);
  return {row.integer(0), row.text(1), row.timestamp(2)};
}

bool MinutesRepository::remove_decision(std::int64_t meeting_id, std::int64_t id) {
  return !c_.query("DELETE FROM meeting_decisions WHERE meeting_id = $1 AND id = $2 RETURNING id", {meeting_id, id})
              .empty();
}

void MinutesRepository::link_action_item(std::int64_t meeting_id, std::int64_t activity_id) {
  c_.query("UPDATE plan_activities SET meeting_id = $1 WHERE id = $2", {meeting_id, activity_id});
}

std::vector<std::int64_t> MinutesRepository::action_item_ids(std::int64_t meeting_id) {
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query("SELECT id FROM plan_activities WHERE meeting_id = $1 ORDER BY id", {meeting_id})) {
    out.push_back(row.integer(0));
  }
  return out;
}

std::vector<OwnedActionItem> MinutesRepository::owned_action_items(std::int64_t partnership_id) {
  std::vector<OwnedActionItem> out;
  for (const auto& row : c_.query("SELECT o.membership_id, a.due_on, a.done_at, a.status FROM plan_activities a JOIN "
                                  "plan_activity_owners o ON o.activity_id = a.id WHERE a.partnership_id = $1 AND "
                                  "a.meeting_id IS NOT NULL AND a.archived_at IS NULL AND a.due_on IS NOT NULL",
                                  {partnership_id})) {
    out.push_back({row.integer(0), row.date(1), row.optional_timestamp(2), row.text(3) == "cancelled"});
  }
  return out;
}

}  // namespace cg::store
