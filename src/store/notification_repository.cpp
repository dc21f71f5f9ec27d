#include "store/notification_repository.h"

#include "store/sql_text.h"

namespace cg::store {
namespace {

SqlParam default_frequency() { return std::string(to_key(kDefaultFrequency)); }

// The user's choice for the notification's partnership, or the default.
constexpr std::string_view kChosen =
    " LEFT JOIN notification_settings s ON s.user_id = n.user_id AND s.partnership_id = n.partnership_id ";

PendingNotification pending_from(const Row& row) {
  return {row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6)};
}

constexpr std::string_view kPendingColumns =
    "SELECT n.id, n.partnership_id, p.name, n.subject_key, n.subject_title, n.body, n.link FROM notifications n "
    "JOIN partnerships p ON p.id = n.partnership_id";

}  // namespace

std::int64_t NotificationRepository::insert(std::int64_t user_id, const NewNotification& n, const std::string& now) {
  return c_.query("INSERT INTO notifications (user_id, partnership_id, kind, subject_key, subject_title, body, link, "
                  "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                  {user_id, n.partnership_id, std::string(to_key(n.kind)), n.subject_key, n.subject_title, n.text,
                   n.link, now})
      .at(0)
      .integer(0);
}

std::vector<NotificationRecord> NotificationRepository::for_user(std::int64_t user_id, bool unread_only, int limit) {
  std::vector<NotificationRecord> out;
  for (const auto& row :
       c_.query("SELECT n.id, n.partnership_id, p.name, n.kind, n.subject_title, n.body, n.link, n.created_at, "
                "n.read_at FROM notifications n JOIN partnerships p ON p.id = n.partnership_id "
                "WHERE n.user_id = $1 AND ($2 = 0 OR n.read_at IS NULL) ORDER BY n.id DESC LIMIT $3",
                {user_id, std::int64_t{unread_only ? 1 : 0}, std::int64_t{limit}})) {
    out.push_back({row.integer(0), row.integer(1), row.text(2),
                   known(notification_kind_from_key(row.text(3)), row.text(3)), row.text(4), row.text(5), row.text(6),
                   row.timestamp(7), row.optional_timestamp(8)});
  }
  return out;
}

int NotificationRepository::unread(std::int64_t user_id) {
  return static_cast<int>(
      c_.query("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL", {user_id}).at(0).integer(0));
}

int NotificationRepository::mark_read(std::int64_t user_id, const std::vector<std::int64_t>& ids,
                                      const std::string& now) {
  if (ids.empty()) {
    return static_cast<int>(c_.query("UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL "
                                     "RETURNING id",
                                     {user_id, now})
                                .size());
  }
  int changed = 0;
  for (auto id : ids) {
    changed += static_cast<int>(c_.query("UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND id = $2 AND "
                                         "read_at IS NULL RETURNING id",
                                         {user_id, id, now})
                                    .size());
  }
  return changed;
}

std::vector<PendingNotification> NotificationRepository::unemailed(std::int64_t user_id, DeliveryFrequency frequency) {
  static const std::string sql =
      cat({kPendingColumns, kChosen,
           "WHERE n.user_id = $1 AND n.emailed_at IS NULL AND COALESCE(s.frequency, $3) = $2 ORDER BY n.id"});
  std::vector<PendingNotification> out;
  for (const auto& row : c_.query(sql, {user_id, std::string(to_key(frequency)), default_frequency()})) {
    out.push_back(pending_from(row));
  }
  return out;
}

std::optional<PendingNotification> NotificationRepository::pending(std::int64_t id) {
  static const std::string sql = cat({kPendingColumns, " WHERE n.id = $1 AND n.emailed_at IS NULL"});
  auto rows = c_.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return pending_from(rows.front());
}

std::vector<std::int64_t> NotificationRepository::users_with_unemailed(DeliveryFrequency frequency) {
  static const std::string sql =
      cat({"SELECT DISTINCT n.user_id FROM notifications n", kChosen,
           "WHERE n.emailed_at IS NULL AND COALESCE(s.frequency, $2) = $1 ORDER BY n.user_id"});
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query(sql, {std::string(to_key(frequency)), default_frequency()})) {
    out.push_back(row.integer(0));
  }
  return out;
}

void NotificationRepository::mark_emailed(const std::vector<std::int64_t>& ids, const std::string& now) {
  for (auto id : ids) c_.query("UPDATE notifications SET emailed_at = $2 WHERE id = $1", {id, now});
}

DeliveryFrequency NotificationRepository::frequency(std::int64_t user_id, std::int64_t partnership_id) {
  auto rows = c_.query("SELECT frequency FROM notification_settings WHERE user_id = $1 AND partnership_id = $2",
                       {user_id, partnership_id});
  if (rows.empty()) return kDefaultFrequency;
  return known(delivery_frequency_from_key(rows.front().text(0)), rows.front().text(0));
}

std::vector<NotificationSetting> NotificationRepository::settings(std::int64_t user_id) {
  std::vector<NotificationSetting> out;
  for (const auto& row :
       c_.query("SELECT p.id, p.name, COALESCE(s.frequency, $2) FROM memberships m JOIN partnerships p ON "
                "p.id = m.partnership_id LEFT JOIN notification_settings s ON s.user_id = m.user_id AND "
                "s.partnership_id = p.id WHERE m.user_id = $1 AND m.status = 'active' ORDER BY p.name, p.id",
                {user_id, default_frequency()})) {
    out.push_back({row.integer(0), row.text(1), known(delivery_frequency_from_key(row.text(2)), row.text(2))});
  }
  return out;
}

void NotificationRepository::set_frequency(std::int64_t user_id, std::int64_t partnership_id,
                                           DeliveryFrequency frequency) {
  c_.query("INSERT INTO notification_settings (user_id, partnership_id, frequency) VALUES ($1, $2, $3) "
           "ON CONFLICT (user_id, partnership_id) DO UPDATE SET frequency = excluded.frequency",
           {user_id, partnership_id, std::string(to_key(frequency))});
}

}  // namespace cg::store
