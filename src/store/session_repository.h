// Server-side sessions, looked up by the SHA-256 of the cookie value. Runs inside the caller's
// transaction. Any instance can serve any request because sessions live here, not in memory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

// Where a sign-in stands: password accepted, then the second factor, then the notice; an account
// that must use a second factor but has none yet may only enrol one.
enum class SessionStage { second_factor, notice, enrol_second_factor, active };

struct StoredSession {
  std::string id_hash;
  std::int64_t user_id = 0;
  std::string csrf_token;
  SessionStage stage = SessionStage::active;
  std::string source_address;
  std::string user_agent;
  std::string created_at;
  std::string last_seen_at;
};

class SessionRepository {
 public:
  explicit SessionRepository(Connection& connection) : c_(connection) {}

  void insert(const StoredSession& session);
  std::optional<StoredSession> find(const std::string& id_hash);
  std::vector<StoredSession> list_for_user(std::int64_t user_id);
  void touch(const std::string& id_hash, const std::string& now);
  void set_stage(const std::string& id_hash, SessionStage stage);
  bool remove(const std::string& id_hash);
  // Returns how many sessions ended.
  std::int64_t remove_all_for_user(std::int64_t user_id);

 private:
  Connection& c_;
};

}  // namespace cg::store
