#include "store/resource_shelf_repository.h"

#include <map>

#include "store/sql_text.h"

namespace cg::store {
namespace {

constexpr std::string_view kItemColumns =
    "s.partnership_id, s.resource_id, saver.display_name, s.saved_at, s.rating, s.lessons, s.lessons_public, "
    "reviewer.display_name, s.reviewed_at, s.version";
constexpr std::string_view kItemFrom =
    " FROM resource_shelf_items s LEFT JOIN users saver ON saver.id = s.saved_by "
    "LEFT JOIN users reviewer ON reviewer.id = s.reviewed_by";

ShelfItem item_from(const Row& row) {
  ShelfItem out;
  out.partnership_id = row.integer(0);
  out.resource_id = row.integer(1);
  out.saved_by_name = row.optional_text(2);
  out.saved_at = row.timestamp(3);
  if (auto rating = row.optional_integer(4)) out.review.rating = static_cast<int>(*rating);
  out.review.lessons = row.optional_text(5);
  out.review.lessons_public = row.integer(6) != 0;
  out.reviewed_by_name = row.optional_text(7);
  out.reviewed_at = row.optional_timestamp(8);
  out.version = row.integer(9);
  return out;
}

}  // namespace

std::vector<ShelfItem> ResourceShelfRepository::items(std::int64_t partnership_id) {
  static const std::string sql =
      cat({"SELECT ", kItemColumns, kItemFrom, " WHERE s.partnership_id = $1 ORDER BY s.saved_at DESC, s.resource_id DESC"});
  std::vector<ShelfItem> out;
  for (const auto& row : c_.query(sql, {partnership_id})) out.push_back(item_from(row));
  // Each item's activities, in one query for the whole shelf.
  const auto sql_links =
      "SELECT l.resource_id, a.id, a.title, a.archived_at FROM plan_activity_library_links l JOIN plan_activities a "
      "ON a.id = l.activity_id WHERE a.partnership_id = $1 ORDER BY a.position, a.id";
  std::map<std::int64_t, ShelfItem*> by_resource;
  for (auto& item : out) by_resource[item.resource_id] = &item;
  for (const auto& row : c_.query(sql_links, {partnership_id})) {
    if (auto found = by_resource.find(row.integer(0)); found != by_resource.end()) {
      found->second->activities.push_back({row.integer(1), row.text(2), !row.is_null(3)});
    }
  }
  return out;
}

std::optional<ShelfItem> ResourceShelfRepository::find(std::int64_t partnership_id, std::int64_t resource_id) {
  static const std::string sql =
      cat({"SELECT ", kItemColumns, kItemFrom, " WHERE s.partnership_id = $1 AND s.resource_id = $2"});
  auto rows = c_.query(sql, {partnership_id, resource_id});
  if (rows.empty()) return std::nullopt;
  auto item = item_from(rows.front());
  item.activities = activities_using(partnership_id, resource_id);
  return item;
}

bool ResourceShelfRepository::save(std::int64_t partnership_id, std::int64_t resource_id, std::int64_t by,
                                   const std::string& now) {
  return !c_.query("INSERT INTO resource_shelf_items (partnership_id, resource_id, saved_by, saved_at) "
                   "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING resource_id",
                   {partnership_id, resource_id, by, now})
              .empty();
}

bool ResourceShelfRepository::review(std::int64_t partnership_id, std::int64_t resource_id,
                                     std::int64_t expected_version, const ShelfReview& review, std::int64_t by,
                                     const std::string& now) {
  const SqlParam rating = review.rating ? SqlParam(std::int64_t{*review.rating}) : SqlParam(nullptr);
  return !c_.query("UPDATE resource_shelf_items SET rating = $4, lessons = $5, lessons_public = $6, reviewed_by = $7, "
                   "reviewed_at = $8, version = version + 1 WHERE partnership_id = $1 AND resource_id = $2 "
                   "AND version = $3 RETURNING resource_id",
                   {partnership_id, resource_id, expected_version, rating, nullable(review.lessons),
                    std::int64_t{review.lessons_public ? 1 : 0}, by, now})
              .empty();
}

bool ResourceShelfRepository::remove(std::int64_t partnership_id, std::int64_t resource_id) {
  return !c_.query("DELETE FROM resource_shelf_items WHERE partnership_id = $1 AND resource_id = $2 RETURNING resource_id",
                   {partnership_id, resource_id})
              .empty();
}

std::vector<std::int64_t> ResourceShelfRepository::attached_to(std::int64_t activity_id) {
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query("SELECT resource_id FROM plan_activity_library_links WHERE activity_id = $1 "
                                  "ORDER BY attached_at, resource_id",
                                  {activity_id})) {
    out.push_back(row.integer(0));
  }
  return out;
}

bool ResourceShelfRepository::attach(std::int64_t activity_id, std::int64_t resource_id, std::int64_t by,
                                     const std::string& now) {
  return !c_.query("INSERT INTO plan_activity_library_links (activity_id, resource_id, attached_by, attached_at) "
                   "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING resource_id",
                   {activity_id, resource_id, by, now})
              .empty();
}

bool ResourceShelfRepository::detach(std::int64_t activity_id, std::int64_t resource_id) {
  return !c_.query("DELETE FROM plan_activity_library_links WHERE activity_id = $1 AND resource_id = $2 "
                   "RETURNING resource_id",
                   {activity_id, resource_id})
              .empty();
}

std::vector<int> ResourceShelfRepository::ratings(std::int64_t resource_id) {
  std::vector<int> out;
  for (const auto& row : c_.query("SELECT rating FROM resource_shelf_items WHERE resource_id = $1 AND rating IS NOT NULL",
                                  {resource_id})) {
    out.push_back(static_cast<int>(row.integer(0)));
  }
  return out;
}

std::vector<SharedLesson> ResourceShelfRepository::shared_lessons(std::int64_t resource_id) {
  std::vector<SharedLesson> out;
  for (const auto& row : c_.query("SELECT p.name, s.rating, s.lessons, s.reviewed_at, p.id, p.visibility FROM resource_shelf_items s "
                                  "JOIN partnerships p ON p.id = s.partnership_id WHERE s.resource_id = $1 "
                                  "AND s.lessons_public = 1 AND s.lessons IS NOT NULL ORDER BY s.reviewed_at DESC",
                                  {resource_id})) {
    SharedLesson lesson{std::nullopt, std::nullopt, std::nullopt, row.text(2), row.timestamp(3)};
    if (row.text(5) == "public") {
      lesson.partnership_id = row.integer(4);
      lesson.partnership_name = row.text(0);
    }
    if (auto rating = row.optional_integer(1)) lesson.rating = static_cast<int>(*rating);
    out.push_back(std::move(lesson));
  }
  return out;
}

std::vector<std::int64_t> ResourceShelfRepository::shelved_in(std::int64_t resource_id,
                                                              const std::vector<std::int64_t>& partnerships) {
  if (partnerships.empty()) return {};
  std::vector<SqlParam> params{resource_id};
  params.insert(params.end(), partnerships.begin(), partnerships.end());
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query("SELECT partnership_id FROM resource_shelf_items WHERE resource_id = $1 AND "
                                  "partnership_id IN (" + placeholders(2, partnerships.size()) +
                                      ") ORDER BY partnership_id",
                                  params)) {
    out.push_back(row.integer(0));
  }
  return out;
}

std::vector<ActivityRef> ResourceShelfRepository::activities_using(std::int64_t partnership_id,
                                                                   std::int64_t resource_id) {
  std::vector<ActivityRef> out;
  for (const auto& row : c_.query("SELECT a.id, a.title, a.archived_at FROM plan_activity_library_links l JOIN "
                                  "plan_activities a ON a.id = l.activity_id WHERE a.partnership_id = $1 AND "
                                  "l.resource_id = $2 ORDER BY a.position, a.id",
                                  {partnership_id, resource_id})) {
    out.push_back({row.integer(0), row.text(1), !row.is_null(2)});
  }
  return out;
}

}  // namespace cg::store
