// Reads and writes a partnership's action plan: goals, objectives, measurements and activities
// with their owners and responsible organisations. Runs inside the caller's transaction. Items
// are ordered by `position` among their siblings (1 = first) and archived rather than deleted.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/plan.h"
#include "store/connection.h"

namespace cg::store {

struct ItemStamp {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  int position = 0;
  std::optional<std::string> archived_at;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct GoalRecord {
  ItemStamp stamp;
  GoalFields fields;
};

struct ObjectiveRecord {
  ItemStamp stamp;
  std::int64_t goal_id = 0;
  ObjectiveFields fields;
};

struct ActivityRecord {
  ItemStamp stamp;
  std::optional<std::int64_t> objective_id;
  std::optional<std::int64_t> parent_activity_id;
  ActivityFields fields;
  std::optional<std::int64_t> meeting_id;  // an action item: the meeting it was raised at
};

struct MeasurementRecord {
  std::int64_t id = 0;
  std::int64_t objective_id = 0;
  Day on{};
  double value = 0;
  std::optional<std::string> note;
  std::optional<std::int64_t> recorded_by;
  std::string created_at;
};

// The whole plan, each list in position order (activities by position within their parent).
struct PlanRecords {
  std::vector<GoalRecord> goals;
  std::vector<ObjectiveRecord> objectives;
  std::vector<ActivityRecord> activities;
  std::vector<MeasurementRecord> measurements;  // by objective, oldest first
};

struct MemberKey {
  std::int64_t membership_id = 0;
  std::optional<std::string> email;
  bool open = false;  // invited or active: may own activities
};

// Where an activity sits: under an objective (or none), and under a parent activity (or none).
struct ActivityPlace {
  std::optional<std::int64_t> objective_id;
  std::optional<std::int64_t> parent_activity_id;
};

class PlanRepository {
 public:
  explicit PlanRepository(Connection& connection) : c_(connection) {}

  PlanRecords load(std::int64_t partnership_id, bool include_archived);

  std::optional<GoalRecord> find_goal(std::int64_t partnership_id, std::int64_t id);
  std::optional<ObjectiveRecord> find_objective(std::int64_t partnership_id, std::int64_t id);
  std::optional<ActivityRecord> find_activity(std::int64_t partnership_id, std::int64_t id);
  // Every activity's parent, for cycle checks when moving.
  std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> activity_parents(std::int64_t partnership_id);

  // New items go last among their siblings.
  GoalRecord insert_goal(std::int64_t partnership_id, const GoalFields& fields, const std::string& now);
  ObjectiveRecord insert_objective(std::int64_t partnership_id, std::int64_t goal_id, const ObjectiveFields& fields,
                                   const std::string& now);
  ActivityRecord insert_activity(std::int64_t partnership_id, const ActivityPlace& place, const ActivityFields& fields,
                                 const std::string& now);
  // The same without reading the new activity back (bulk import).
  std::int64_t add_activity(std::int64_t partnership_id, const ActivityPlace& place, const ActivityFields& fields,
                            const std::string& now);

  // False when the stored version is not `expected_version` (someone saved first).
  bool update_goal(std::int64_t id, std::int64_t expected_version, const GoalFields& fields,
                   const std::optional<std::string>& archived_at, const std::string& now);
  bool update_objective(std::int64_t id, std::int64_t expected_version, std::int64_t goal_id,
                        const ObjectiveFields& fields, const std::optional<std::string>& archived_at,
                        const std::string& now);
  bool update_activity(std::int64_t id, std::int64_t expected_version, const ActivityPlace& place,
                       const ActivityFields& fields, const std::optional<std::string>& archived_at,
                       const std::string& now);
  // Sub-activities follow their parent's objective when it moves.
  void set_objective_of_descendants(std::int64_t activity_id, std::optional<std::int64_t> objective_id);
  void set_status(std::int64_t id, ActivityStatus status, int percent, const std::string& now);

  // Puts the item at `position` (1-based, clamped) among its siblings and renumbers them 1..n.
  void place_goal(std::int64_t partnership_id, std::int64_t id, int position);
  void place_objective(std::int64_t goal_id, std::int64_t id, int position);
  void place_activity(std::int64_t partnership_id, const ActivityPlace& place, std::int64_t id, int position);
  // Renumbers the siblings 1..n after an item has moved away.
  void close_objective_gaps(std::int64_t goal_id);
  void close_activity_gaps(std::int64_t partnership_id, const ActivityPlace& place);

  std::vector<MeasurementRecord> measurements(std::int64_t objective_id);
  MeasurementRecord insert_measurement(std::int64_t objective_id, Day on, double value,
                                       const std::optional<std::string>& note, std::optional<std::int64_t> recorded_by,
                                       const std::string& now);
  bool remove_measurement(std::int64_t objective_id, std::int64_t id);

  // Open activities owned by the user's active seats in any partnership, with the partnership.
  struct OwnedActivity {
    ActivityRecord activity;
    std::string partnership_name;
  };
  std::vector<OwnedActivity> owned_by_user(std::int64_t user_id, bool include_closed);

  // Every seat in the partnership with its email, for matching owners written as emails.
  std::vector<MemberKey> member_keys(std::int64_t partnership_id);

  // Display names of the members who own activities in the partnership, by membership id.
  std::map<std::int64_t, std::string> owner_names(std::int64_t partnership_id);
  // Names of the organisations responsible for activities in the partnership, by id.
  std::map<std::int64_t, std::string> organization_names(std::int64_t partnership_id);

  // The day the plan's first goal was written: the start of its review cadence until the first
  // review is held.
  std::optional<std::string> first_goal_created_at(std::int64_t partnership_id);

 private:
  void save_people(std::int64_t activity_id, const ActivityFields& fields, bool replacing);
  void fill_people(std::vector<ActivityRecord>& activities, std::string_view where_sql, std::int64_t key);

  Connection& c_;
};

}  // namespace cg::store
