// A person's notifications in the app, their email choice per partnership, and the email side:
// queueing each period's digests and the job handlers that send digests and single
// notifications. Sends happen outside transactions; a notification is marked emailed after its
// email was handed over, so a retried job never mails it twice unless a crash fell in between.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/clock.h"
#include "app/job_runner.h"
#include "domain/notification.h"
#include "domain/result.h"
#include "domain/user.h"
#include "mail/mailer.h"
#include "store/notification_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct NotificationList {
  std::vector<store::NotificationRecord> items;
  int unread = 0;
};

struct DigestSchedule {
  int daily = 0;   // digests queued
  int weekly = 0;
};

class NotificationService {
 public:
  NotificationService(store::Store& store, mail::Mailer& mailer, Clock clock, std::string public_url)
      : store_(store), mailer_(mailer), clock_(std::move(clock)), public_url_(std::move(public_url)) {}

  NotificationList list(const User& user, bool unread_only);
  // Marks `ids` (all when empty) read; answers the list as it is then.
  NotificationList mark_read(const User& user, const std::vector<std::int64_t>& ids);
  std::vector<store::NotificationSetting> settings(const User& user);
  // 404 unless the user has an open seat at the partnership.
  Result<store::NotificationSetting> choose(const User& user, std::int64_t partnership_id,
                                            DeliveryFrequency frequency);

  // Queues this period's digest for everyone with daily or weekly news not yet emailed; a person
  // whose digest for the period is queued already is left alone.
  DigestSchedule schedule_digests();
  // Registers the email job handlers.
  void serve_jobs(JobRunner& runner);

 private:
  using Outcomes = std::vector<std::optional<std::string>>;
  struct Outgoing {
    std::int64_t user_id = 0;
    DigestEmail email;
  };

  Outcomes send_singles(const std::vector<store::JobRecord>& jobs);
  Outcomes send_digests(const std::vector<store::JobRecord>& jobs);
  // Hands each email over (not to accounts gone or disabled), then marks in one transaction what
  // went out. `outcomes` holds the failures found so far; a send that fails is added to them.
  Outcomes deliver(const std::vector<std::optional<Outgoing>>& outgoing,
                   const std::map<std::int64_t, store::Recipient>& recipients, Outcomes outcomes);

  store::Store& store_;
  mail::Mailer& mailer_;
  Clock clock_;
  std::string public_url_;
};

}  // namespace cg::app
