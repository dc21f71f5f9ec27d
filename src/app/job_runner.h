// Runs the jobs in the database: leases a batch of due jobs at once, hands each kind's jobs to
// its handler outside any transaction (handlers send email), then marks them done, or failed with
// a retry after a growing wait (domain/notification.h retry_delay), or failed for good after
// their last attempt, where admins see them. Batches keep the database round trips per job to a
// handful of statements per hundred jobs. Delivery is at least once: a worker that dies mid-batch
// leaves leases that run out, and those jobs run again, so handlers must be idempotent.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <vector>
#include <string>

#include "app/clock.h"
#include "domain/result.h"
#include "store/job_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// What became of each job it was given, in order: nothing when done, or why it failed (kept as
// the job's last error). Throwing fails the whole batch with the exception's message.
using JobHandler = std::function<std::vector<std::optional<std::string>>(const std::vector<store::JobRecord>& jobs)>;

struct JobRun {
  int done = 0;
  int retrying = 0;
  int failed = 0;
};

class JobRunner {
 public:
  // A job fails for good after `max_attempts` tries.
  JobRunner(store::Store& store, Clock clock, std::string worker, std::chrono::seconds lease, int max_attempts)
      : store_(store), clock_(std::move(clock)), worker_(std::move(worker)), lease_(lease),
        max_attempts_(max_attempts) {}

  void handle(std::string kind, JobHandler handler) { handlers_[std::move(kind)] = std::move(handler); }

  // Runs due jobs until none is left or about `limit` have run.
  JobRun run_due(int limit);

  static constexpr int kBatch = 100;

 private:
  store::Store& store_;
  Clock clock_;
  std::string worker_;
  std::chrono::seconds lease_;
  int max_attempts_;
  std::map<std::string, JobHandler, std::less<>> handlers_;
};

}  // namespace cg::app
