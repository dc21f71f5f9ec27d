// Recent searches' totals and facet counts, kept for a minute. Counting every match five ways
// costs far more than finding the first page (on 100,000 resources, tens of milliseconds against a
// few), and a library changes slowly, while people page through and refine the same search. This
// instance forgets everything when it changes a resource; changes made by another instance show
// in the counts within `ttl`. The results themselves are always read fresh.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "store/resource_repository.h"

namespace cg::app {

struct SearchCounts {
  int total = 0;
  std::map<std::string, std::vector<store::FacetCount>> facets;
};

class SearchCountCache {
 public:
  using Clock = std::chrono::steady_clock;
  explicit SearchCountCache(Clock::duration ttl = std::chrono::minutes(1), std::size_t capacity = 2000)
      : ttl_(ttl), capacity_(capacity) {}

  std::optional<SearchCounts> find(const std::string& key, Clock::time_point now);
  void store(const std::string& key, SearchCounts counts, Clock::time_point now);
  void clear();

 private:
  struct Entry {
    SearchCounts counts;
    Clock::time_point stored_at;
  };
  Clock::duration ttl_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace cg::app
