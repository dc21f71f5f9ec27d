// Values kept for a fixed time under a text key, forgotten all at once when what they were made
// from changes. The clearinghouse keeps recent searches in two: totals and facet counts for a
// minute (counting every match five ways costs far more than finding a page, and people page
// through and refine the same search), and whole result pages for a few seconds (popular searches
// repeat; under load a search served from memory costs microseconds instead of milliseconds).
// This instance clears them when it changes the library; another instance's changes show once
// the entries expire. When an entry expires, the first caller to find it gets nothing and makes
// it again while later callers keep getting the old value (for up to another `ttl`), so a popular
// search is made once, not by every connection waiting on it at that moment. A value made from
// reads that began before a clear() is not stored: take generation() before reading, pass it to
// store().
#pragma once

#include <chrono>
#include <cstdint>
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
    auto& entry = found->second;
    const auto age = now - entry.stored_at;
    if (age < ttl_) return entry.value;
    if (age < 2 * ttl_) {
      if (entry.refreshing) return entry.value;
      entry.refreshing = true;  // this caller makes it again; the others keep the old one meanwhile
      return std::nullopt;
    }
    entries_.erase(found);
    return std::nullopt;
  }

  std::uint64_t generation() {
    std::lock_guard lock(mutex_);
    return generation_;
  }

  // Ignored when the cache was cleared since `made_in` (the value may be from before the change).
  void store(const std::string& key, Value value, Clock::time_point now, std::uint64_t made_in) {
    std::lock_guard lock(mutex_);
    if (made_in != generation_) return;
    // Full: start again rather than track ages; the next searches refill it.
    if (entries_.size() >= capacity_) entries_.clear();
    entries_.insert_or_assign(key, Entry{std::move(value), now, false});
  }

  void clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    ++generation_;
  }

 private:
  struct Entry {
    Value value;
    Clock::time_point stored_at;
    bool refreshing = false;  // someone found it expired and is making it again
  };
  Clock::duration ttl_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::uint64_t generation_ = 0;
};

}  // namespace cg::app
