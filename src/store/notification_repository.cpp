#include "store/notification_repository.h"

#include <algorithm>

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
    "SELECT n.id, n.partnership_id, p.name, n.subject_key, n.subject_title, n.body, n.link";
constexpr std::string_view kPendingFrom = " FROM notifications n JOIN partnerships p ON p.id = n.partnership_id";

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

std::map<std::int64_t, std::vector<PendingNotification>> NotificationRepository::unemailed(
    const std::vector<std::int64_t>& user_ids, DeliveryFrequency frequency) {
  std::map<std::int64_t, std::vector<PendingNotification>> out;
  if (user_ids.empty()) return out;
  std::vector<SqlParam> params{std::string(to_key(frequency)), default_frequency()};
  for (auto id : user_ids) params.emplace_back(id);
  const auto sql = cat({kPendingColumns, ", n.user_id", kPendingFrom, kChosen, "WHERE n.user_id IN (",
                        placeholders(3, user_ids.size()),
                        ") AND n.emailed_at IS NULL AND COALESCE(s.frequency, $2) = $1 ORDER BY n.user_id, n.id"});
  for (const auto& row : c_.query(sql, params)) out[row.integer(7)].push_back(pending_from(row));
  return out;
}

std::map<std::int64_t, std::pair<std::int64_t, PendingNotification>> NotificationRepository::pending(
    const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::pair<std::int64_t, PendingNotification>> out;
  if (ids.empty()) return out;
  std::vector<SqlParam> params;
  for (auto id : ids) params.emplace_back(id);
  const auto sql = cat({kPendingColumns, ", n.user_id", kPendingFrom, " WHERE n.id IN (", placeholders(1, ids.size()),
                        ") AND n.emailed_at IS NULL"});
  for (const auto& row : c_.query(sql, params)) {
    out.emplace(row.integer(0), std::make_pair(row.integer(7), pending_from(row)));
  }
  return out;
}

std::map<std::int64_t, Recipient> NotificationRepository::recipients(const std::vector<std::int64_t>& user_ids) {
  std::map<std::int64_t, Recipient> out;
  if (user_ids.empty()) return out;
  std::vector<SqlParam> params;
  for (auto id : user_ids) params.emplace_back(id);
  for (const auto& row : c_.query(cat({"SELECT id, email, status FROM users WHERE id IN (",
                                       placeholders(1, user_ids.size()), ")"}),
                                  params)) {
    out.emplace(row.integer(0), Recipient{row.text(1), row.text(2) == "active"});
  }
  return out;
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
  // In chunks, so no statement has more parameters than an engine takes.
  constexpr std::size_t kChunk = 500;
  for (std::size_t from = 0; from < ids.size(); from += kChunk) {
    const auto count = std::min(kChunk, ids.size() - from);
    std::vector<SqlParam> params{now};
    for (std::size_t i = 0; i < count; ++i) params.emplace_back(ids[from + i]);
    c_.query(cat({"UPDATE notifications SET emailed_at = $1 WHERE id IN (", placeholders(2, count), ")"}), params);
  }
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
