#include "app/notification_service.h"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/notices.h"
#include "domain/time_format.h"
#include "store/job_repository.h"
#include "store/store.h"

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
  runner.handle(std::string(kNotificationEmailJob), [this](const auto& jobs) { return send_singles(jobs); });
  runner.handle(std::string(kDigestEmailJob), [this](const auto& jobs) { return send_digests(jobs); });
}

NotificationService::Outcomes NotificationService::send_singles(const std::vector<store::JobRecord>& jobs) {
  std::vector<std::int64_t> ids;
  for (const auto& job : jobs) ids.push_back(payload_integer(job, "notification_id"));
  auto [pending, recipients] = store_.read([&](store::Connection& c) {
    store::NotificationRepository repo(c);
    auto found = repo.pending(ids);
    std::vector<std::int64_t> users;
    for (const auto& [id, news] : found) users.push_back(news.first);
    return std::make_pair(std::move(found), repo.recipients(users));
  });
  std::vector<std::optional<Outgoing>> outgoing(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    // Not pending: an earlier attempt got it through already.
    if (auto found = pending.find(ids[i]); found != pending.end()) {
      outgoing[i] = Outgoing{found->second.first, compose_single(found->second.second, public_url_)};
    }
  }
  return deliver(outgoing, recipients, Outcomes(jobs.size()));
}

NotificationService::Outcomes NotificationService::send_digests(const std::vector<store::JobRecord>& jobs) {
  Outcomes outcomes(jobs.size());
  std::vector<std::pair<std::int64_t, DeliveryFrequency>> wanted(jobs.size());
  std::map<DeliveryFrequency, std::vector<std::int64_t>> users_by_frequency;
  std::vector<std::int64_t> users;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const auto payload = boost::json::parse(jobs[i].payload).as_object();
    const auto frequency = delivery_frequency_from_key(payload.at("frequency").as_string());
    if (!frequency) {
      outcomes[i] = "a digest job without a known frequency";
      continue;
    }
    wanted[i] = {payload.at("user_id").as_int64(), *frequency};
    users_by_frequency[*frequency].push_back(wanted[i].first);
    users.push_back(wanted[i].first);
  }
  auto [news, recipients] = store_.read([&](store::Connection& c) {
    store::NotificationRepository repo(c);
    std::map<DeliveryFrequency, std::map<std::int64_t, std::vector<PendingNotification>>> found;
    for (const auto& [frequency, ids] : users_by_frequency) found[frequency] = repo.unemailed(ids, frequency);
    return std::make_pair(std::move(found), repo.recipients(users));
  });
  std::vector<std::optional<Outgoing>> outgoing(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (outcomes[i]) continue;
    const auto& [user_id, frequency] = wanted[i];
    const auto& by_user = news[frequency];
    const auto pending = by_user.find(user_id);
    if (pending == by_user.end()) continue;  // nothing waiting: never an empty digest
    if (auto digest = compose_digest(pending->second, frequency, public_url_)) {
      outgoing[i] = Outgoing{user_id, std::move(*digest)};
    }
  }
  return deliver(outgoing, recipients, std::move(outcomes));
}

NotificationService::Outcomes NotificationService::deliver(const std::vector<std::optional<Outgoing>>& outgoing,
                                                           const std::map<std::int64_t, store::Recipient>& recipients,
                                                           Outcomes outcomes) {
  std::vector<std::int64_t> emailed;
  for (std::size_t i = 0; i < outgoing.size(); ++i) {
    if (!outgoing[i]) continue;
    const auto& [user_id, email] = *outgoing[i];
    try {
      // A disabled or removed account is not mailed; its news counts as delivered so it is not
      // retried forever.
      if (auto to = recipients.find(user_id); to != recipients.end() && to->second.active) {
        mailer_.send({to->second.email, email.subject, email.text});
      }
      emailed.insert(emailed.end(), email.notification_ids.begin(), email.notification_ids.end());
    } catch (const std::exception& e) {
      outcomes[i] = e.what();
    }
  }
  store_.write([&](store::Connection& c) {
    store::JobRepository(c).commit_without_waiting();
    store::NotificationRepository(c).mark_emailed(emailed, format_utc(clock_()));
    return 0;
  });
  return outcomes;
}

}  // namespace cg::app
