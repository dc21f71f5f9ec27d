// The engagement report for a partnership's leads and coordinators: commitment measures per
// member, organisation and month, sectors in the room, and disengagement alerts, computed by the
// domain (commitment.h) from meetings with attendance taken, RSVPs and agenda proposals.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/commitment.h"
#include "domain/result.h"
#include "domain/user.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct EngagementReport {
  CommitmentThresholds thresholds;
  CommitmentReport report;
  std::map<std::int64_t, std::string> names;  // display names by membership id
};

class EngagementService {
 public:
  EngagementService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<EngagementReport> report(std::int64_t partnership_id, const User& viewer);
  // The partnership's own thresholds (leads and coordinators); answers the report they give.
  Result<EngagementReport> set_thresholds(std::int64_t partnership_id, CommitmentThresholds thresholds,
                                          const User& by, const Actor& actor);

 private:
  store::Store& store_;
  Clock clock_;
};

}  // namespace cg::app
