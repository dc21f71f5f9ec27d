// Secret links to iCalendar feeds. Only a fingerprint of each link's token is stored. Runs inside
// the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct CalendarFeed {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::optional<std::int64_t> partnership_id;  // none: the person's own tasks in every partnership
  std::optional<std::string> partnership_name;
  std::string created_at;
};

class CalendarFeedRepository {
 public:
  explicit CalendarFeedRepository(Connection& connection) : c_(connection) {}

  CalendarFeed insert(std::int64_t user_id, std::optional<std::int64_t> partnership_id, const std::string& token_hash,
                      const std::string& now);
  // Links that still work, newest first.
  std::vector<CalendarFeed> list(std::int64_t user_id);
  // A link that still works, by its token's fingerprint.
  std::optional<CalendarFeed> find_live(const std::string& token_hash);
  // False when the user has no such live link.
  bool revoke(std::int64_t user_id, std::int64_t id, const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
