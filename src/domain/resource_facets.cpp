#include "domain/resource_facets.h"

#include <algorithm>
#include <array>

namespace cg {
namespace {

enum Facet { type_facet, topic_facet, evidence_facet, year_facet, publisher_facet, facet_count };
constexpr std::array<const char*, facet_count> kNames = {"type", "topic", "evidence", "year", "publisher"};

std::string_view year_key(std::optional<int> year) {
  for (const auto& range : all_year_ranges()) {
    if (in_year_range(range, year)) return range.key;
  }
  return {};
}

// Most first, ties by key.
std::vector<FacetCount> by_count(const std::map<std::string, int>& counts) {
  std::vector<FacetCount> out;
  for (const auto& [key, count] : counts) out.push_back({key, count});
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
  return out;
}

// In the order of the ranges: newest first, undated last.
std::vector<FacetCount> by_date(const std::map<std::string, int>& counts) {
  std::vector<FacetCount> out;
  for (const auto& range : all_year_ranges()) {
    if (auto found = counts.find(std::string(range.key)); found != counts.end()) out.push_back({found->first, found->second});
  }
  return out;
}

}  // namespace

bool in_year_range(const YearRange& range, std::optional<int> year) {
  if (range.undated) return !year;
  if (!year) return false;
  return (!range.from || *year >= *range.from) && (!range.to || *year <= *range.to);
}

FacetTally tally_facets(const std::vector<const FacetRow*>& rows, const FacetChoices& chosen) {
  const YearRange* chosen_years = chosen.year ? year_range_from_key(*chosen.year) : nullptr;
  std::array<std::map<std::string, int>, facet_count> counts;
  FacetTally out;
  for (const auto* each : rows) {
    const auto& row = *each;
    const std::array<bool, facet_count> passes = {
        !chosen.type || row.type == *chosen.type,
        !chosen.topic || std::find(row.topics.begin(), row.topics.end(), *chosen.topic) != row.topics.end(),
        !chosen.evidence || row.evidence == *chosen.evidence,
        !chosen_years || in_year_range(*chosen_years, row.year),
        !chosen.publisher || row.publisher == *chosen.publisher,
    };
    const auto failed = static_cast<int>(std::count(passes.begin(), passes.end(), false));
    if (failed == 0) ++out.total;
    if (failed > 1) continue;  // fails two choices: no facet counts it
    // A facet counts the row when every other facet's choice passes (its own may fail).
    const auto counts_for = [&](Facet facet) { return failed == 0 || !passes[facet]; };
    if (counts_for(type_facet)) ++counts[type_facet][row.type];
    if (counts_for(evidence_facet)) ++counts[evidence_facet][row.evidence];
    if (counts_for(year_facet)) ++counts[year_facet][std::string(year_key(row.year))];
    if (counts_for(publisher_facet) && !row.publisher.empty()) ++counts[publisher_facet][row.publisher];
    if (counts_for(topic_facet)) {
      for (const auto& topic : row.topics) ++counts[topic_facet][topic];
    }
  }
  for (int f = 0; f < facet_count; ++f) {
    out.facets[kNames[f]] = f == year_facet ? by_date(counts[f]) : by_count(counts[f]);
  }
  return out;
}

}  // namespace cg
