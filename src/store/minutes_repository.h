// Reads and writes what a meeting leaves behind: minutes, comments on them, decisions, and the
// link from action items (plan activities) to the meeting. Runs inside the caller's transaction.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/minutes.h"
#include "store/connection.h"

namespace cg::store {

struct MinutesRecord {
  std::int64_t meeting_id = 0;
  std::string body;
  MinutesStatus status = MinutesStatus::draft;
  std::int64_t version = 1;
  std::string updated_at;
  std::optional<std::string> approved_at;
};

struct MinutesComment {
  std::int64_t id = 0;
  std::int64_t membership_id = 0;
  std::string body;
  std::string created_at;
};

// An action item as the engagement measures need it: one row per owner.
struct OwnedActionItem {
  std::int64_t membership_id = 0;
  std::chrono::sys_days due_on{};
  std::optional<std::string> done_at;
  bool cancelled = false;
};

struct Decision {
  std::int64_t id = 0;
  std::string body;
  std::string created_at;
};

class MinutesRepository {
 public:
  explicit MinutesRepository(Connection& connection) : c_(connection) {}

  std::optional<MinutesRecord> find(std::int64_t meeting_id);
  void insert(std::int64_t meeting_id, const std::string& body, std::int64_t by, const std::string& now);
  // False when the stored version is not `expected_version`.
  bool update(std::int64_t meeting_id, std::int64_t expected_version, const std::string& body, std::int64_t by,
              const std::string& now);
  void set_status(std::int64_t meeting_id, MinutesStatus status, std::int64_t by, const std::string& now);

  std::vector<MinutesComment> comments(std::int64_t meeting_id);
  void add_comment(std::int64_t meeting_id, std::int64_t membership_id, const std::string& body, const std::string& now);

  std::vector<Decision> decisions(std::int64_t meeting_id);
  Decision add_decision(std::int64_t meeting_id, const std::string& body, std::int64_t by, const std::string& now);
  bool remove_decision(std::int64_t meeting_id, std::int64_t id);

  void link_action_item(std::int64_t meeting_id, std::int64_t activity_id);
  std::vector<std::int64_t> action_item_ids(std::int64_t meeting_id);
  // Every live action item with a due date raised at any of the partnership's meetings.
  std::vector<OwnedActionItem> owned_action_items(std::int64_t partnership_id);

 private:
  Connection& c_;
};

}  // namespace cg::store
