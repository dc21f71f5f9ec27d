// Runs the jobs in the database: leases one due job at a time, runs its handler outside any
// transaction (handlers send email), then marks it done, or failed with a retry after a growing
// wait (domain/notification.h retry_delay), or failed for good after its last attempt, where
// admins see it. Delivery is at least once: a worker that dies mid-job leaves a lease that runs
// out, and the job runs again, so handlers must be idempotent.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>

#include "app/clock.h"
#include "domain/result.h"
#include "store/job_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// Returns Done, or an Error whose detail is kept as the job's last error. Throwing counts as failing.
using JobHandler = std::function<Result<Done>(const store::JobRecord& job)>;

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

  // Runs due jobs until none is left or `limit` have run.
  JobRun run_due(int limit);

 private:
  store::Store& store_;
  Clock clock_;
  std::string worker_;
  std::chrono::seconds lease_;
  int max_attempts_;
  std::map<std::string, JobHandler, std::less<>> handlers_;
};

}  // namespace cg::app
