// Reads and writes plan reviews — with the snapshot of the plan each keeps — and the record of
// review reminders already sent. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/plan_review.h"
#include "store/connection.h"

namespace cg::store {

struct ReviewRecord {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  Day held_on{};
  std::optional<std::string> summary;
  std::vector<std::int64_t> participant_ids;
  std::vector<ObjectiveRating> ratings;
  std::vector<std::string> decisions;
  PlanSnapshot snapshot;
  std::optional<std::int64_t> recorded_by;
  std::string created_at;
  std::vector<std::int64_t> activity_ids;  // the activities its commitments became
};

class PlanReviewRepository {
 public:
  explicit PlanReviewRepository(Connection& connection) : c_(connection) {}

  std::int64_t insert(std::int64_t partnership_id, const ReviewFields& fields, const PlanSnapshot& snapshot,
                      std::optional<std::int64_t> recorded_by, const std::string& now);
  void link_activity(std::int64_t review_id, std::int64_t activity_id);
  // Newest first.
  std::vector<ReviewRecord> list(std::int64_t partnership_id);
  std::optional<ReviewRecord> find(std::int64_t partnership_id, std::int64_t id);
  std::optional<Day> last_held_on(std::int64_t partnership_id);

  // Records that a reminder went out; false when one for this due date and kind already had.
  bool record_reminder(std::int64_t partnership_id, Day due_on, std::string_view kind, int recipients,
                       const std::string& now);
  void forget_reminder(std::int64_t partnership_id, Day due_on, std::string_view kind);

 private:
  std::vector<std::int64_t> activities_of(std::int64_t review_id);
  Connection& c_;
};

}  // namespace cg::store
