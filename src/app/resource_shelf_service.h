// A partnership's use of the clearinghouse: its shelf of resources (members save, rate and write
// what they learned; everyone at the table reads it), the resources attached to its plan's
// activities, and resources suggested for an activity from its own words.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/resource_shelf.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/resource_repository.h"
#include "store/resource_shelf_repository.h"
#include "store/resource_topic_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct ShelfEntry {
  store::ShelfItem item;
  store::ResourceEntry resource;
  std::int64_t version() const { return item.version; }
};

struct ShelfPage {
  std::vector<ShelfEntry> entries;
  std::vector<store::ResourceTopic> topics;
  bool can_edit = false;  // save, review and remove
};

struct SavedEntry {
  ShelfEntry entry;
  bool created = false;
};

// The library resources of one activity (attached, or suggested), with the topics' names.
struct ActivityLibrary {
  std::vector<store::ResourceHit> resources;
  std::vector<store::ResourceTopic> topics;
  bool can_edit = false;  // attach and detach
};

inline constexpr int kSuggestionsMax = 5;

class ResourceShelfService {
 public:
  ResourceShelfService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<ShelfPage> shelf(std::int64_t partnership_id, const User& by);
  Result<ShelfEntry> entry(std::int64_t partnership_id, std::int64_t resource_id, const User& by);
  Result<SavedEntry> save(std::int64_t partnership_id, std::int64_t resource_id, const User& by, const Actor& actor);
  Result<ShelfEntry> review(std::int64_t partnership_id, std::int64_t resource_id, std::optional<std::int64_t> based_on,
                            ShelfReview review, const User& by, const Actor& actor);
  Result<Done> remove(std::int64_t partnership_id, std::int64_t resource_id, const User& by, const Actor& actor);

  Result<ActivityLibrary> attached(std::int64_t partnership_id, std::int64_t activity_id, const User& by);
  // Attaching also puts the resource on the partnership's shelf.
  Result<ActivityLibrary> attach(std::int64_t partnership_id, std::int64_t activity_id, std::int64_t resource_id,
                                 const User& by, const Actor& actor);
  Result<ActivityLibrary> detach(std::int64_t partnership_id, std::int64_t activity_id, std::int64_t resource_id,
                                 const User& by, const Actor& actor);
  // Up to kSuggestionsMax published resources the partnership may use, nearest to the activity's
  // title and description, leaving out those already attached.
  Result<ActivityLibrary> suggestions(std::int64_t partnership_id, std::int64_t activity_id, const User& by);

 private:
  store::Store& store_;
  Clock clock_;
};

}  // namespace cg::app
