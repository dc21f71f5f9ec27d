#include "app/job_runner.h"

#include <stdexcept>

#include "domain/notification.h"
#include "domain/time_format.h"
#include "store/store.h"

namespace cg::app {

JobRun JobRunner::run_due(int limit) {
  JobRun out;
  while (out.done + out.retrying + out.failed < limit) {
    const auto now = clock_();
    const auto batch = store_.write([&](store::Connection& c) {
      store::JobRepository jobs(c);
      jobs.commit_without_waiting();
      return jobs.claim(format_utc(now), format_utc(now + lease_), worker_, kBatch);
    });
    if (batch.empty()) break;
    std::vector<std::optional<std::string>> errors(batch.size());
    std::map<std::string, std::vector<std::size_t>, std::less<>> by_kind;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (batch[i].attempts > max_attempts_) {
        errors[i] = "its worker stopped during the last attempt";
      } else {
        by_kind[batch[i].kind].push_back(i);
      }
    }
    for (const auto& [kind, indexes] : by_kind) {
      auto handler = handlers_.find(kind);
      if (handler == handlers_.end()) {
        for (auto i : indexes) errors[i] = "no handler for jobs of kind " + kind;
        continue;
      }
      std::vector<store::JobRecord> jobs;
      for (auto i : indexes) jobs.push_back(batch[i]);
      try {
        const auto results = handler->second(jobs);
        if (results.size() != jobs.size()) throw std::logic_error("a job handler answered for the wrong number of jobs");
        for (std::size_t k = 0; k < indexes.size(); ++k) errors[indexes[k]] = results[k];
      } catch (const std::exception& e) {
        for (auto i : indexes) errors[i] = e.what();
      }
    }
    store_.write([&](store::Connection& c) {
      store::JobRepository jobs(c);
      jobs.commit_without_waiting();
      const auto at = format_utc(clock_());
      std::vector<std::int64_t> done;
      for (std::size_t i = 0; i < batch.size(); ++i) {
        const auto& job = batch[i];
        if (!errors[i]) {
          done.push_back(job.id);
          ++out.done;
        } else if (job.attempts < max_attempts_) {
          jobs.fail(job.id, *errors[i], format_utc(clock_() + retry_delay(job.attempts)), at);
          ++out.retrying;
        } else {
          jobs.fail(job.id, *errors[i], std::nullopt, at);
          ++out.failed;
        }
      }
      jobs.finish(done, at);
      return 0;
    });
  }
  return out;
}

}  // namespace cg::app
