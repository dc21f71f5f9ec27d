#include "app/meeting_gate.h"

#include <string>

namespace cg::app {

Error meeting_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no meeting with id " + std::to_string(id) + " in this partnership.");
}

Result<MeetingAccess> enter_meeting(store::Connection& c, std::int64_t partnership_id, std::int64_t meeting_id,
                                    const User& user, PartnershipAction action) {
  auto access = enter_partnership(c, partnership_id, user, action);
  if (!access) return std::move(access).error();
  auto meeting = store::MeetingRepository(c).find(partnership_id, meeting_id);
  if (!meeting) return meeting_not_found(meeting_id);
  return MeetingAccess{std::move(*access), std::move(*meeting)};
}

}  // namespace cg::app
