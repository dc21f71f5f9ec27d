#include "app/notification_service.h"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/notices.h"
#include "domain/time_format.h"
#include "store/job_repository.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

constexpr int kListLimit = 100;

std::int64_t payload_integer(const store::JobRecord& job, std::string_view name) {
  return boost::json::parse(job.payload).as_object().at(name).as_int64();
}

}  // namespace

NotificationList NotificationService::list(const User& user, bool unread_only) {
  return store_.read([&](store::Connection& c) {
    store::NotificationRepository repo(c);
    return NotificationList{repo.for_user(user.id, unread_only, kListLimit), repo.unread(user.id)};
  });
}

NotificationList NotificationService::mark_read(const User& user, const std::vector<std::int64_t>& ids) {
  return store_.write([&](store::Connection& c) {
    store::NotificationRepository repo(c);
    repo.mark_read(user.id, ids, format_utc(clock_()));
    return NotificationList{repo.for_user(user.id, false, kListLimit), repo.unread(user.id)};
  });
}

std::vector<store::NotificationSetting> NotificationService::settings(const User& user) {
  return store_.read([&](store::Connection& c) { return store::NotificationRepository(c).settings(user.id); });
}

Result<store::NotificationSetting> NotificationService::choose(const User& user, std::int64_t partnership_id,
                                                               DeliveryFrequency frequency) {
  return store_.write([&](store::Connection& c) -> Result<store::NotificationSetting> {
    store::NotificationRepository repo(c);
    for (auto setting : repo.settings(user.id)) {
      if (setting.partnership_id != partnership_id) continue;
      repo.set_frequency(user.id, partnership_id, frequency);
      setting.frequency = frequency;
      return setting;
    }
    return Error::make(ErrorKind::not_found,
                       "You have no seat at a partnership with id " + std::to_string(partnership_id) + ".");
  });
}

DigestSchedule NotificationService::schedule_digests() {
  const auto now = clock_();
  const auto today = utc_day(now);
  return store_.write([&](store::Connection& c) {
    store::NotificationRepository notifications(c);
    store::JobRepository jobs(c);
    DigestSchedule out;
    for (auto frequency : {DeliveryFrequency::daily, DeliveryFrequency::weekly}) {
      const auto period = digest_period(frequency, today);
      for (auto user_id : notifications.users_with_unemailed(frequency)) {
        const bool queued = jobs.enqueue(
            {std::string(kDigestEmailJob),
             boost::json::serialize(boost::json::object{{"user_id", user_id}, {"frequency", to_key(frequency)}}),
             "digest-" + std::string(to_key(frequency)) + "-" + period + "-" + std::to_string(user_id)},
            format_utc(now));
        if (queued) ++(frequency == DeliveryFrequency::daily ? out.daily : out.weekly);
      }
    }
    return out;
  });
}

void NotificationService::serve_jobs(JobRunner& runner) {
  runner.handle(std::string(kNotificationEmailJob), [this](const store::JobRecord& job) { return send_single(job); });
  runner.handle(std::string(kDigestEmailJob), [this](const store::JobRecord& job) { return send_digest(job); });
}

Result<Done> NotificationService::send_single(const store::JobRecord& job) {
  const auto id = payload_integer(job, "notification_id");
  auto found = store_.read([&](store::Connection& c) {
    std::optional<std::pair<std::optional<User>, PendingNotification>> out;
    auto rows = c.query("SELECT user_id FROM notifications WHERE id = $1", {id});
    if (auto pending = store::NotificationRepository(c).pending(id); pending && !rows.empty()) {
      out.emplace(store::UserRepository(c).find(rows.front().integer(0)), std::move(*pending));
    }
    return out;
  });
  if (!found) return Done{};  // emailed already (an earlier attempt got through)
  return send(found->first, compose_single(found->second, public_url_));
}

Result<Done> NotificationService::send_digest(const store::JobRecord& job) {
  const auto user_id = payload_integer(job, "user_id");
  const auto frequency = delivery_frequency_from_key(
      boost::json::parse(job.payload).as_object().at("frequency").as_string());
  if (!frequency) return Error::make(ErrorKind::invalid_input, "a digest job without a known frequency");
  auto [user, pending] = store_.read([&](store::Connection& c) {
    return std::make_pair(store::UserRepository(c).find(user_id),
                          store::NotificationRepository(c).unemailed(user_id, *frequency));
  });
  auto digest = compose_digest(pending, *frequency, public_url_);
  if (!digest) return Done{};  // never an empty digest
  return send(user, *digest);
}

Result<Done> NotificationService::send(const std::optional<User>& user, const DigestEmail& email) {
  const auto now = format_utc(clock_());
  if (user && user->status == UserStatus::active) mailer_.send({user->email, email.subject, email.text});
  // A disabled account is not mailed; its news counts as delivered so it is not retried forever.
  store_.write([&](store::Connection& c) {
    store::JobRepository(c).commit_without_waiting();
    store::NotificationRepository(c).mark_emailed(email.notification_ids, now);
    return 0;
  });
  return Done{};
}

}  // namespace cg::app
