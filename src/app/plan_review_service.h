// Use cases for plan reviews: recording one (ratings per objective, decisions, and commitments
// that become activities — leads and coordinators), listing and comparing them, and emailing
// leads and coordinators when a review falls due or is overdue. Thread-safe; blocks on the
// database (and, for reminders, on the mailer).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/plan_attention.h"
#include "domain/plan_review.h"
#include "domain/result.h"
#include "domain/user.h"
#include "mail/mailer.h"
#include "store/plan_review_repository.h"

namespace cg::store {
class Connection;
class Store;
}

namespace cg::app {

struct ReviewList {
  std::vector<store::ReviewRecord> items;  // newest first
  std::optional<ReviewSchedule> next;
};

struct ReviewComparison {
  store::ReviewRecord before;
  store::ReviewRecord after;
  SnapshotComparison changes;
};

struct ReminderRun {
  int partnerships_checked = 0;
  int reminders_sent = 0;  // one per partnership and due date and kind
  int emails_sent = 0;
  int failures = 0;
  std::vector<std::string> failure_reasons;  // "to <address>: <why>", for the caller to log
};

class PlanReviewService {
 public:
  PlanReviewService(store::Store& store, mail::Mailer& mailer, Clock clock, std::string public_url)
      : store_(store), mailer_(mailer), clock_(std::move(clock)), public_url_(std::move(public_url)) {}

  Result<ReviewList> list(std::int64_t partnership_id, const User& viewer);
  Result<store::ReviewRecord> get(std::int64_t partnership_id, std::int64_t id, const User& viewer);
  Result<store::ReviewRecord> record(std::int64_t partnership_id, ReviewFields fields, const User& by,
                                     const Actor& actor);
  Result<ReviewComparison> compare(std::int64_t partnership_id, std::int64_t from_id, std::int64_t to_id,
                                   const User& viewer);

  // Emails the leads and coordinators of every partnership whose review is due within a week or
  // overdue, once per due date and kind. Safe to run as often as wanted, from any instance.
  ReminderRun send_reminders();

 private:
  store::Store& store_;
  mail::Mailer& mailer_;
  const Clock clock_;
  const std::string public_url_;
};

// When the partnership's next review falls: its cadence after the last review, or after the
// plan's first goal when none has been held. None while the plan is empty.
std::optional<ReviewSchedule> next_review(store::Connection& c, std::int64_t partnership_id, int cadence_days, Day today);

}  // namespace cg::app
