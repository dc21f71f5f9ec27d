#include "app/resource_shelf_json.h"

#include "app/json_values.h"
#include "app/resource_json.h"

namespace cg::app {

namespace json = boost::json;

json::object shelf_entry_json(const ShelfEntry& entry, const std::vector<store::ResourceTopic>& topics) {
  const auto& item = entry.item;
  json::array activities;
  for (const auto& a : item.activities) {
    activities.push_back(json::object{{"id", a.id}, {"title", a.title}, {"archived", a.archived}});
  }
  return {{"resource", resource_card_json(entry.resource, topics)},
          {"saved_by", optional_json(item.saved_by_name)},
          {"saved_at", item.saved_at},
          {"rating", item.review.rating ? json::value(*item.review.rating) : json::value(nullptr)},
          {"lessons", optional_json(item.review.lessons)},
          {"lessons_public", item.review.lessons_public},
          {"reviewed_by", optional_json(item.reviewed_by_name)},
          {"reviewed_at", optional_json(item.reviewed_at)},
          {"activities", std::move(activities)},
          {"version", item.version}};
}

json::object shelf_json(const ShelfPage& page) {
  json::array items;
  for (const auto& entry : page.entries) items.push_back(shelf_entry_json(entry, page.topics));
  return {{"items", std::move(items)}, {"can_edit", page.can_edit}};
}

json::object activity_library_json(const ActivityLibrary& library) {
  return {{"items", resource_hits_json(library.resources, library.topics)}, {"can_edit", library.can_edit}};
}

}  // namespace cg::app
