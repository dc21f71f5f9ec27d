#include "store/calendar_feed_repository.h"

namespace cg::store {
namespace {

constexpr std::string_view kSelect =
    "SELECT f.id, f.user_id, f.partnership_id, p.name, f.created_at FROM calendar_feeds f LEFT JOIN partnerships p "
    "ON p.id = f.partnership_id ";

CalendarFeed feed_from(const Row& row) {
  return {row.integer(0), row.integer(1), row.optional_integer(2), row.optional_text(3), row.timestamp(4)};
}

}  // namespace

CalendarFeed CalendarFeedRepository::insert(std::int64_t user_id, std::optional<std::int64_t> partnership_id,
                                            const std::string& token_hash, const std::string& now) {
  const auto id = c_.query(
                        "INSERT INTO calendar_feeds (user_id, partnership_id, token_hash, created_at) VALUES ($1, $2, "
                        "$3, $4) RETURNING id",
                        {user_id, nullable(partnership_id), token_hash, now})
                      .at(0)
                      .integer(0);
  static const std::string sql = std::string(kSelect) + "WHERE f.id = $1";
  return feed_from(c_.query(sql, {id}).at(0));
}

std::vector<CalendarFeed> CalendarFeedRepository::list(std::int64_t user_id) {
  static const std::string sql =
      std::string(kSelect) + "WHERE f.user_id = $1 AND f.revoked_at IS NULL ORDER BY f.id DESC";
  std::vector<CalendarFeed> out;
  for (const auto& row : c_.query(sql, {user_id})) out.push_back(feed_from(row));
  return out;
}

std::optional<CalendarFeed> CalendarFeedRepository::find_live(const std::string& token_hash) {
  static const std::string sql = std::string(kSelect) + "WHERE f.token_hash = $1 AND f.revoked_at IS NULL";
  auto rows = c_.query(sql, {token_hash});
  if (rows.empty()) return std::nullopt;
  return feed_from(rows.front());
}

bool CalendarFeedRepository::revoke(std::int64_t user_id, std::int64_t id, const std::string& now) {
  return !c_.query(
                "UPDATE calendar_feeds SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL "
                "RETURNING id",
                {id, user_id, now})
              .empty();
}

}  // namespace cg::store
