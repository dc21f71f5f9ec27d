// What a meeting leaves behind: minutes (Markdown, rendered safely; draft → circulated →
// approved), members' comments while they circulate, decisions, and what became of the action
// items raised there (plan activities linked to the meeting; PlanService creates them).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/minutes.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/minutes_repository.h"
#include "store/plan_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct MeetingOutcome {
  std::optional<store::MinutesRecord> minutes;  // none until someone writes them
  std::string html;                             // the minutes rendered, safe to show
  std::vector<store::MinutesComment> comments;
  std::vector<store::Decision> decisions;
  std::vector<store::ActivityRecord> action_items;
  std::map<std::int64_t, std::string> member_names;        // commenters and owners
  std::map<std::int64_t, std::string> organization_names;  // of the action items
  std::int64_t version() const { return minutes ? minutes->version : 0; }
};

class MinutesService {
 public:
  MinutesService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<MeetingOutcome> get(std::int64_t partnership_id, std::int64_t meeting_id, const User& viewer);
  // The first save needs no version; later ones need the version they were based on.
  Result<MeetingOutcome> write(std::int64_t partnership_id, std::int64_t meeting_id, std::optional<std::int64_t> based_on,
                              std::string markdown, const User& by, const Actor& actor);
  Result<MeetingOutcome> move(std::int64_t partnership_id, std::int64_t meeting_id, MinutesStatus to, const User& by,
                             const Actor& actor);
  Result<MeetingOutcome> comment(std::int64_t partnership_id, std::int64_t meeting_id, std::string body,
                                const User& by);
  Result<MeetingOutcome> decide(std::int64_t partnership_id, std::int64_t meeting_id, std::string body, const User& by,
                               const Actor& actor);
  Result<Done> remove_decision(std::int64_t partnership_id, std::int64_t meeting_id, std::int64_t id, const User& by);

 private:
  store::Store& store_;
  Clock clock_;
};

}  // namespace cg::app
