// Notifications and each person's email choice per partnership. Runs inside the caller's
// transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/notification.h"
#include "store/connection.h"

namespace cg::store {

struct NewNotification {
  std::int64_t partnership_id = 0;
  NotificationKind kind = NotificationKind::meeting_scheduled;
  std::string subject_key;
  std::string subject_title;
  std::string text;
  std::string link;
};

struct NotificationRecord {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string partnership_name;
  NotificationKind kind = NotificationKind::meeting_scheduled;
  std::string subject_title;
  std::string text;
  std::string link;
  std::string created_at;
  std::optional<std::string> read_at;
};

// Where a person's email goes, and whether they may still get it.
struct Recipient {
  std::string email;
  bool active = false;
};

struct NotificationSetting {
  std::int64_t partnership_id = 0;
  std::string partnership_name;
  DeliveryFrequency frequency = kDefaultFrequency;
};

class NotificationRepository {
 public:
  explicit NotificationRepository(Connection& connection) : c_(connection) {}

  std::int64_t insert(std::int64_t user_id, const NewNotification& n, const std::string& now);
  // Newest first.
  std::vector<NotificationRecord> for_user(std::int64_t user_id, bool unread_only, int limit);
  int unread(std::int64_t user_id);
  // All of the user's when `ids` is empty. Returns how many changed.
  int mark_read(std::int64_t user_id, const std::vector<std::int64_t>& ids, const std::string& now);

  // Each of `user_ids`' news not emailed yet, where their choice for the partnership is
  // `frequency`; oldest first. One query for a whole batch of digests.
  std::map<std::int64_t, std::vector<PendingNotification>> unemailed(const std::vector<std::int64_t>& user_ids,
                                                                     DeliveryFrequency frequency);
  // Those of `ids` not emailed yet, with the person each is for.
  std::map<std::int64_t, std::pair<std::int64_t, PendingNotification>> pending(const std::vector<std::int64_t>& ids);
  std::map<std::int64_t, Recipient> recipients(const std::vector<std::int64_t>& user_ids);
  std::vector<std::int64_t> users_with_unemailed(DeliveryFrequency frequency);
  void mark_emailed(const std::vector<std::int64_t>& ids, const std::string& now);

  DeliveryFrequency frequency(std::int64_t user_id, std::int64_t partnership_id);
  // The partnerships where the user has an open seat, with their choice (or the default).
  std::vector<NotificationSetting> settings(std::int64_t user_id);
  void set_frequency(std::int64_t user_id, std::int64_t partnership_id, DeliveryFrequency frequency);

 private:
  Connection& c_;
};

}  // namespace cg::store
