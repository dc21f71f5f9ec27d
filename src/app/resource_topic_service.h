// The clearinghouse's managed topic list: anyone reads it; site admins add topics and rename them
// (renaming re-indexes the resources filed under the topic, so search finds them by the new name).
#pragma once

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "app/resource_service.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/resource_topic_repository.h"

namespace cg::store {
class Store;
}

namespace cg::app {

class ResourceTopicService {
 public:
  ResourceTopicService(store::Store& store, Clock clock, ResourceService& resources)
      : store_(store), clock_(std::move(clock)), resources_(resources) {}

  std::vector<store::ResourceTopic> list();
  Result<std::vector<store::ResourceTopic>> add(store::ResourceTopic topic, const User& by, const Actor& actor);
  Result<std::vector<store::ResourceTopic>> rename(const std::string& key, std::string label, const User& by,
                                                   const Actor& actor);

 private:
  store::Store& store_;
  Clock clock_;
  ResourceService& resources_;  // its recent searches name topics
};

}  // namespace cg::app
