// The one way into a meeting for a use case: enter its partnership for the action, then find the
// meeting there, so a meeting id from another partnership is "not found" like a missing one.
#pragma once

#include <cstdint>

#include "app/partnership_gate.h"
#include "store/meeting_repository.h"

namespace cg::app {

struct MeetingAccess {
  PartnershipAccess partnership;
  store::MeetingRecord meeting;
};

Error meeting_not_found(std::int64_t id);

Result<MeetingAccess> enter_meeting(store::Connection& c, std::int64_t partnership_id, std::int64_t meeting_id,
                                    const User& user, PartnershipAction action);

}  // namespace cg::app
