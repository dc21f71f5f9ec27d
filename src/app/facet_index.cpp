#include "app/facet_index.h"

#include <algorithm>

namespace cg::app {

void FacetIndex::catch_up(store::ResourceRepository& repo, const store::LibraryMark& mark) {
  const bool grown = !mark_ || mark_->count != mark.count || !mark_->newest;
  if (grown) entries_.clear();
  // ">=" the last newest change: another change in the same millisecond is read again, not missed.
  for (auto& e : repo.facet_entries(grown ? std::nullopt : mark_->newest)) {
    entries_.insert_or_assign(e.id, Entry{e.partnership_id, e.published, std::move(e.row)});
  }
  mark_ = mark;
}

FacetTally FacetIndex::count(store::Connection& c, const SearchQuery& query, const FacetChoices& chosen,
                             const std::vector<std::int64_t>& partnerships) {
  store::ResourceRepository repo(c);
  // The mark first: whatever changes after it is read is seen next time.
  const auto mark = repo.library_mark();
  {
    std::unique_lock lock(mutex_);
    if (mark_ != mark) catch_up(repo, mark);
  }
  std::optional<std::vector<std::int64_t>> ids;
  if (!query.empty()) ids = repo.matching_ids(query);

  std::shared_lock lock(mutex_);
  const auto visible = [&](const Entry& e) {
    return e.published && (!e.partnership_id || std::find(partnerships.begin(), partnerships.end(),
                                                          *e.partnership_id) != partnerships.end());
  };
  std::vector<const FacetRow*> rows;
  if (ids) {
    rows.reserve(ids->size());
    for (auto id : *ids) {
      // A resource added after the mark is not here yet; the next count has it.
      if (auto found = entries_.find(id); found != entries_.end() && visible(found->second)) {
        rows.push_back(&found->second.row);
      }
    }
  } else {
    rows.reserve(entries_.size());
    for (const auto& [id, e] : entries_) {
      if (visible(e)) rows.push_back(&e.row);
    }
  }
  return tally_facets(rows, chosen);
}

}  // namespace cg::app
