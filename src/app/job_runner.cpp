#include "app/job_runner.h"

#include "domain/notification.h"
#include "domain/time_format.h"
#include "store/store.h"

namespace cg::app {

JobRun JobRunner::run_due(int limit) {
  JobRun out;
  for (int i = 0; i < limit; ++i) {
    const auto now = clock_();
    auto job = store_.write([&](store::Connection& c) {
      store::JobRepository jobs(c);
      jobs.commit_without_waiting();
      return jobs.claim(format_utc(now), format_utc(now + lease_), worker_);
    });
    if (!job) break;
    std::optional<std::string> error;
    if (job->attempts > max_attempts_) {
      error = "its worker stopped during the last attempt";
    } else if (auto handler = handlers_.find(job->kind); handler == handlers_.end()) {
      error = "no handler for jobs of kind " + job->kind;
    } else {
      try {
        if (auto result = handler->second(*job); !result) error = result.error().detail;
      } catch (const std::exception& e) {
        error = e.what();
      }
    }
    const bool again = error && job->attempts < max_attempts_;
    store_.write([&](store::Connection& c) {
      store::JobRepository jobs(c);
      jobs.commit_without_waiting();
      const auto at = format_utc(clock_());
      if (!error) {
        jobs.finish(job->id, at);
      } else {
        jobs.fail(job->id, *error,
                  again ? std::optional(format_utc(clock_() + retry_delay(job->attempts))) : std::nullopt, at);
      }
      return 0;
    });
    if (!error) {
      ++out.done;
    } else if (again) {
      ++out.retrying;
    } else {
      ++out.failed;
    }
  }
  return out;
}

}  // namespace cg::app
