// The outbox for notifications: use cases call notify() inside their own transaction, so a
// notification exists exactly when the change it tells of was committed. People who chose
// "immediate" for the partnership also get an email job, queued in the same transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"
#include "store/meeting_repository.h"
#include "store/notification_repository.h"

namespace cg::app {

inline constexpr std::string_view kNotificationEmailJob = "email.notification";
inline constexpr std::string_view kDigestEmailJob = "email.digest";

// What people hear about a meeting: its local date and time, and where to find it.
store::NewNotification meeting_notice(const store::MeetingRecord& meeting, NotificationKind kind, std::string text);

void notify(store::Connection& c, const store::NewNotification& notice, const std::vector<std::int64_t>& user_ids,
            const std::string& now);

// The accounts of everyone with an open seat at the partnership, but `except` (who did it).
std::vector<std::int64_t> people_at_the_table(store::Connection& c, std::int64_t partnership_id,
                                              std::optional<std::int64_t> except);

// The accounts behind these memberships (people without accounts are left out), but `except`.
std::vector<std::int64_t> accounts_of(store::Connection& c, std::int64_t partnership_id,
                                      const std::vector<std::int64_t>& membership_ids,
                                      std::optional<std::int64_t> except);

}  // namespace cg::app
