#include "app/resource_service.h"

#include <algorithm>
#include <boost/json/object.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/notices.h"
#include "app/partnership_gate.h"
#include "app/resource_write.h"
#include "domain/partnership_access.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/store.h"

namespace cg::app {
namespace {

using namespace std::chrono;

Error resource_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no resource with id " + std::to_string(id) + ".");
}

bool is_admin(const User& user) { return user.site_role == SiteRole::admin; }

// What one signed-in reader may do in the library, read once per use case: whether they are a
// site admin, and their role at each partnership where they sit.
struct Standing {
  std::int64_t user_id = 0;
  bool admin = false;
  std::vector<std::pair<std::int64_t, PartnershipRole>> seats;

  bool may(std::int64_t partnership_id, PartnershipAction action) const {
    for (const auto& [id, role] : seats) {
      if (id == partnership_id) return partnership_allows(role, action);
    }
    return false;
  }
  // The partnerships where they may take `action`.
  std::vector<std::int64_t> where(PartnershipAction action) const {
    std::vector<std::int64_t> out;
    for (const auto& [id, role] : seats) {
      if (partnership_allows(role, action)) out.push_back(id);
    }
    return out;
  }
  // Site admins moderate the public library; a partnership's leads and coordinators its own.
  bool moderates(const store::ResourceEntry& r) const {
    return admin || (r.partnership_id && may(*r.partnership_id, PartnershipAction::moderate_resources));
  }
  // Whoever shared it may improve it until it is published; moderators at any time.
  bool may_edit(const store::ResourceEntry& r) const {
    return moderates(r) || (r.shared_by == user_id && r.status != ResourceStatus::published);
  }
};

Standing standing_of(store::Connection& c, const User& user) {
  return {user.id, is_admin(user), store::ResourceRepository(c).seats_of(user.id)};
}

std::optional<Standing> standing_of(store::Connection& c, const std::optional<User>& reader) {
  if (!reader) return std::nullopt;
  return standing_of(c, *reader);
}

std::vector<ResourceListing> listed_for(const Standing& reader, std::vector<store::ResourceEntry> entries) {
  std::vector<ResourceListing> out;
  for (auto& r : entries) {
    const bool edit = reader.may_edit(r);
    const bool moderate = reader.moderates(r);
    out.push_back({std::move(r), edit, moderate});
  }
  return out;
}

// Published public resources are for everyone; a partnership's own for its members; anything not
// published for whoever shared it and its moderators.
bool may_see(const std::optional<Standing>& reader, const store::ResourceEntry& r) {
  if (r.status == ResourceStatus::published && !r.partnership_id) return true;
  if (!reader) return false;
  if (reader->moderates(r)) return true;
  if (r.status == ResourceStatus::published) return reader->may(*r.partnership_id, PartnershipAction::view_workspace);
  return r.shared_by == reader->user_id;
}

ResourcePage view_of(store::Connection& c, store::ResourceEntry r, const std::optional<Standing>& reader) {
  ResourcePage out;
  store::ResourceShelfRepository shelves(c);
  if (reader) {
    out.can_moderate = reader->moderates(r);
    out.can_edit = reader->may_edit(r);
    out.on_shelves_of = shelves.shelved_in(r.id, reader->where(PartnershipAction::view_workspace));
  }
  out.topics = store::ResourceTopicRepository(c).list();
  out.usefulness = usefulness_of(shelves.ratings(r.id));
  out.lessons = shelves.shared_lessons(r.id);
  out.resource = std::move(r);
  return out;
}

Result<store::ResourceEntry> find_visible(store::Connection& c, std::int64_t id, const std::optional<Standing>& reader) {
  auto found = store::ResourceRepository(c).find(id);
  if (!found || !may_see(reader, *found)) return resource_not_found(id);
  return std::move(*found);
}

// 409 when the link is already live in the same place, or already public (a partnership need not
// keep its own copy of what everyone can find).
std::optional<Error> duplicate_of(store::ResourceRepository& repo, const ResourceDescription& fields,
                                  std::optional<std::int64_t> place, std::optional<std::int64_t> self) {
  if (!fields.link) return std::nullopt;
  const auto key = link_key(*fields.link);
  for (const auto& where : {place, std::optional<std::int64_t>()}) {
    const auto existing = repo.find_by_link(key, where);
    if (!existing || existing == self) continue;
    const auto other = repo.find(*existing);
    auto error = Error::make(ErrorKind::conflict,
                             other && other->status == ResourceStatus::published
                                 ? "This link is already in the library as \"" + other->fields.title + "\" (resource " +
                                       std::to_string(*existing) + ")."
                                 : "Someone has already shared this link; it is waiting for a moderator.",
                             "duplicate-resource");
    error.fields.push_back({"link", error.detail});
    return error;
  }
  return std::nullopt;
}

store::NewNotification resource_notice(const store::ResourceEntry& r, NotificationKind kind, std::string text) {
  return {*r.shared_from, kind, "resource-" + std::to_string(r.id), r.fields.title, std::move(text),
          "/resources/" + std::to_string(r.id)};
}

// Tells the moderators a resource waits for them (not the person who shared it).
void announce_submission(store::Connection& c, const store::ResourceEntry& r, const User& by, const std::string& now) {
  if (!r.shared_from) return;
  auto people = store::ResourceRepository(c).moderator_accounts(r.partnership_id,
                                                                 roles_allowed_to(PartnershipAction::moderate_resources));
  std::erase(people, by.id);
  notify(c, resource_notice(r, NotificationKind::resource_submitted, by.display_name + " shared a resource to review."),
         people, now);
}

// What a search's counts depend on: the words, the facets chosen and whose resources the reader
// sees (not the order or the page). Readers who see the same resources share entries.
std::string counts_key(const ResourceQuery& query, const std::vector<std::int64_t>& partnerships) {
  const auto& f = query.filter;
  std::string key = query.text;
  for (const auto* part : {&f.type, &f.topic, &f.evidence, &f.year, &f.publisher}) {
    key += '\x1f';
    key += part->value_or("");
  }
  key += '\x1f';
  for (auto id : partnerships) key += std::to_string(id) + ",";
  return key;
}

// The partnerships whose own resources a reader finds, besides the public library.
std::vector<std::int64_t> readers_partnerships(store::Connection& c, const std::optional<User>& reader) {
  if (!reader) return {};
  return standing_of(c, *reader).where(PartnershipAction::view_workspace);
}

// What one page of results depends on besides: the order and the page.
std::string page_key(const std::string& counts_key, const ResourceQuery& query) {
  return counts_key + '\x1f' + (query.order == store::ResourceOrder::newest ? "newest" : "relevance") + '\x1f' +
         std::to_string(query.page) + '\x1f' + std::to_string(query.per_page);
}

Error shared_a_moment_ago() {
  return Error::make(ErrorKind::conflict, "Someone shared this link a moment ago.", "duplicate-resource");
}

// The start every change to one resource shares: a version to check it against, a write
// transaction, and a resource the changer may see. `change(c, found, based_on, standing)` does the
// rest.
template <typename Change>
Result<ResourcePage> change_resource(store::Store& store, std::int64_t id, std::optional<std::int64_t> based_on,
                                     const User& by, Change change) {
  if (!based_on) return version_required();
  return store.write([&](store::Connection& c) -> Result<ResourcePage> {
    const auto standing = standing_of(c, by);
    auto found = find_visible(c, id, standing);
    if (!found) return std::move(found).error();
    return change(c, std::move(*found), *based_on, standing);
  });
}

boost::json::object resource_audit(const store::ResourceEntry& r) {
  boost::json::object out{{"title", r.fields.title}, {"type", to_key(r.fields.type)}, {"status", to_key(r.status)}};
  if (r.fields.link) out["link"] = *r.fields.link;
  if (r.partnership_id) out["partnership_id"] = *r.partnership_id;
  return out;
}

}  // namespace

Result<ResourceSearchResults> ResourceService::search(const ResourceQuery& query, const std::optional<User>& reader) {
  auto words = parse_search(query.text);
  if (!words) return std::move(words).error();
  std::vector<FieldError> errors;
  const auto& f = query.filter;
  if (f.type && !resource_type_from_key(*f.type)) errors.push_back({"type", "There is no resource type " + *f.type + "."});
  if (f.evidence && !evidence_rating_from_key(*f.evidence)) {
    errors.push_back({"evidence", "Choose effective, promising, inconclusive, no_effect or not_rated."});
  }
  if (f.year && !year_range_from_key(*f.year)) {
    errors.push_back({"year", "Choose 2020_on, 2010s, 2000s, before_2000 or undated."});
  }
  if (query.page < 1) errors.push_back({"page", "Pages start at 1."});
  if (query.per_page < 1 || query.per_page > kResourcePageMax) {
    errors.push_back({"per_page", "Ask for 1 to " + std::to_string(kResourcePageMax) + " results a page."});
  }
  if (errors.empty() && static_cast<long>(query.page) * query.per_page > kResourceResultsMax) {
    errors.push_back({"page", "Only the first " + std::to_string(kResourceResultsMax) +
                                  " results can be paged through; add words or choose a facet to narrow the search."});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  // Signed out, the library is the public one: no database work before the cache is asked.
  std::vector<std::int64_t> partnerships;
  if (reader) partnerships = store_.read([&](store::Connection& c) { return readers_partnerships(c, reader); });
  const auto key = counts_key(query, partnerships);
  const auto whole_key = page_key(key, query);
  const auto now = ExpiringCache<FacetTally>::Clock::now();
  if (auto recent = pages_.find(whole_key, now)) return std::move(*recent);
  // Taken before reading: a write that clears the caches meanwhile keeps these results out.
  const auto pages_generation = pages_.generation();
  const auto counts_generation = counts_.generation();
  auto found = store_.read([&](store::Connection& c) -> Result<ResourceSearchResults> {
    ResourceSearchResults out;
    out.topics = store::ResourceTopicRepository(c).list();
    if (f.topic && std::none_of(out.topics.begin(), out.topics.end(), [&](const auto& t) { return t.key == *f.topic; })) {
      return Error::invalid_field("topic", "There is no topic " + *f.topic + ".");
    }
    store::ResourceSearch search;
    search.query = *words;
    search.filter = f;
    search.order = query.order;
    search.partnerships = partnerships;
    search.limit = query.per_page;
    search.offset = (query.page - 1) * query.per_page;
    out.hits = store::ResourceRepository(c).search(search);
    if (auto counted = counts_.find(key, now)) {
      out.counts = std::move(*counted);
    } else {
      out.counts = facets_.count(c, search.query, f, partnerships);
      counts_.store(key, out.counts, now, counts_generation);
    }
    out.page = query.page;
    out.per_page = query.per_page;
    return out;
  });
  if (found) pages_.store(whole_key, *found, now, pages_generation);
  return found;
}

void ResourceService::forget_searches() {
  counts_.clear();
  pages_.clear();
}

Result<ResourcePage> ResourceService::get(std::int64_t id, const std::optional<User>& reader) {
  return store_.read([&](store::Connection& c) -> Result<ResourcePage> {
    const auto standing = standing_of(c, reader);
    auto found = find_visible(c, id, standing);
    if (!found) return std::move(found).error();
    return view_of(c, std::move(*found), standing);
  });
}

Result<std::vector<store::ResourceHit>> ResourceService::more_like(std::int64_t id, int limit,
                                                                    const std::optional<User>& reader) {
  return store_.read([&](store::Connection& c) -> Result<std::vector<store::ResourceHit>> {
    const auto standing = standing_of(c, reader);
    auto found = find_visible(c, id, standing);
    if (!found) return std::move(found).error();
    // Its title's words and its topics' names, any of them: the ranking puts the most shared first.
    std::string words = found->fields.title;
    for (const auto& topic : store::ResourceTopicRepository(c).list()) {
      if (std::find(found->fields.topics.begin(), found->fields.topics.end(), topic.key) != found->fields.topics.end()) {
        words += " " + topic.label;
      }
    }
    store::ResourceSearch search;
    search.query = any_of_words(words);
    if (search.query.empty()) return std::vector<store::ResourceHit>{};
    if (standing) search.partnerships = standing->where(PartnershipAction::view_workspace);
    search.leave_out = {id};
    search.limit = limit;
    return store::ResourceRepository(c).search(search);
  });
}

Result<ResourcePage> ResourceService::share(ShareRequest request, const User& by, const Actor& actor) {
  const auto now = clock_();
  auto shared = store_.write([&](store::Connection& c) -> Result<ResourcePage> {
    store::ResourceRepository repo(c);
    if (request.partnership_id) {
      auto access = enter_partnership(c, *request.partnership_id, by, PartnershipAction::share_resources);
      if (!access) return std::move(access).error();
    } else if (!is_admin(by)) {
      return Error::invalid_field("partnership_id", "Say which partnership you share it for.");
    }
    if (request.partnership_only && !request.partnership_id) {
      return Error::invalid_field("visibility", "Only a partnership can keep a resource to itself: say which one.");
    }
    auto write = prepared(std::move(request.fields), store::ResourceTopicRepository(c).list(), year_of(now));
    if (!write) return std::move(write).error();
    const auto place = request.partnership_only ? request.partnership_id : std::nullopt;
    if (auto duplicate = duplicate_of(repo, write->fields, place, std::nullopt)) return *duplicate;
    // Moderators need not wait for themselves.
    const auto standing = standing_of(c, by);
    const bool moderator = standing.admin || (place && standing.may(*place, PartnershipAction::moderate_resources));
    const auto status = moderator ? ResourceStatus::published : ResourceStatus::submitted;
    const auto stamp = format_utc(now);
    std::int64_t id = 0;
    try {
      id = repo.insert(*write, {place, by.id, request.partnership_id}, status, stamp);
    } catch (const store::UniqueViolation&) {
      return shared_a_moment_ago();
    }
    auto created = *repo.find(id);
    append_audit(c, actor, stamp, audit_change("resource.share", "resource", id, resource_audit(created)));
    if (status == ResourceStatus::submitted) announce_submission(c, created, by, stamp);
    return view_of(c, std::move(created), standing);
  });
  forget_searches();
  return shared;
}

Result<ResourcePage> ResourceService::update(std::int64_t id, std::optional<std::int64_t> based_on,
                                             ResourceDescription fields, const User& by, const Actor& actor) {
  const auto now = clock_();
  auto changed = change_resource(store_, id, based_on, by, [&](store::Connection& c, store::ResourceEntry found,
                                                       std::int64_t version, const Standing& standing)
                                                       -> Result<ResourcePage> {
    store::ResourceRepository repo(c);
    if (!standing.may_edit(found)) {
      return Error::make(ErrorKind::forbidden, found.status == ResourceStatus::published
                                                   ? "Only its moderators can change a published resource."
                                                   : "Only the person who shared it and its moderators can change it.");
    }
    auto write = prepared(std::move(fields), store::ResourceTopicRepository(c).list(), year_of(now));
    if (!write) return std::move(write).error();
    if (auto duplicate = duplicate_of(repo, write->fields, found.partnership_id, id)) return *duplicate;
    const auto stamp = format_utc(now);
    try {
      if (!repo.update(id, version, *write, stamp)) return edited_by_someone_else("this resource");
    } catch (const store::UniqueViolation&) {
      return shared_a_moment_ago();
    }
    // A rejected resource, mended by whoever shared it, goes back to the queue.
    const bool resubmitted = found.status == ResourceStatus::rejected && !standing.moderates(found);
    if (resubmitted) {
      repo.resubmit(id);
    }
    auto updated = *repo.find(id);
    append_audit(c, actor, stamp, audit_change("resource.update", "resource", id, resource_audit(updated)));
    if (resubmitted) announce_submission(c, updated, by, stamp);
    return view_of(c, std::move(updated), standing);
  });
  forget_searches();
  return changed;
}

Result<ResourcePage> ResourceService::moderate(std::int64_t id, std::optional<std::int64_t> based_on,
                                               ModerationDecision decision, const User& by, const Actor& actor) {
  const auto now = clock_();
  auto moderated = change_resource(store_, id, based_on, by, [&](store::Connection& c, store::ResourceEntry found,
                                                       std::int64_t version, const Standing& standing)
                                                       -> Result<ResourcePage> {
    store::ResourceRepository repo(c);
    if (!standing.moderates(found)) {
      return Error::make(ErrorKind::forbidden, found.partnership_id
                                                   ? "Only the partnership's leads and coordinators moderate its resources."
                                                   : "Only site administrators moderate the public library.");
    }
    if (auto refusal = moderation_refusal(found.status, decision.status, decision.reason)) {
      return Error::invalid_field(decision.status == ResourceStatus::rejected && !decision.reason ? "reason" : "status",
                                  *refusal);
    }
    const auto stamp = format_utc(now);
    const auto reason = decision.status == ResourceStatus::rejected ? decision.reason : std::nullopt;
    if (!repo.moderate(id, version, decision.status, reason, by.id, stamp)) {
      return edited_by_someone_else("this resource");
    }
    auto moderated = *repo.find(id);
    auto audit = resource_audit(moderated);
    if (reason) audit["reason"] = *reason;
    append_audit(c, actor, stamp, audit_change("resource.moderate", "resource", id, audit));
    if (moderated.shared_from && moderated.shared_by && moderated.shared_by != by.id) {
      notify(c,
             resource_notice(moderated, NotificationKind::resource_moderated,
                             decision.status == ResourceStatus::published
                                 ? "Your resource is published."
                                 : "Your resource was not published: " + *reason),
             {*moderated.shared_by}, stamp);
    }
    return view_of(c, std::move(moderated), standing);
  });
  forget_searches();
  return moderated;
}

std::vector<ResourceListing> ResourceService::queue(const User& moderator) {
  return store_.read([&](store::Connection& c) {
    const auto standing = standing_of(c, moderator);
    return listed_for(standing, store::ResourceRepository(c).queue(
                                    standing.admin, standing.where(PartnershipAction::moderate_resources)));
  });
}

std::vector<ResourceListing> ResourceService::shared_by(const User& user) {
  return store_.read([&](store::Connection& c) {
    return listed_for(standing_of(c, user), store::ResourceRepository(c).shared_by(user.id));
  });
}

}  // namespace cg::app
