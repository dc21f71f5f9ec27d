#include "store/resource_repository.h"

#include "domain/text_rules.h"
#include "store/json_list.h"
#include "store/search_syntax.h"
#include "store/sql_text.h"
#include "store/where_clause.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns =
    "r.id, r.title, r.kind, r.summary, r.link, r.publisher, r.authors, r.audience, r.year, r.evidence, "
    "r.partnership_id, r.shared_by, u.display_name, r.status, r.rejection_reason, r.moderated_by, r.moderated_at, "
    "r.version, r.created_at, r.updated_at, r.shared_from, p.name";
constexpr std::string_view kSharer =
    " LEFT JOIN users u ON u.id = r.shared_by LEFT JOIN partnerships p ON p.id = r.shared_from";

ResourceEntry record_from(const Row& row) {
  ResourceEntry r;
  r.id = row.integer(0);
  r.fields.title = row.text(1);
  r.fields.type = known(resource_type_from_key(row.text(2)), row.text(2));
  r.fields.summary = row.text(3);
  r.fields.link = row.optional_text(4);
  r.fields.publisher = row.text(5);
  r.fields.authors = from_json_list(row.text(6));
  r.fields.audience = from_json_list(row.text(7));
  if (auto year = row.optional_integer(8)) r.fields.year = static_cast<int>(*year);
  r.fields.evidence = known(evidence_rating_from_key(row.text(9)), row.text(9));
  r.partnership_id = row.optional_integer(10);
  r.shared_by = row.optional_integer(11);
  r.shared_by_name = row.optional_text(12);
  r.status = known(resource_status_from_key(row.text(13)), row.text(13));
  r.rejection_reason = row.optional_text(14);
  r.moderated_by = row.optional_integer(15);
  r.moderated_at = row.optional_timestamp(16);
  r.version = row.integer(17);
  r.created_at = row.timestamp(18);
  r.updated_at = row.timestamp(19);
  r.shared_from = row.optional_integer(20);
  r.shared_from_name = row.optional_text(21);
  return r;
}

std::vector<SqlParam> written(const ResourceWrite& w) {
  const auto& f = w.fields;
  return {f.title,
          std::string(to_key(f.type)),
          f.summary,
          w.summary_text,
          nullable(f.link),
          f.link ? SqlParam(link_key(*f.link)) : SqlParam(nullptr),
          f.publisher,
          to_json_list(f.authors),
          to_json_list(f.audience),
          f.year ? SqlParam(std::int64_t{*f.year}) : SqlParam(nullptr),
          std::string(to_key(f.evidence)),
          w.catalog_text};
}

void write_topics(Connection& c, std::int64_t id, const std::vector<std::string>& topics) {
  c.query("DELETE FROM resource_topic_links WHERE resource_id = $1", {id});
  for (const auto& topic : topics) {
    c.query("INSERT INTO resource_topic_links (resource_id, topic_key) VALUES ($1, $2)", {id, topic});
  }
}

// Without words to match, a result shows its summary's opening, this long.
constexpr std::size_t kOpeningChars = 240;

// How one engine finds, ranks and quotes a page. It reads from `ranked_from`, where `match` (its
// text as ?1, for WhereClause) keeps the matching rows, in `rank` order, smaller first; `snippets`
// quotes the page's rows afterwards (`$1` the text, the ids from $2), so passages are cut for
// twenty rows, not for every match.
struct EngineSearch {
  std::string ranked_from, match, rank, snippets;
};

EngineSearch engine_search(Engine engine, bool has_words) {
  if (!has_words) {
    return {"FROM resources r", "?1 = ''", "0",
            "SELECT id, substr(summary_text, 1, " + std::to_string(kOpeningChars + 1) +
                ") FROM resources WHERE $1 = '' AND id IN "};
  }
  const auto marks = "'" + std::string(kMatchStart) + "', '" + std::string(kMatchEnd) + "'";
  if (engine == Engine::sqlite) {
    // The index leads: asked row by row (rowid = ?) it would search once per resource. Title counts
    // most, then publisher, authors and topics, then the summary.
    return {"FROM (SELECT rowid AS hit_id, bm25(resources_fts, 10.0, 4.0, 1.0) AS hit_rank FROM resources_fts "
            "WHERE resources_fts MATCH $1) h JOIN resources r ON r.id = h.hit_id",
            "?1 IS NOT NULL", "h.hit_rank",
            "SELECT rowid, snippet(resources_fts, 2, " + marks +
                ", '…', 28) FROM resources_fts WHERE resources_fts MATCH $1 AND rowid IN "};
  }
  // ts_rank normalisation 1 divides by the log of the length, much as bm25 weighs long texts down.
  return {"FROM resources r", "r.search @@ to_tsquery('english', ?1)",
          "-ts_rank(r.search, to_tsquery('english', $1), 1)",
          "SELECT id, ts_headline('english', summary_text, to_tsquery('english', $1), 'StartSel=" +
              std::string(kMatchStart) + ", StopSel=" + std::string(kMatchEnd) +
              ", MaxWords=35, MinWords=15, MaxFragments=1') FROM resources WHERE id IN "};
}

// The conditions of a search; the match text is always $1.
WhereClause conditions(const ResourceSearch& s, std::string_view match_condition, const std::string& match) {
  WhereClause where;
  where.add(match_condition, {match});
  if (s.partnerships.empty()) {
    where.add("r.status = 'published' AND r.partnership_id IS NULL", {});
  } else {
    where.add("r.status = 'published' AND (r.partnership_id IS NULL OR r.partnership_id IN (" +
                  markers(s.partnerships.size()) + "))",
              std::vector<SqlParam>(s.partnerships.begin(), s.partnerships.end()));
  }
  if (!s.leave_out.empty()) {
    where.add("r.id NOT IN (" + markers(s.leave_out.size()) + ")",
              std::vector<SqlParam>(s.leave_out.begin(), s.leave_out.end()));
  }
  const auto& f = s.filter;
  if (f.type) where.add("r.kind = ?1", {*f.type});
  if (f.evidence) where.add("r.evidence = ?1", {*f.evidence});
  if (f.publisher) where.add("r.publisher = ?1", {*f.publisher});
  if (f.topic) {
    where.add("EXISTS (SELECT 1 FROM resource_topic_links l WHERE l.resource_id = r.id AND l.topic_key = ?1)",
              {*f.topic});
  }
  if (f.year) {
    if (const auto* range = year_range_from_key(*f.year)) {
      if (range->undated) where.add("r.year IS NULL", {});
      if (range->from) where.add("r.year >= ?1", {std::int64_t{*range->from}});
      if (range->to) where.add("r.year <= ?1", {std::int64_t{*range->to}});
    }
  }
  return where;
}

}  // namespace

std::int64_t ResourceRepository::insert(const ResourceWrite& resource, const Origin& origin, ResourceStatus status,
                                        const std::string& now) {
  auto params = written(resource);
  params.insert(params.end(), {nullable(origin.partnership_id), nullable(origin.shared_by),
                               nullable(origin.shared_from), std::string(to_key(status)), now});
  const auto id = c_.query("INSERT INTO resources (title, kind, summary, summary_text, link, link_key, publisher, "
                           "authors, audience, year, evidence, catalog_text, partnership_id, shared_by, shared_from, "
                           "status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                           "$13, $14, $15, $16, $17, $17) RETURNING id",
                           params)
                      .front()
                      .integer(0);
  write_topics(c_, id, resource.fields.topics);
  return id;
}

std::optional<ResourceEntry> ResourceRepository::find(std::int64_t id) {
  static const std::string sql = cat({"SELECT ", kColumns, " FROM resources r", kSharer, " WHERE r.id = $1"});
  auto rows = c_.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return with_topics({record_from(rows.front())}).front();
}

std::vector<ResourceEntry> ResourceRepository::find_many(const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return {};
  std::map<std::int64_t, ResourceEntry> found;
  const auto sql = cat({"SELECT ", kColumns, " FROM resources r", kSharer, " WHERE r.id IN (", placeholders(1, ids.size()),
                        ")"});
  for (const auto& row : c_.query(sql, std::vector<SqlParam>(ids.begin(), ids.end()))) {
    auto r = record_from(row);
    found.emplace(r.id, std::move(r));
  }
  std::vector<ResourceEntry> out;
  for (auto id : ids) {
    if (auto hit = found.find(id); hit != found.end()) out.push_back(std::move(hit->second));
  }
  return with_topics(std::move(out));
}

std::optional<std::int64_t> ResourceRepository::find_by_link(const std::string& key,
                                                             std::optional<std::int64_t> partnership_id) {
  auto rows = c_.query("SELECT id FROM resources WHERE link_key = $1 AND COALESCE(partnership_id, 0) = $2 "
                       "AND status <> 'rejected'",
                       {key, partnership_id.value_or(0)});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

bool ResourceRepository::update(std::int64_t id, std::int64_t expected_version, const ResourceWrite& resource,
                                const std::string& now) {
  auto params = written(resource);
  params.insert(params.end(), {id, expected_version, now});
  const bool updated =
      !c_.query("UPDATE resources SET title = $1, kind = $2, summary = $3, summary_text = $4, link = $5, link_key = $6, "
                "publisher = $7, authors = $8, audience = $9, year = $10, evidence = $11, catalog_text = $12, "
                "updated_at = $15, version = version + 1 WHERE id = $13 AND version = $14 RETURNING id",
                params)
           .empty();
  if (updated) write_topics(c_, id, resource.fields.topics);
  return updated;
}

void ResourceRepository::resubmit(std::int64_t id) {
  c_.query("UPDATE resources SET status = 'submitted', rejection_reason = NULL WHERE id = $1", {id});
}

std::vector<std::int64_t> ResourceRepository::filed_under(const std::string& topic_key) {
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query("SELECT resource_id FROM resource_topic_links WHERE topic_key = $1 ORDER BY resource_id",
                                  {topic_key})) {
    out.push_back(row.integer(0));
  }
  return out;
}

void ResourceRepository::set_catalog_text(std::int64_t id, const std::string& text) {
  c_.query("UPDATE resources SET catalog_text = $2 WHERE id = $1", {id, text});
}

bool ResourceRepository::moderate(std::int64_t id, std::int64_t expected_version, ResourceStatus status,
                                  const std::optional<std::string>& reason, std::int64_t by, const std::string& now) {
  return !c_.query("UPDATE resources SET status = $3, rejection_reason = $4, moderated_by = $5, moderated_at = $6, "
                   "updated_at = $6, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id",
                   {id, expected_version, std::string(to_key(status)), nullable(reason), by, now})
              .empty();
}

std::vector<ResourceEntry> ResourceRepository::queue(bool public_ones, const std::vector<std::int64_t>& partnerships) {
  std::vector<SqlParam> params{std::int64_t{public_ones ? 1 : 0}};
  std::string sql = cat({"SELECT ", kColumns, " FROM resources r", kSharer,
                         " WHERE r.status = 'submitted' AND ((r.partnership_id IS NULL AND $1 = 1)"});
  if (!partnerships.empty()) {
    sql += " OR r.partnership_id IN (" + placeholders(2, partnerships.size()) + ")";
    params.insert(params.end(), partnerships.begin(), partnerships.end());
  }
  sql += ") ORDER BY r.created_at, r.id";
  std::vector<ResourceEntry> out;
  for (const auto& row : c_.query(sql, params)) out.push_back(record_from(row));
  return with_topics(std::move(out));
}

std::vector<ResourceEntry> ResourceRepository::shared_by(std::int64_t user_id) {
  static const std::string sql =
      cat({"SELECT ", kColumns, " FROM resources r", kSharer, " WHERE r.shared_by = $1 ORDER BY r.created_at DESC, r.id DESC"});
  std::vector<ResourceEntry> out;
  for (const auto& row : c_.query(sql, {user_id})) out.push_back(record_from(row));
  return with_topics(std::move(out));
}

std::vector<ResourceEntry> ResourceRepository::public_library() {
  constexpr std::string_view kPublic = "r.status = 'published' AND r.partnership_id IS NULL";
  const auto sql = cat({"SELECT ", kColumns, " FROM resources r", kSharer, " WHERE ", kPublic, " ORDER BY r.id"});
  std::vector<ResourceEntry> out;
  std::map<std::int64_t, std::size_t> place;
  for (const auto& row : c_.query(sql)) {
    out.push_back(record_from(row));
    place[out.back().id] = out.size() - 1;
  }
  // All topics in one query (with_topics would name every id: too many parameters for a library).
  const auto topics = cat({"SELECT l.resource_id, l.topic_key FROM resource_topic_links l JOIN resources r ON r.id = "
                           "l.resource_id JOIN resource_topics t ON t.key = l.topic_key WHERE ", kPublic,
                           " ORDER BY t.position"});
  // A resource published between the two reads has topics but no row here: it waits for the next export.
  for (const auto& row : c_.query(topics)) {
    if (auto found = place.find(row.integer(0)); found != place.end()) out[found->second].fields.topics.push_back(row.text(1));
  }
  return out;
}

LibraryMark ResourceRepository::library_mark() {
  const auto row = c_.query("SELECT MAX(updated_at), COUNT(*) FROM resources").front();
  return {row.optional_timestamp(0), row.integer(1)};
}

std::vector<FacetEntry> ResourceRepository::facet_entries(const std::optional<std::string>& since) {
  const std::string changed = since ? " WHERE r.updated_at >= $1" : "";
  std::vector<SqlParam> params;
  if (since) params.emplace_back(*since);
  std::vector<FacetEntry> out;
  std::map<std::int64_t, std::size_t> place;
  for (const auto& row : c_.query("SELECT r.id, r.partnership_id, r.status, r.kind, r.evidence, r.year, r.publisher "
                                  "FROM resources r" + changed,
                                  params)) {
    std::optional<int> year;
    if (auto y = row.optional_integer(5)) year = static_cast<int>(*y);
    out.push_back({row.integer(0), row.optional_integer(1), row.text(2) == to_key(ResourceStatus::published),
                   {row.text(3), row.text(4), row.text(6), year, {}}});
    place.emplace(out.back().id, out.size() - 1);
  }
  if (out.empty()) return out;
  const auto links = since ? "SELECT l.resource_id, l.topic_key FROM resource_topic_links l JOIN resources r ON r.id = "
                             "l.resource_id" + changed
                           : std::string("SELECT resource_id, topic_key FROM resource_topic_links");
  for (const auto& row : c_.query(links, params)) {
    if (auto found = place.find(row.integer(0)); found != place.end()) out[found->second].row.topics.push_back(row.text(1));
  }
  return out;
}

std::vector<std::int64_t> ResourceRepository::matching_ids(const SearchQuery& query) {
  const bool sqlite = c_.engine() == Engine::sqlite;
  const auto sql = sqlite ? "SELECT rowid FROM resources_fts WHERE resources_fts MATCH $1"
                          : "SELECT id FROM resources WHERE search @@ to_tsquery('english', $1)";
  std::vector<std::int64_t> out;
  for (const auto& row : c_.query(sql, {sqlite ? fts5_match(query) : tsquery_text(query)})) out.push_back(row.integer(0));
  return out;
}

std::vector<ResourceHit> ResourceRepository::search(const ResourceSearch& s) {
  const auto engine = engine_search(c_.engine(), !s.query.empty());
  const auto match = s.query.empty() ? std::string()
                     : c_.engine() == Engine::sqlite ? fts5_match(s.query)
                                                     : tsquery_text(s.query);
  std::vector<ResourceHit> out;
  auto page = conditions(s, engine.match, match);
  auto& params = page.params();
  const std::string order = s.order == ResourceOrder::newest || s.query.empty()
                                ? "ORDER BY COALESCE(r.year, 0) DESC, r.id DESC"
                                : "ORDER BY " + engine.rank + ", COALESCE(r.year, 0) DESC, r.id";
  params.push_back(std::int64_t{s.limit});
  params.push_back(std::int64_t{s.offset});
  const auto n = params.size();
  const auto page_sql = cat({"SELECT ", kColumns, " ", engine.ranked_from, kSharer, " ", page.sql(), " ", order,
                             " LIMIT $", std::to_string(n - 1), " OFFSET $", std::to_string(n)});
  std::vector<ResourceEntry> records;
  for (const auto& row : c_.query(page_sql, params)) records.push_back(record_from(row));
  records = with_topics(std::move(records));

  std::map<std::int64_t, std::string> snippets;
  if (!records.empty()) {
    std::vector<SqlParam> ids{match};
    for (const auto& r : records) ids.emplace_back(r.id);
    for (const auto& row : c_.query(engine.snippets + "(" + placeholders(2, records.size()) + ")", ids)) {
      snippets[row.integer(0)] = row.optional_text(1).value_or("");
    }
  }
  for (auto& r : records) {
    auto snippet = s.query.empty() ? text::opening(snippets[r.id], kOpeningChars) : std::move(snippets[r.id]);
    out.push_back({std::move(r), std::move(snippet)});
  }

  return out;
}

void ResourceRepository::rebuild_search_index() {
  c_.execute_script(c_.engine() == Engine::sqlite ? "INSERT INTO resources_fts (resources_fts) VALUES ('rebuild')"
                                                  : "REINDEX INDEX resources_search");
}

std::vector<std::int64_t> ResourceRepository::moderator_accounts(std::optional<std::int64_t> partnership_id,
                                                                const std::vector<PartnershipRole>& roles) {
  std::vector<std::int64_t> out;
  if (!partnership_id) {
    for (const auto& row : c_.query("SELECT id FROM users WHERE site_role = 'admin' AND status = 'active' ORDER BY id")) {
      out.push_back(row.integer(0));
    }
    return out;
  }
  std::vector<SqlParam> params{*partnership_id};
  for (auto role : roles) params.emplace_back(std::string(to_key(role)));
  const auto sql = "SELECT DISTINCT user_id FROM memberships WHERE partnership_id = $1 AND status = 'active' "
                   "AND user_id IS NOT NULL AND role IN (" + placeholders(2, roles.size()) + ") ORDER BY user_id";
  for (const auto& row : c_.query(sql, params)) out.push_back(row.integer(0));
  return out;
}

std::vector<std::pair<std::int64_t, PartnershipRole>> ResourceRepository::seats_of(std::int64_t user_id) {
  std::vector<std::pair<std::int64_t, PartnershipRole>> out;
  for (const auto& row : c_.query("SELECT partnership_id, role FROM memberships WHERE user_id = $1 AND status = "
                                  "'active' ORDER BY partnership_id",
                                  {user_id})) {
    if (auto role = partnership_role_from_key(row.text(1))) out.emplace_back(row.integer(0), *role);
  }
  return out;
}

std::vector<ResourceEntry> ResourceRepository::with_topics(std::vector<ResourceEntry> records) {
  if (records.empty()) return records;
  std::vector<SqlParam> ids;
  for (const auto& r : records) ids.emplace_back(r.id);
  const auto sql = "SELECT l.resource_id, l.topic_key FROM resource_topic_links l JOIN resource_topics t ON t.key = "
                   "l.topic_key WHERE l.resource_id IN (" + placeholders(1, ids.size()) + ") ORDER BY t.position";
  std::map<std::int64_t, std::vector<std::string>> topics;
  for (const auto& row : c_.query(sql, ids)) topics[row.integer(0)].push_back(row.text(1));
  for (auto& r : records) r.fields.topics = topics[r.id];
  return records;
}

}  // namespace cg::store
