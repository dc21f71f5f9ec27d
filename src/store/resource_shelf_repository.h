// Partnership shelves of clearinghouse resources with their reviews, and the resources attached
// to plan activities.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/resource_shelf.h"
#include "store/connection.h"

namespace cg::store {

struct ActivityRef {
  std::int64_t id = 0;
  std::string title;
  bool archived = false;
};

struct ShelfItem {
  std::int64_t partnership_id = 0;
  std::int64_t resource_id = 0;
  std::optional<std::string> saved_by_name;
  std::string saved_at;
  ShelfReview review;
  std::optional<std::string> reviewed_by_name;
  std::optional<std::string> reviewed_at;
  std::int64_t version = 1;
  std::vector<ActivityRef> activities;  // the partnership's activities it is attached to, archived ones too
};

// A partnership's lessons, shared on the resource's page. A members-only partnership's name stays
// at its table (outsiders must not learn it exists): its lessons are shared without it.
struct SharedLesson {
  std::optional<std::int64_t> partnership_id;  // public partnerships only
  std::optional<std::string> partnership_name;
  std::optional<int> rating;
  std::string lessons;
  std::string reviewed_at;
};

class ResourceShelfRepository {
 public:
  explicit ResourceShelfRepository(Connection& connection) : c_(connection) {}

  // Newest first.
  std::vector<ShelfItem> items(std::int64_t partnership_id);
  std::optional<ShelfItem> find(std::int64_t partnership_id, std::int64_t resource_id);
  // False when it was already there.
  bool save(std::int64_t partnership_id, std::int64_t resource_id, std::int64_t by, const std::string& now);
  bool review(std::int64_t partnership_id, std::int64_t resource_id, std::int64_t expected_version,
              const ShelfReview& review, std::int64_t by, const std::string& now);
  bool remove(std::int64_t partnership_id, std::int64_t resource_id);

  // In the order they were attached.
  std::vector<std::int64_t> attached_to(std::int64_t activity_id);
  // False when it was already attached.
  bool attach(std::int64_t activity_id, std::int64_t resource_id, std::int64_t by, const std::string& now);
  bool detach(std::int64_t activity_id, std::int64_t resource_id);

  // Every partnership's rating of the resource.
  std::vector<int> ratings(std::int64_t resource_id);
  std::vector<SharedLesson> shared_lessons(std::int64_t resource_id);
  // Which of `partnerships` keep it on their shelf.
  std::vector<std::int64_t> shelved_in(std::int64_t resource_id, const std::vector<std::int64_t>& partnerships);

 private:
  std::vector<ActivityRef> activities_using(std::int64_t partnership_id, std::int64_t resource_id);
  Connection& c_;
};

}  // namespace cg::store
