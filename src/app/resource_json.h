// The clearinghouse as the API answers it (docs/resources-api.md): search results with snippets
// and facets, a resource's page, the moderation queue and the topic list.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <vector>

#include "app/resource_service.h"

namespace cg::app {

boost::json::object resource_search_json(const ResourceSearchResults& results);
boost::json::object resource_json(const ResourcePage& view);
// A resource as a search result shows it, without the snippet: title, type, topics, link...
boost::json::object resource_card_json(const store::ResourceEntry& r, const std::vector<store::ResourceTopic>& topics);
// Resources in a list (the queue, one's own), each in full, with the topics' names.
boost::json::array resource_list_json(const std::vector<ResourceListing>& listings,
                                      const std::vector<store::ResourceTopic>& topics);
boost::json::array resource_hits_json(const std::vector<store::ResourceHit>& hits,
                                      const std::vector<store::ResourceTopic>& topics);
boost::json::array resource_topics_json(const std::vector<store::ResourceTopic>& topics);

}  // namespace cg::app
