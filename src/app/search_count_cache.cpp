#include "app/search_count_cache.h"

namespace cg::app {

std::optional<SearchCounts> SearchCountCache::find(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end()) return std::nullopt;
  if (now - found->second.stored_at >= ttl_) {
    entries_.erase(found);
    return std::nullopt;
  }
  return found->second.counts;
}

void SearchCountCache::store(const std::string& key, SearchCounts counts, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  // Full: start again rather than track ages; a minute's searches refill it.
  if (entries_.size() >= capacity_) entries_.clear();
  entries_[key] = {std::move(counts), now};
}

void SearchCountCache::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
}

}  // namespace cg::app
