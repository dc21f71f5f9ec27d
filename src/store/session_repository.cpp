#include "store/session_repository.h"

#include "store/errors.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns =
    "id_hash, user_id, csrf_token, stage, source_address, user_agent, created_at, last_seen_at";

std::string_view to_key(SessionStage stage) {
  switch (stage) {
    case SessionStage::second_factor: return "second_factor";
    case SessionStage::notice: return "notice";
    case SessionStage::enrol_second_factor: return "enrol_second_factor";
    case SessionStage::active: return "active";
  }
  return "active";
}

SessionStage stage_from_key(const std::string& key) {
  if (key == "second_factor") return SessionStage::second_factor;
  if (key == "notice") return SessionStage::notice;
  if (key == "enrol_second_factor") return SessionStage::enrol_second_factor;
  if (key == "active") return SessionStage::active;
  throw DatabaseError("session with unknown stage " + key);
}

StoredSession from_row(const Row& row) {
  return {row.text(0), row.integer(1), row.text(2), stage_from_key(row.text(3)),
          row.text(4), row.text(5),    row.timestamp(6), row.timestamp(7)};
}

}  // namespace

void SessionRepository::insert(const StoredSession& s) {
  c_.query("INSERT INTO sessions (" + std::string(kColumns) + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
           {s.id_hash, s.user_id, s.csrf_token, std::string(to_key(s.stage)), s.source_address, s.user_agent,
            s.created_at, s.last_seen_at});
}

std::optional<StoredSession> SessionRepository::find(const std::string& id_hash) {
  static const std::string sql = "SELECT " + std::string(kColumns) + " FROM sessions WHERE id_hash = $1";
  const auto rows = c_.query(sql, {id_hash});
  if (rows.empty()) return std::nullopt;
  return from_row(rows.front());
}

std::vector<StoredSession> SessionRepository::list_for_user(std::int64_t user_id) {
  static const std::string sql =
      "SELECT " + std::string(kColumns) + " FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC";
  std::vector<StoredSession> out;
  for (const auto& row : c_.query(sql, {user_id})) out.push_back(from_row(row));
  return out;
}

void SessionRepository::touch(const std::string& id_hash, const std::string& now) {
  c_.query("UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1", {id_hash, now});
}

void SessionRepository::set_stage(const std::string& id_hash, SessionStage stage) {
  c_.query("UPDATE sessions SET stage = $2 WHERE id_hash = $1", {id_hash, std::string(to_key(stage))});
}

bool SessionRepository::remove(const std::string& id_hash) {
  return !c_.query("DELETE FROM sessions WHERE id_hash = $1 RETURNING id_hash", {id_hash}).empty();
}

std::int64_t SessionRepository::remove_all_for_user(std::int64_t user_id) {
  return static_cast<std::int64_t>(c_.query("DELETE FROM sessions WHERE user_id = $1 RETURNING id_hash", {user_id}).size());
}

}  // namespace cg::store
