// Reads and writes the partnership's discussion: ideas and threads, comments, support and
// reports. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/discussion.h"
#include "store/connection.h"

namespace cg::store {

struct DiscussionItemRecord {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  DiscussionFields fields;
  std::optional<std::int64_t> author;  // membership; never set for an anonymous idea
  DiscussionStatus status = DiscussionStatus::open;
  std::optional<std::string> status_reason;
  std::optional<std::int64_t> activity_id;  // the plan activity an adopted idea became
  std::optional<std::string> hidden_at;
  std::optional<std::int64_t> hidden_by;
  std::int64_t version = 1;
  std::string created_at, updated_at;
  // Counted for the reader:
  int supports = 0;
  int comments = 0;     // visible ones
  int open_reports = 0;  // on the item itself, while it is not hidden
  bool supported_by_me = false;
};

struct DiscussionComment {
  std::int64_t id = 0;
  std::int64_t item_id = 0;
  std::int64_t membership_id = 0;
  std::string body;
  std::optional<std::string> hidden_at;
  std::optional<std::int64_t> hidden_by;
  std::string created_at;
  int open_reports = 0;
};

// A member's idea, thread or comment, for the engagement measures (anonymous ideas are nobody's).
struct DiscussionContribution {
  std::int64_t membership_id = 0;
  std::string created_at;
  bool comment = false;
};

class DiscussionRepository {
 public:
  explicit DiscussionRepository(Connection& connection) : c_(connection) {}

  void insert(std::int64_t id, std::int64_t partnership_id, const DiscussionFields& fields,
              std::optional<std::int64_t> author, const std::string& created_at);
  // `me` (a membership) fills in supported_by_me.
  std::optional<DiscussionItemRecord> find(std::int64_t partnership_id, std::int64_t id, std::optional<std::int64_t> me);
  // Newest first. Anonymous ideas only when `with_anonymous` (they are for the coordinators).
  std::vector<DiscussionItemRecord> list(std::int64_t partnership_id, bool with_anonymous, std::optional<std::int64_t> me);
  // False when the stored version is not `expected_version`.
  bool set_status(std::int64_t id, std::int64_t expected_version, DiscussionStatus status,
                  const std::optional<std::string>& reason, const std::string& now);
  void link_activity(std::int64_t id, std::int64_t activity_id);
  void hide_item(std::int64_t id, std::optional<std::int64_t> by, const std::string& now);

  std::vector<DiscussionComment> comments(std::int64_t item_id);
  std::optional<DiscussionComment> find_comment(std::int64_t item_id, std::int64_t id);
  DiscussionComment add_comment(std::int64_t item_id, std::int64_t membership_id, const std::string& body,
                                const std::string& now);
  void hide_comment(std::int64_t id, std::optional<std::int64_t> by, const std::string& now);

  void support(std::int64_t item_id, std::int64_t membership_id, const std::string& now);
  void withdraw_support(std::int64_t item_id, std::int64_t membership_id);

  // False when this member already reported it.
  bool report(std::int64_t partnership_id, std::int64_t item_id, std::optional<std::int64_t> comment_id,
              std::int64_t membership_id, ReportReason reason, const std::string& now);

  std::vector<DiscussionContribution> contributions(std::int64_t partnership_id);

 private:
  Connection& c_;
};

}  // namespace cg::store
