#include "domain/notification.h"

#include <map>

#include "domain/key_table.h"
#include "domain/time_format.h"

namespace cg {
namespace {

constexpr std::pair<NotificationKind, std::string_view> kKinds[] = {
    {NotificationKind::meeting_scheduled, "meeting_scheduled"},
    {NotificationKind::meeting_cancelled, "meeting_cancelled"},
    {NotificationKind::minutes_circulated, "minutes_circulated"},
    {NotificationKind::discussion_started, "discussion_started"},
    {NotificationKind::discussion_comment, "discussion_comment"},
    {NotificationKind::discussion_status, "discussion_status"},
    {NotificationKind::action_item_assigned, "action_item_assigned"},
    {NotificationKind::resource_submitted, "resource_submitted"},
    {NotificationKind::resource_moderated, "resource_moderated"}};
constexpr std::pair<DeliveryFrequency, std::string_view> kFrequencies[] = {{DeliveryFrequency::immediate, "immediate"},
                                                                           {DeliveryFrequency::daily, "daily"},
                                                                           {DeliveryFrequency::weekly, "weekly"},
                                                                           {DeliveryFrequency::off, "off"}};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

std::string_view to_key(NotificationKind kind) { return key_of(kKinds, kind); }
std::optional<NotificationKind> notification_kind_from_key(std::string_view key) { return from_key(kKinds, key); }
std::string_view to_key(DeliveryFrequency frequency) { return key_of(kFrequencies, frequency); }
std::optional<DeliveryFrequency> delivery_frequency_from_key(std::string_view key) {
  return from_key(kFrequencies, key);
}

std::optional<DigestEmail> compose_digest(const std::vector<PendingNotification>& pending, DeliveryFrequency frequency,
                                          std::string_view public_url) {
  if (pending.empty()) return std::nullopt;
  // Partnerships and items in the order their first news arrived.
  struct Item {
    const PendingNotification* first = nullptr;
    std::vector<const PendingNotification*> lines;
  };
  struct Group {
    std::string name;
    std::vector<std::string> order;
    std::map<std::string, Item> items;
  };
  std::vector<std::int64_t> partnership_order;
  std::map<std::int64_t, Group> groups;
  for (const auto& n : pending) {
    auto [group, new_group] = groups.try_emplace(n.partnership_id);
    if (new_group) {
      partnership_order.push_back(n.partnership_id);
      group->second.name = n.partnership_name;
    }
    auto [item, new_item] = group->second.items.try_emplace(n.subject_key);
    if (new_item) {
      group->second.order.push_back(n.subject_key);
      item->second.first = &n;
    }
    item->second.lines.push_back(&n);
  }
  DigestEmail out;
  const auto period = frequency == DeliveryFrequency::weekly ? "this week" : "today";
  out.subject = "CommonGround: " + plural(pending.size(), "update", "updates") + " " + period;
  if (partnership_order.size() == 1) out.subject += " at " + groups.begin()->second.name;
  out.text = "Here is what happened " + std::string(period) + " at your partnerships.\n";
  for (auto id : partnership_order) {
    const auto& group = groups.at(id);
    out.text += "\n== " + group.name + " ==\n";
    for (const auto& key : group.order) {
      const auto& item = group.items.at(key);
      out.text += "\n" + item.first->subject_title + "\n";
      for (const auto* line : item.lines) {
        out.text += "  - " + line->text + "\n";
        out.notification_ids.push_back(line->id);
      }
      out.text += "  " + std::string(public_url) + item.first->link + "\n";
    }
  }
  out.text += "\nChoose how often you hear from each partnership on your account page: " + std::string(public_url) +
              "/account#notifications\n";
  return out;
}

DigestEmail compose_single(const PendingNotification& n, std::string_view public_url) {
  DigestEmail out;
  out.subject = n.partnership_name + ": " + n.subject_title;
  out.text = n.text + "\n\n" + std::string(public_url) + n.link +
             "\n\nChoose how often you hear from each partnership on your account page: " + std::string(public_url) +
             "/account#notifications\n";
  out.notification_ids = {n.id};
  return out;
}

std::string digest_period(DeliveryFrequency frequency, std::chrono::sys_days today) {
  using namespace std::chrono;
  if (frequency != DeliveryFrequency::weekly) return format_date(today);
  const auto since_monday = (weekday{today} - Monday).count();
  return "week-of-" + format_date(today - days(since_monday));
}

std::chrono::seconds retry_delay(int attempts) {
  using namespace std::chrono;
  if (attempts < 1) attempts = 1;
  if (attempts > 8) return hours(1);
  return std::min<seconds>(seconds(30) * (1 << (attempts - 1)), hours(1));
}

}  // namespace cg
