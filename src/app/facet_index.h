// Every resource as the search facets see it (type, rating, year, publisher, topics, and where
// it may be seen), kept in memory so a fresh search counts its facets without reading its
// matches from the database: only their ids. On 100,000 resources reading every match's facets
// cost hundreds of milliseconds for a common word; counting from memory costs a few.
//
// Before each count it asks the database for the library's mark (its newest change and its size:
// one indexed step and a count). A changed size reloads everything (resources are added, never
// deleted); a newer change reloads only the resources changed since, so changes made through any
// instance are counted at once. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "domain/resource_facets.h"
#include "domain/search_query.h"
#include "store/resource_repository.h"

namespace cg::app {

class FacetIndex {
 public:
  // The total and each facet's counts for a search's words (empty: every resource) and choices,
  // among the published resources that are public or belong to one of `partnerships`.
  FacetTally count(store::Connection& c, const SearchQuery& query, const FacetChoices& chosen,
                   const std::vector<std::int64_t>& partnerships);

 private:
  struct Entry {
    std::optional<std::int64_t> partnership_id;
    bool published = false;
    FacetRow row;
  };

  // Brings the entries up to `mark`; the caller holds the lock exclusively.
  void catch_up(store::ResourceRepository& repo, const store::LibraryMark& mark);

  std::shared_mutex mutex_;
  std::unordered_map<std::int64_t, Entry> entries_;
  std::optional<store::LibraryMark> mark_;
};

}  // namespace cg::app
