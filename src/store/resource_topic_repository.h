// The clearinghouse's managed list of topics: a fixed key for each, a name people read, an order.
// Runs inside the caller's transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct ResourceTopic {
  std::string key;
  std::string label;
};

// The names of `keys`, in their order (keys not in `topics` are left out).
std::vector<std::string> labels_of(const std::vector<ResourceTopic>& topics, const std::vector<std::string>& keys);

class ResourceTopicRepository {
 public:
  explicit ResourceTopicRepository(Connection& connection) : c_(connection) {}

  // In their order.
  std::vector<ResourceTopic> list();
  // Throws UniqueViolation when the key or the label is taken.
  void add(const ResourceTopic& topic);
  // False when there is no such topic. Throws UniqueViolation when the label is taken.
  bool rename(const std::string& key, const std::string& label);

 private:
  Connection& c_;
};

}  // namespace cg::store
