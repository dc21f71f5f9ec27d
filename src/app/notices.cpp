#include "app/notices.h"

#include <algorithm>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "domain/plain_words.h"
#include "domain/time_format.h"
#include "store/job_repository.h"
#include "store/membership_repository.h"

namespace cg::app {

store::NewNotification meeting_notice(const store::MeetingRecord& m, NotificationKind kind, std::string text) {
  using words::cat;
  const auto& f = m.fields;
  return {m.partnership_id,
          kind,
          cat("meeting-", std::to_string(m.id)),
          cat(f.title, ", ", format_date(f.starts.day), " ", format_clock(f.starts.minute), " (", f.time_zone, ")"),
          std::move(text),
          cat("/partnerships/", std::to_string(m.partnership_id), "/meetings/", std::to_string(m.id))};
}

void notify(store::Connection& c, const store::NewNotification& notice, const std::vector<std::int64_t>& user_ids,
            const std::string& now) {
  store::NotificationRepository notifications(c);
  store::JobRepository jobs(c);
  for (auto user_id : user_ids) {
    const auto id = notifications.insert(user_id, notice, now);
    if (notifications.frequency(user_id, notice.partnership_id) != DeliveryFrequency::immediate) continue;
    jobs.enqueue({std::string(kNotificationEmailJob), boost::json::serialize(boost::json::object{{"notification_id", id}}),
                  "notification-" + std::to_string(id)},
                 now);
  }
}

std::vector<std::int64_t> people_at_the_table(store::Connection& c, std::int64_t partnership_id,
                                              std::optional<std::int64_t> except) {
  std::vector<std::int64_t> out;
  for (const auto& m : store::MembershipRepository(c).active(partnership_id)) {
    if (m.user_id && m.user_id != except) out.push_back(*m.user_id);
  }
  return out;
}

std::vector<std::int64_t> accounts_of(store::Connection& c, std::int64_t partnership_id,
                                      const std::vector<std::int64_t>& membership_ids,
                                      std::optional<std::int64_t> except) {
  std::vector<std::int64_t> out;
  store::MembershipRepository members(c);
  for (auto id : membership_ids) {
    auto m = members.find(partnership_id, id);
    if (m && m->user_id && m->user_id != except &&
        std::find(out.begin(), out.end(), *m->user_id) == out.end()) {
      out.push_back(*m->user_id);
    }
  }
  return out;
}

}  // namespace cg::app
