// Notifications and each person's email choice per partnership. Runs inside the caller's
// transaction.
#pragma once

#include <cstdint>
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

  // Not emailed yet, where the user's choice for the partnership is `frequency`; oldest first.
  std::vector<PendingNotification> unemailed(std::int64_t user_id, DeliveryFrequency frequency);
  std::optional<PendingNotification> pending(std::int64_t id);
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
