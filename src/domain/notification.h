// Notifications: what happened at a partnership that a person should hear about, how often they
// want email about it (immediately, a daily or weekly digest, or never), the digest grouped by
// partnership and item (and never sent empty), and how long a failed delivery waits before the
// next try. Pure: no I/O.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cg {

enum class NotificationKind {
  meeting_scheduled,
  meeting_cancelled,
  minutes_circulated,
  discussion_started,
  discussion_comment,
  discussion_status,
  action_item_assigned,
  resource_submitted,  // to its moderators
  resource_moderated,  // to the person who shared it: published or not, and why
};
std::string_view to_key(NotificationKind kind);
std::optional<NotificationKind> notification_kind_from_key(std::string_view key);

enum class DeliveryFrequency { immediate, daily, weekly, off };
std::string_view to_key(DeliveryFrequency frequency);
std::optional<DeliveryFrequency> delivery_frequency_from_key(std::string_view key);
// Without a choice: one email a day at most, so nobody is flooded and nothing is missed.
inline constexpr DeliveryFrequency kDefaultFrequency = DeliveryFrequency::daily;

// One notification waiting to be emailed.
struct PendingNotification {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string partnership_name;
  std::string subject_key;    // the item it is about ("meeting-12"): a digest groups by it
  std::string subject_title;  // "Eastside beat meeting"
  std::string text;           // "Cancelled: the room is flooded."
  std::string link;           // path in the web app, e.g. /partnerships/1/meetings/12
};

struct DigestEmail {
  std::string subject;
  std::string text;
  std::vector<std::int64_t> notification_ids;  // what it covers, to mark as emailed
};

// The digest of `pending` (in the order they happened), grouped by partnership and then item; no
// email at all when nothing is pending. `public_url` prefixes the links.
std::optional<DigestEmail> compose_digest(const std::vector<PendingNotification>& pending, DeliveryFrequency frequency,
                                          std::string_view public_url);

// One notification on its own, for people who want them immediately.
DigestEmail compose_single(const PendingNotification& notification, std::string_view public_url);

// The period a digest covers, as a key: the UTC day for daily digests, the Monday of the ISO
// week for weekly ones. One digest per person per period.
std::string digest_period(DeliveryFrequency frequency, std::chrono::sys_days today);

// The wait before retry number `attempts` + 1 of a failed job: 30 s doubling, at most an hour.
std::chrono::seconds retry_delay(int attempts);

}  // namespace cg
