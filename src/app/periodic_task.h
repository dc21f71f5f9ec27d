// Runs a job every `interval` on its own thread until destroyed (the first run after one
// interval). Used by `serve` for review reminders; stopping does not wait out the interval.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace cg::app {

class PeriodicTask {
 public:
  PeriodicTask(std::chrono::milliseconds interval, std::function<void()> job)
      : thread_([this, interval, job = std::move(job)](std::stop_token stop) {
          std::unique_lock lock(mutex_);
          while (!wake_.wait_for(lock, stop, interval, [&] { return stop.stop_requested(); })) {
            lock.unlock();
            job();
            lock.lock();
          }
        }) {}

  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;  // last: stopped and joined before the mutex goes
};

}  // namespace cg::app
