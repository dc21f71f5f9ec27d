#include "store/resource_topic_repository.h"

#include <algorithm>

namespace cg::store {

std::vector<std::string> labels_of(const std::vector<ResourceTopic>& topics, const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  for (const auto& key : keys) {
    const auto found = std::find_if(topics.begin(), topics.end(), [&](const auto& t) { return t.key == key; });
    if (found != topics.end()) out.push_back(found->label);
  }
  return out;
}

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
