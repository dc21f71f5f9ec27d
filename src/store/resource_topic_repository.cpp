#include "store/resource_topic_repository.h"

namespace cg::store {

std::vector<ResourceTopic> ResourceTopicRepository::list() {
  std::vector<ResourceTopic> out;
  for (const auto& row : c_.query("SELECT key, label FROM resource_topics ORDER BY position, key")) {
    out.push_back({row.text(0), row.text(1)});
  }
  return out;
}

void ResourceTopicRepository::add(const ResourceTopic& topic) {
  c_.query("INSERT INTO resource_topics (key, label, position) "
           "SELECT $1, $2, COALESCE(MAX(position), 0) + 1 FROM resource_topics",
           {topic.key, topic.label});
}

bool ResourceTopicRepository::rename(const std::string& key, const std::string& label) {
  return !c_.query("UPDATE resource_topics SET label = $2 WHERE key = $1 RETURNING key", {key, label}).empty();
}

}  // namespace cg::store
