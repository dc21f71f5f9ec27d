// The clearinghouse's use cases: search (anyone, signed in or not), a resource's page, sharing
// (members on behalf of a partnership; site admins directly), editing, moderation with a queue and
// notifications, and "more like this".
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "app/expiring_cache.h"
#include "app/facet_index.h"
#include "domain/resource.h"
#include "domain/result.h"
#include "domain/user.h"
#include "domain/resource_shelf.h"
#include "store/resource_repository.h"
#include "store/resource_shelf_repository.h"
#include "store/resource_topic_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

inline constexpr int kResourcePageMax = 50;
inline constexpr int kResourceResultsMax = 1000;  // page × size: past this, refine the search

// A search as typed: the words are parsed here, the facet keys checked.
struct ResourceQuery {
  std::string text;
  store::ResourceFilter filter;
  store::ResourceOrder order = store::ResourceOrder::relevance;
  int page = 1;
  int per_page = 20;
};

struct ResourceSearchResults {
  std::vector<store::ResourceHit> hits;  // this page
  FacetTally counts;                       // every match: the total and the facets
  std::vector<store::ResourceTopic> topics;  // every topic, for the facet's names
  int page = 1;
  int per_page = 20;
};

// A resource as one reader sees it, with what they may do to it.
struct ResourcePage {
  store::ResourceEntry resource;
  std::vector<store::ResourceTopic> topics;
  bool can_edit = false;
  bool can_moderate = false;
  Usefulness usefulness;                      // across the partnerships that rated it
  std::vector<store::SharedLesson> lessons;   // what partnerships learned, shared with every reader
  std::vector<std::int64_t> on_shelves_of;    // the reader's partnerships that keep it
  std::int64_t version() const { return resource.version; }
};

// A resource in a list (one's own, or waiting for a decision), with what the reader may do to it.
struct ResourceListing {
  store::ResourceEntry resource;
  bool can_edit = false;
  bool can_moderate = false;
};

struct ShareRequest {
  ResourceDescription fields;
  std::optional<std::int64_t> partnership_id;  // shared on behalf of; site admins may leave it out
  bool partnership_only = false;               // seen only by that partnership's members
};

struct ModerationDecision {
  ResourceStatus status = ResourceStatus::published;
  std::optional<std::string> reason;
};

class ResourceService {
 public:
  ResourceService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  Result<ResourceSearchResults> search(const ResourceQuery& query, const std::optional<User>& reader);
  Result<ResourcePage> get(std::int64_t id, const std::optional<User>& reader);
  // Up to `limit` published resources nearest in words and topics to this one.
  Result<std::vector<store::ResourceHit>> more_like(std::int64_t id, int limit, const std::optional<User>& reader);

  Result<ResourcePage> share(ShareRequest request, const User& by, const Actor& actor);
  Result<ResourcePage> update(std::int64_t id, std::optional<std::int64_t> based_on, ResourceDescription fields,
                              const User& by, const Actor& actor);
  Result<ResourcePage> moderate(std::int64_t id, std::optional<std::int64_t> based_on, ModerationDecision decision,
                                const User& by, const Actor& actor);
  // Waiting for this person's decision: public submissions for site admins, and those of the
  // partnerships they lead or coordinate.
  std::vector<ResourceListing> queue(const User& moderator);
  std::vector<ResourceListing> shared_by(const User& user);

  // After this instance changes the library (here or in another service): no search may answer
  // from before it.
  void forget_searches();

 private:

  store::Store& store_;
  Clock clock_;
  FacetIndex facets_;
  ExpiringCache<FacetTally> counts_{std::chrono::minutes(1), 2000};
  ExpiringCache<ResourceSearchResults> pages_{std::chrono::seconds(15), 2000};
};

}  // namespace cg::app
