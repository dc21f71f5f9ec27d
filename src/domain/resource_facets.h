// The search facets' counts, worked out in one pass over the resources that match a search's
// words (without its facet choices): each facet counts the resources that pass every *other*
// facet's choice, so choosing "toolkit" still shows how many publications there are. Counting
// here, rather than one database query per facet, reads the matches once instead of six times,
// and orders every facet the same way on both engines. Pure: no I/O.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/resource.h"

namespace cg {

// What a search has chosen in each facet (keys, as in the query string).
struct FacetChoices {
  std::optional<std::string> type, topic, evidence, year, publisher;
};

// One matching resource, as the facets see it.
struct FacetRow {
  std::string type, evidence, publisher;  // keys; publisher as written ("" for none)
  std::optional<int> year;
  std::vector<std::string> topics;  // keys
};

struct FacetCount {
  std::string key;
  int count = 0;
  bool operator==(const FacetCount&) const = default;
};

struct FacetTally {
  int total = 0;  // the rows that pass every choice
  // "type", "topic", "evidence", "year", "publisher": most first (ties by key), except years,
  // newest range first; only keys with a count; no "" publisher.
  std::map<std::string, std::vector<FacetCount>> facets;
};

bool in_year_range(const YearRange& range, std::optional<int> year);

// `rows`: the matching resources the reader may see (pointers, so a kept index is not copied).
FacetTally tally_facets(const std::vector<const FacetRow*>& rows, const FacetChoices& chosen);

}  // namespace cg
