// Values kept for a fixed time under a text key, forgotten all at once when what they were made
// from changes. The clearinghouse keeps recent searches in two: totals and facet counts for a
// minute (counting every match five ways costs far more than finding a page, and people page
// through and refine the same search), and whole result pages for a few seconds (popular searches
// repeat; under load a search served from memory costs microseconds instead of milliseconds).
// This instance clears them when it changes the library; another instance's changes show once
// the entries expire.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace cg::app {

template <typename Value>
class ExpiringCache {
 public:
  using Clock = std::chrono::steady_clock;
  ExpiringCache(Clock::duration ttl, std::size_t capacity) : ttl_(ttl), capacity_(capacity) {}

  std::optional<Value> find(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto found = entries_.find(key);
    if (found == entries_.end()) return std::nullopt;
    if (now - found->second.stored_at >= ttl_) {
      entries_.erase(found);
      return std::nullopt;
    }
    return found->second.value;
  }

  void store(const std::string& key, Value value, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    // Full: start again rather than track ages; the next searches refill it.
    if (entries_.size() >= capacity_) entries_.clear();
    entries_.insert_or_assign(key, Entry{std::move(value), now});
  }

  void clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
  }

 private:
  struct Entry {
    Value value;
    Clock::time_point stored_at;
  };
  Clock::duration ttl_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace cg::app
