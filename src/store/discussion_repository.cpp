#include "store/discussion_repository.h"

#include "store/sql_text.h"

namespace cg::store {
namespace {

// A report is open while what it points at is still shown.
constexpr std::string_view kItemColumns =
    "i.id, i.partnership_id, i.kind, i.title, i.body, i.anonymous, i.author_membership_id, i.status, i.status_reason, "
    "i.activity_id, i.hidden_at, i.hidden_by, i.version, i.created_at, i.updated_at, "
    "(SELECT COUNT(*) FROM discussion_supports s WHERE s.item_id = i.id), "
    "(SELECT COUNT(*) FROM discussion_comments k WHERE k.item_id = i.id AND k.hidden_at IS NULL), "
    "(SELECT COUNT(*) FROM discussion_reports r WHERE r.item_id = i.id AND r.comment_id IS NULL AND i.hidden_at IS NULL), "
    "(SELECT COUNT(*) FROM discussion_supports s WHERE s.item_id = i.id AND s.membership_id = $2)";

DiscussionItemRecord item_from(const Row& row) {
  DiscussionItemRecord r;
  r.id = row.integer(0);
  r.partnership_id = row.integer(1);
  r.fields.kind = known(discussion_kind_from_key(row.text(2)), row.text(2));
  r.fields.title = row.text(3);
  r.fields.body = row.text(4);
  r.fields.anonymous = row.integer(5) != 0;
  r.author = row.optional_integer(6);
  r.status = known(discussion_status_from_key(row.text(7)), row.text(7));
  r.status_reason = row.optional_text(8);
  r.activity_id = row.optional_integer(9);
  r.hidden_at = row.optional_timestamp(10);
  r.hidden_by = row.optional_integer(11);
  r.version = row.integer(12);
  r.created_at = row.timestamp(13);
  r.updated_at = row.timestamp(14);
  r.supports = static_cast<int>(row.integer(15));
  r.comments = static_cast<int>(row.integer(16));
  r.open_reports = static_cast<int>(row.integer(17));
  r.supported_by_me = row.integer(18) > 0;
  return r;
}

constexpr std::string_view kCommentColumns =
    "k.id, k.item_id, k.membership_id, k.body, k.hidden_at, k.hidden_by, k.created_at, "
    "(SELECT COUNT(*) FROM discussion_reports r WHERE r.comment_id = k.id AND k.hidden_at IS NULL)";

DiscussionComment comment_from(const Row& row) {
  return {row.integer(0),           row.integer(1),         row.integer(2),
          row.text(3),              row.optional_timestamp(4), row.optional_integer(5),
          row.timestamp(6),         static_cast<int>(row.integer(7))};
}

SqlParam seat(std::optional<std::int64_t> me) { return me ? SqlParam(*me) : SqlParam(std::int64_t{0}); }

}  // namespace

void DiscussionRepository::insert(std::int64_t id, std::int64_t partnership_id, const DiscussionFields& f,
                                  std::optional<std::int64_t> author, const std::string& created_at) {
  c_.query("INSERT INTO discussion_items (id, partnership_id, kind, title, body, author_membership_id, anonymous, status, "
           "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $8)",
           {id, partnership_id, std::string(to_key(f.kind)), f.title, f.body, nullable(author),
            std::int64_t{f.anonymous ? 1 : 0}, created_at});
}

std::optional<DiscussionItemRecord> DiscussionRepository::find(std::int64_t partnership_id, std::int64_t id,
                                                               std::optional<std::int64_t> me) {
  static const std::string sql =
      cat({"SELECT ", kItemColumns, " FROM discussion_items i WHERE i.id = $1 AND i.partnership_id = $3"});
  auto rows = c_.query(sql, {id, seat(me), partnership_id});
  if (rows.empty()) return std::nullopt;
  return item_from(rows.front());
}

std::vector<DiscussionItemRecord> DiscussionRepository::list(std::int64_t partnership_id, bool with_anonymous,
                                                             std::optional<std::int64_t> me) {
  static const std::string sql = cat({"SELECT ", kItemColumns,
                                      " FROM discussion_items i WHERE i.partnership_id = $1 AND (i.anonymous = 0 OR $3 = 1) "
                                      "ORDER BY i.created_at DESC, i.id DESC"});
  std::vector<DiscussionItemRecord> out;
  for (const auto& row : c_.query(sql, {partnership_id, seat(me), std::int64_t{with_anonymous ? 1 : 0}})) {
    out.push_back(item_from(row));
  }
  return out;
}

bool DiscussionRepository::set_status(std::int64_t id, std::int64_t expected_version, DiscussionStatus status,
                                      const std::optional<std::string>& reason, const std::string& now) {
  return !c_.query("UPDATE discussion_items SET status = $3, status_reason = $4, updated_at = $5, version = version + 1 "
                   "WHERE id = $1 AND version = $2 RETURNING id",
                   {id, expected_version, std::string(to_key(status)), nullable(reason), now})
              .empty();
}

void DiscussionRepository::link_activity(std::int64_t id, std::int64_t activity_id) {
  c_.query("UPDATE discussion_items SET activity_id = $2 WHERE id = $1", {id, activity_id});
}

void DiscussionRepository::hide_item(std::int64_t id, std::optional<std::int64_t> by, const std::string& now) {
  c_.query("UPDATE discussion_items SET hidden_at = $2, hidden_by = $3, version = version + 1 WHERE id = $1",
           {id, now, nullable(by)});
}

std::vector<DiscussionComment> DiscussionRepository::comments(std::int64_t item_id) {
  static const std::string sql =
      cat({"SELECT ", kCommentColumns, " FROM discussion_comments k WHERE k.item_id = $1 ORDER BY k.id"});
  std::vector<DiscussionComment> out;
  for (const auto& row : c_.query(sql, {item_id})) out.push_back(comment_from(row));
  return out;
}

std::optional<DiscussionComment> DiscussionRepository::find_comment(std::int64_t item_id, std::int64_t id) {
  static const std::string sql =
      cat({"SELECT ", kCommentColumns, " FROM discussion_comments k WHERE k.item_id = $1 AND k.id = $2"});
  auto rows = c_.query(sql, {item_id, id});
  if (rows.empty()) return std::nullopt;
  return comment_from(rows.front());
}

DiscussionComment DiscussionRepository::add_comment(std::int64_t item_id, std::int64_t membership_id,
                                                    const std::string& body, const std::string& now) {
  const auto id = c_.query("INSERT INTO discussion_comments (item_id, membership_id, body, created_at) "
                           "VALUES ($1, $2, $3, $4) RETURNING id",
                           {item_id, membership_id, body, now})
                      .at(0)
                      .integer(0);
  return *find_comment(item_id, id);
}

void DiscussionRepository::hide_comment(std::int64_t id, std::optional<std::int64_t> by, const std::string& now) {
  c_.query("UPDATE discussion_comments SET hidden_at = $2, hidden_by = $3 WHERE id = $1", {id, now, nullable(by)});
}

void DiscussionRepository::support(std::int64_t item_id, std::int64_t membership_id, const std::string& now) {
  c_.query("INSERT INTO discussion_supports (item_id, membership_id, created_at) VALUES ($1, $2, $3) "
           "ON CONFLICT (item_id, membership_id) DO NOTHING",
           {item_id, membership_id, now});
}

void DiscussionRepository::withdraw_support(std::int64_t item_id, std::int64_t membership_id) {
  c_.query("DELETE FROM discussion_supports WHERE item_id = $1 AND membership_id = $2", {item_id, membership_id});
}

bool DiscussionRepository::report(std::int64_t partnership_id, std::int64_t item_id,
                                  std::optional<std::int64_t> comment_id, std::int64_t membership_id,
                                  ReportReason reason, const std::string& now) {
  const auto target = comment_id ? "comment-" + std::to_string(*comment_id) : "item-" + std::to_string(item_id);
  return !c_.query("INSERT INTO discussion_reports (partnership_id, item_id, comment_id, target_key, membership_id, "
                   "reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                   "ON CONFLICT (target_key, membership_id) DO NOTHING RETURNING id",
                   {partnership_id, item_id, nullable(comment_id), target, membership_id,
                    std::string(to_key(reason)), now})
              .empty();
}

std::vector<DiscussionContribution> DiscussionRepository::contributions(std::int64_t partnership_id) {
  std::vector<DiscussionContribution> out;
  for (const auto& row :
       c_.query("SELECT author_membership_id, created_at, 0 FROM discussion_items WHERE partnership_id = $1 AND "
                "author_membership_id IS NOT NULL UNION ALL "
                "SELECT k.membership_id, k.created_at, 1 FROM discussion_comments k JOIN discussion_items i ON "
                "i.id = k.item_id WHERE i.partnership_id = $1",
                {partnership_id})) {
    out.push_back({row.integer(0), row.timestamp(1), row.integer(2) == 1});
  }
  return out;
}

}  // namespace cg::store
