// Use cases for a partnership's action plan: reading it with its roll-up and attention list,
// shaping it (goals, objectives, moving, archiving — leads and coordinators), and recording
// progress (activities, bulk status, measurements — leads, coordinators and members).
// Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/plan_attention.h"
#include "domain/plan_progress.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/plan_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// The names the activities of an answer refer to, read in the same transaction as they were:
// owners by membership id, organisations by id.
struct ActivityNames {
  std::map<std::int64_t, std::string> owners;
  std::map<std::int64_t, std::string> organizations;
};

// One activity as a request answers it.
struct NamedActivity : store::ActivityRecord {
  ActivityNames names;
};

struct NamedActivities {
  std::vector<store::ActivityRecord> items;
  ActivityNames names;
};

struct PlanView {
  store::PlanRecords records;
  std::map<std::int64_t, ObjectiveProgress> objective_progress;  // live (not archived) objectives
  std::map<std::int64_t, GoalProgress> goal_progress;
  PlanProgress totals;  // goals and objectives lists emptied: they are in the maps above
  std::optional<ReviewSchedule> review;
  ActivityNames names;
  Day today{};
};

struct PlanAttention {
  std::vector<PlanFinding> findings;
  std::optional<ReviewSchedule> review;
};

// A whole item as the caller wants it stored: PATCH routes lay the request over the current item.
struct GoalChange {
  GoalFields fields;
  std::optional<int> position;
  bool archived = false;
};

struct ObjectiveChange {
  std::int64_t goal_id = 0;
  ObjectiveFields fields;
  std::optional<int> position;
  bool archived = false;
};

struct ActivityChange {
  store::ActivityPlace place;
  ActivityFields fields;
  std::optional<int> position;
  bool archived = false;
  std::optional<std::int64_t> meeting_id;  // on create: an action item raised at this meeting
};

struct BulkStatus {
  std::vector<std::int64_t> activity_ids;
  ActivityStatus status = ActivityStatus::not_started;
  std::optional<int> percent;
};

struct NewMeasurement {
  Day on{};
  double value = 0;
  std::optional<std::string> note;
};

struct Task {
  store::ActivityRecord activity;
  std::int64_t partnership_id = 0;
  std::string partnership_name;
  bool overdue = false;
};

struct TaskList {
  std::vector<Task> items;
  ActivityNames names;
};

inline constexpr std::size_t kBulkActivitiesMax = 1000;

class PlanService {
 public:
  PlanService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<PlanView> view(std::int64_t partnership_id, const User& viewer, bool include_archived);
  Result<PlanAttention> attention(std::int64_t partnership_id, const User& viewer);

  Result<store::GoalRecord> goal(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<store::GoalRecord> create_goal(std::int64_t partnership_id, GoalChange change, const User& by,
                                        const Actor& actor);
  Result<store::GoalRecord> update_goal(std::int64_t partnership_id, std::int64_t id,
                                        std::optional<std::int64_t> based_on, GoalChange change, const User& by,
                                        const Actor& actor);

  Result<store::ObjectiveRecord> objective(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<store::ObjectiveRecord> create_objective(std::int64_t partnership_id, ObjectiveChange change, const User& by,
                                                  const Actor& actor);
  Result<store::ObjectiveRecord> update_objective(std::int64_t partnership_id, std::int64_t id,
                                                  std::optional<std::int64_t> based_on, ObjectiveChange change,
                                                  const User& by, const Actor& actor);

  Result<NamedActivity> activity(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<NamedActivity> create_activity(std::int64_t partnership_id, ActivityChange change, const User& by,
                                                const Actor& actor);
  // The same inside the caller's write transaction, for use cases that create an activity as part
  // of something else (an adopted idea).
  Result<NamedActivity> create_activity_in(store::Connection& c, std::int64_t partnership_id, ActivityChange change,
                                           const User& by, const Actor& actor);
  Result<NamedActivity> update_activity(std::int64_t partnership_id, std::int64_t id,
                                                std::optional<std::int64_t> based_on, ActivityChange change,
                                                const User& by, const Actor& actor);
  // All or nothing: one unknown or archived id refuses the lot.
  Result<NamedActivities> set_status(std::int64_t partnership_id, BulkStatus change, const User& by,
                                                        const Actor& actor);

  Result<std::vector<store::MeasurementRecord>> measurements(std::int64_t partnership_id, std::int64_t objective_id,
                                                             const User& viewer);
  Result<store::MeasurementRecord> record_measurement(std::int64_t partnership_id, std::int64_t objective_id,
                                                      NewMeasurement measurement, const User& by, const Actor& actor);
  Result<Done> remove_measurement(std::int64_t partnership_id, std::int64_t objective_id, std::int64_t id,
                                  const User& by, const Actor& actor);

  // Activities the user owns in partnerships where they hold an active seat.
  Result<TaskList> tasks(const User& user, bool include_closed);

  Day today() const;

 private:
  std::string now() const;

  store::Store& store_;
  const Clock clock_;
};

// The facts the roll-up works from: live items only (an archived goal, objective or parent
// activity takes everything under it out of the count).
PlanFacts plan_facts(const store::PlanRecords& records);

}  // namespace cg::app
