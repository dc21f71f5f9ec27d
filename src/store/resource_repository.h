// Reads and writes the clearinghouse: resources with their topics, moderation, and full-text
// search with facets on either engine (FTS5 on SQLite, tsvector on PostgreSQL). Runs inside the
// caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/partnership_role.h"
#include "domain/resource.h"
#include "domain/resource_facets.h"
#include "domain/search_query.h"
#include "store/connection.h"

namespace cg::store {

struct ResourceEntry {
  std::int64_t id = 0;
  ResourceDescription fields;
  std::optional<std::int64_t> partnership_id;  // absent: public
  std::optional<std::int64_t> shared_by;
  std::optional<std::string> shared_by_name;
  std::optional<std::int64_t> shared_from;  // the partnership it was shared on behalf of
  std::optional<std::string> shared_from_name;
  ResourceStatus status = ResourceStatus::submitted;
  std::optional<std::string> rejection_reason;
  std::optional<std::int64_t> moderated_by;
  std::optional<std::string> moderated_at;
  std::int64_t version = 1;
  std::string created_at, updated_at;
};

// What a resource is written with: its words, and the indexed text made from them.
struct ResourceWrite {
  ResourceDescription fields;
  std::string summary_text;  // the summary without Markdown
  std::string catalog_text;  // see domain catalog_text
};

// One value chosen in each facet (absent: any).
using ResourceFilter = FacetChoices;

enum class ResourceOrder { relevance, newest };

struct ResourceSearch {
  SearchQuery query;
  ResourceFilter filter;
  ResourceOrder order = ResourceOrder::relevance;
  std::vector<std::int64_t> partnerships;    // whose own resources the reader sees, besides public ones
  std::vector<std::int64_t> leave_out;       // "more like this" leaves out the resource itself
  int limit = 20;
  int offset = 0;
};

struct ResourceHit {
  ResourceEntry resource;
  // The summary's best passage; matched words sit between U+E000 and U+E001 (see kMatchStart).
  std::string snippet;
};


// What any change to the library moves: the newest change and the number of resources.
struct LibraryMark {
  std::optional<std::string> newest;  // updated_at; absent for an empty library
  std::int64_t count = 0;
  bool operator==(const LibraryMark&) const = default;
};

// A resource as the facets see it, with where it may be seen.
struct FacetEntry {
  std::int64_t id = 0;
  std::optional<std::int64_t> partnership_id;
  bool published = false;
  FacetRow row;
};

// Private-use characters around matched words in snippets: no text a person writes contains them.
inline constexpr std::string_view kMatchStart = "\xEE\x80\x80";  // U+E000
inline constexpr std::string_view kMatchEnd = "\xEE\x80\x81";    // U+E001

class ResourceRepository {
 public:
  explicit ResourceRepository(Connection& connection) : c_(connection) {}

  struct Origin {
    std::optional<std::int64_t> partnership_id;  // who may see it: absent for everyone
    std::optional<std::int64_t> shared_by;
    std::optional<std::int64_t> shared_from;
  };
  std::int64_t insert(const ResourceWrite& resource, const Origin& origin, ResourceStatus status,
                      const std::string& now);
  std::optional<ResourceEntry> find(std::int64_t id);
  // Those of `ids` that exist, in the order of `ids`.
  std::vector<ResourceEntry> find_many(const std::vector<std::int64_t>& ids);
  // The live (not rejected) resource with this link in the same place (public, or one partnership).
  std::optional<std::int64_t> find_by_link(const std::string& link_key, std::optional<std::int64_t> partnership_id);
  // False when the stored version is not `expected_version`.
  bool update(std::int64_t id, std::int64_t expected_version, const ResourceWrite& resource, const std::string& now);
  // Back to the queue, its rejection forgotten: whoever shared it has mended it.
  void resubmit(std::int64_t id);
  // The ids of the resources filed under `topic_key`, and a new catalogue text for one (a topic
  // was renamed).
  std::vector<std::int64_t> filed_under(const std::string& topic_key);
  void set_catalog_text(std::int64_t id, const std::string& text);
  bool moderate(std::int64_t id, std::int64_t expected_version, ResourceStatus status,
                const std::optional<std::string>& reason, std::int64_t by, const std::string& now);

  // Waiting for a moderator, oldest first: public submissions when `public_ones`, and those of
  // `partnerships`.
  std::vector<ResourceEntry> queue(bool public_ones, const std::vector<std::int64_t>& partnerships);
  // What this person shared, newest first.
  std::vector<ResourceEntry> shared_by(std::int64_t user_id);
  // The public library: every published resource anyone may read, oldest first (for export).
  std::vector<ResourceEntry> public_library();

  // One page of results, best first (or newest); the totals and facets are app/facet_index's.
  std::vector<ResourceHit> search(const ResourceSearch& search);
  LibraryMark library_mark();
  // Every resource, or those changed at or after `since` (an updated_at), as the facets see them.
  std::vector<FacetEntry> facet_entries(const std::optional<std::string>& since);
  // The resources whose words match `query` (not empty), whatever their status or place.
  std::vector<std::int64_t> matching_ids(const SearchQuery& query);
  // Builds the full-text index again from the rows (FTS5 'rebuild'; REINDEX of the GIN index).
  void rebuild_search_index();

  // Who moderates: the active site admins for public resources, else the accounts holding one of
  // `roles` at the partnership.
  std::vector<std::int64_t> moderator_accounts(std::optional<std::int64_t> partnership_id,
                                               const std::vector<PartnershipRole>& roles);
  // Each partnership where this person has an open seat, with their role there.
  std::vector<std::pair<std::int64_t, PartnershipRole>> seats_of(std::int64_t user_id);

 private:
  std::vector<ResourceEntry> with_topics(std::vector<ResourceEntry> records);
  Connection& c_;
};

}  // namespace cg::store
