#include "app/resource_shelf_service.h"

#include <algorithm>
#include <map>
#include <boost/json/object.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/partnership_gate.h"
#include "domain/search_query.h"
#include "domain/time_format.h"
#include "store/plan_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

Error not_on_shelf(std::int64_t resource_id) {
  return Error::make(ErrorKind::not_found,
                     "Resource " + std::to_string(resource_id) + " is not on this partnership's shelf.");
}

// What a partnership may keep and attach: published resources, public or its own.
Result<store::ResourceEntry> usable_by(store::Connection& c, std::int64_t partnership_id, std::int64_t resource_id) {
  auto found = store::ResourceRepository(c).find(resource_id);
  if (!found || found->status != ResourceStatus::published ||
      (found->partnership_id && *found->partnership_id != partnership_id)) {
    return Error::make(ErrorKind::not_found, "There is no published resource with id " + std::to_string(resource_id) +
                                                 " that this partnership can use.");
  }
  return std::move(*found);
}

Result<store::ActivityRecord> activity_in(store::Connection& c, std::int64_t partnership_id, std::int64_t activity_id) {
  auto found = store::PlanRepository(c).find_activity(partnership_id, activity_id);
  if (!found) {
    return Error::make(ErrorKind::not_found, "There is no activity " + std::to_string(activity_id) + " in this plan.");
  }
  return std::move(*found);
}

// A kept resource as a partnership sees it: one withdrawn from the library since (its status says
// so) keeps its place, to be detached and removed, but no longer leads anyone to its link.
store::ResourceEntry as_kept(store::ResourceEntry r) {
  if (r.status != ResourceStatus::published) r.fields.link.reset();
  return r;
}

ShelfEntry entry_of(store::Connection& c, std::int64_t partnership_id, std::int64_t resource_id) {
  return {*store::ResourceShelfRepository(c).find(partnership_id, resource_id),
          as_kept(*store::ResourceRepository(c).find(resource_id))};
}

// The activity's attached resources, as the routes answer every change to them.
ActivityLibrary library_of(store::Connection& c, std::int64_t activity_id, bool can_edit) {
  ActivityLibrary out;
  for (auto& r : store::ResourceRepository(c).find_many(store::ResourceShelfRepository(c).attached_to(activity_id))) {
    out.resources.push_back({as_kept(std::move(r)), ""});
  }
  out.topics = store::ResourceTopicRepository(c).list();
  out.can_edit = can_edit;
  return out;
}

boost::json::object on_behalf_of(std::int64_t partnership_id) { return {{"partnership_id", partnership_id}}; }

bool allows(const PartnershipAccess& access, PartnershipAction action) {
  return partnership_allows(access.acting_role, action);
}

// The start every activity-library use case shares: the partnership entered for `action` and the
// activity found in its plan. `then(access, activity)` does the rest.
template <typename Then>
Result<ActivityLibrary> at_activity(store::Connection& c, std::int64_t partnership_id, std::int64_t activity_id,
                                    const User& by, PartnershipAction action, Then then) {
  auto access = enter_partnership(c, partnership_id, by, action);
  if (!access) return std::move(access).error();
  auto activity = activity_in(c, partnership_id, activity_id);
  if (!activity) return std::move(activity).error();
  return then(*access, *activity);
}

void audit_shelved(store::Connection& c, const Actor& actor, const std::string& now, std::int64_t partnership_id,
                   std::int64_t resource_id) {
  append_audit(c, actor, now, audit_change("resource_shelf.save", "resource", resource_id, on_behalf_of(partnership_id)));
}

void audit_activity_link(store::Connection& c, const Actor& actor, const std::string& now, std::string action,
                         std::int64_t partnership_id, std::int64_t activity_id, std::int64_t resource_id) {
  auto audit = on_behalf_of(partnership_id);
  audit["activity_id"] = activity_id;
  append_audit(c, actor, now, audit_change(std::move(action), "resource", resource_id, audit));
}


}  // namespace

Result<ShelfPage> ResourceShelfService::shelf(std::int64_t partnership_id, const User& by) {
  return store_.read([&](store::Connection& c) -> Result<ShelfPage> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    ShelfPage out;
    auto items = store::ResourceShelfRepository(c).items(partnership_id);
    std::vector<std::int64_t> ids;
    for (const auto& item : items) ids.push_back(item.resource_id);
    std::map<std::int64_t, store::ResourceEntry> resources;
    for (auto& r : store::ResourceRepository(c).find_many(ids)) resources.emplace(r.id, as_kept(std::move(r)));
    for (auto& item : items) {
      if (auto found = resources.find(item.resource_id); found != resources.end()) {
        out.entries.push_back({std::move(item), std::move(found->second)});
      }
    }
    out.topics = store::ResourceTopicRepository(c).list();
    out.can_edit = allows(*access, PartnershipAction::share_resources);
    return out;
  });
}

Result<ShelfEntry> ResourceShelfService::entry(std::int64_t partnership_id, std::int64_t resource_id, const User& by) {
  return store_.read([&](store::Connection& c) -> Result<ShelfEntry> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    if (!store::ResourceShelfRepository(c).find(partnership_id, resource_id)) return not_on_shelf(resource_id);
    return entry_of(c, partnership_id, resource_id);
  });
}

Result<SavedEntry> ResourceShelfService::save(std::int64_t partnership_id, std::int64_t resource_id, const User& by,
                                              const Actor& actor) {
  const auto now = format_utc(clock_());
  return store_.write([&](store::Connection& c) -> Result<SavedEntry> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::share_resources);
    if (!access) return std::move(access).error();
    if (auto usable = usable_by(c, partnership_id, resource_id); !usable) return std::move(usable).error();
    const bool created = store::ResourceShelfRepository(c).save(partnership_id, resource_id, by.id, now);
    if (created) audit_shelved(c, actor, now, partnership_id, resource_id);
    return SavedEntry{entry_of(c, partnership_id, resource_id), created};
  });
}

Result<ShelfEntry> ResourceShelfService::review(std::int64_t partnership_id, std::int64_t resource_id,
                                                std::optional<std::int64_t> based_on, ShelfReview review,
                                                const User& by, const Actor& actor) {
  if (!based_on) return version_required();
  auto ok = checked(std::move(review));
  if (!ok) return std::move(ok).error();
  const auto now = format_utc(clock_());
  return store_.write([&](store::Connection& c) -> Result<ShelfEntry> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::share_resources);
    if (!access) return std::move(access).error();
    store::ResourceShelfRepository shelf(c);
    if (!shelf.find(partnership_id, resource_id)) return not_on_shelf(resource_id);
    if (auto usable = usable_by(c, partnership_id, resource_id); !usable) return std::move(usable).error();
    if (!shelf.review(partnership_id, resource_id, *based_on, *ok, by.id, now)) {
      return edited_by_someone_else("this shelf entry");
    }
    auto audit = on_behalf_of(partnership_id);
    if (ok->rating) audit["rating"] = *ok->rating;
    audit["lessons_public"] = ok->lessons_public;
    append_audit(c, actor, now, audit_change("resource_shelf.review", "resource", resource_id, audit));
    return entry_of(c, partnership_id, resource_id);
  });
}

Result<Done> ResourceShelfService::remove(std::int64_t partnership_id, std::int64_t resource_id, const User& by,
                                          const Actor& actor) {
  const auto now = format_utc(clock_());
  return store_.write([&](store::Connection& c) -> Result<Done> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::share_resources);
    if (!access) return std::move(access).error();
    store::ResourceShelfRepository shelf(c);
    const auto item = shelf.find(partnership_id, resource_id);
    if (!item) return not_on_shelf(resource_id);
    // The plan still points at it: taking it off the shelf would leave those activities without it.
    if (!item->activities.empty()) {
      std::string names;
      for (const auto& a : item->activities) names += (names.empty() ? "\"" : ", \"") + a.title + "\"";
      return Error::make(ErrorKind::conflict, "It is attached to the activit" +
                                                  std::string(item->activities.size() == 1 ? "y " : "ies ") + names +
                                                  ". Detach it there first.");
    }
    shelf.remove(partnership_id, resource_id);
    append_audit(c, actor, now, audit_change("resource_shelf.remove", "resource", resource_id, on_behalf_of(partnership_id)));
    return Done{};
  });
}

Result<ActivityLibrary> ResourceShelfService::attached(std::int64_t partnership_id, std::int64_t activity_id,
                                                       const User& by) {
  return store_.read([&](store::Connection& c) {
    return at_activity(c, partnership_id, activity_id, by, PartnershipAction::view_workspace,
                       [&](const PartnershipAccess& access, const store::ActivityRecord&) -> Result<ActivityLibrary> {
                         return library_of(c, activity_id, allows(access, PartnershipAction::record_progress));
                       });
  });
}

Result<ActivityLibrary> ResourceShelfService::attach(std::int64_t partnership_id, std::int64_t activity_id,
                                                     std::int64_t resource_id, const User& by, const Actor& actor) {
  const auto now = format_utc(clock_());
  return store_.write([&](store::Connection& c) {
    return at_activity(c, partnership_id, activity_id, by, PartnershipAction::record_progress,
                       [&](const PartnershipAccess&, const store::ActivityRecord& activity) -> Result<ActivityLibrary> {
                         if (activity.stamp.archived_at) {
                           return Error::make(ErrorKind::conflict,
                                              "This activity is archived: restore it before attaching resources.");
                         }
                         if (auto usable = usable_by(c, partnership_id, resource_id); !usable) {
                           return std::move(usable).error();
                         }
                         store::ResourceShelfRepository shelf(c);
                         if (shelf.save(partnership_id, resource_id, by.id, now)) {
                           audit_shelved(c, actor, now, partnership_id, resource_id);
                         }
                         if (shelf.attach(activity_id, resource_id, by.id, now)) {
                           audit_activity_link(c, actor, now, "resource.attach", partnership_id, activity_id,
                                               resource_id);
                         }
                         return library_of(c, activity_id, true);
                       });
  });
}

Result<ActivityLibrary> ResourceShelfService::detach(std::int64_t partnership_id, std::int64_t activity_id,
                                                     std::int64_t resource_id, const User& by, const Actor& actor) {
  const auto now = format_utc(clock_());
  return store_.write([&](store::Connection& c) {
    return at_activity(c, partnership_id, activity_id, by, PartnershipAction::record_progress,
                       [&](const PartnershipAccess&, const store::ActivityRecord&) -> Result<ActivityLibrary> {
                         if (!store::ResourceShelfRepository(c).detach(activity_id, resource_id)) {
                           return Error::make(ErrorKind::not_found, "Resource " + std::to_string(resource_id) +
                                                                        " is not attached to this activity.");
                         }
                         audit_activity_link(c, actor, now, "resource.detach", partnership_id, activity_id,
                                             resource_id);
                         return library_of(c, activity_id, true);
                       });
  });
}

Result<ActivityLibrary> ResourceShelfService::suggestions(std::int64_t partnership_id, std::int64_t activity_id,
                                                          const User& by) {
  return store_.read([&](store::Connection& c) {
    return at_activity(
        c, partnership_id, activity_id, by, PartnershipAction::view_workspace,
        [&](const PartnershipAccess& access, const store::ActivityRecord& activity) -> Result<ActivityLibrary> {
          ActivityLibrary out;
          out.topics = store::ResourceTopicRepository(c).list();
          out.can_edit = allows(access, PartnershipAction::record_progress);
          const auto& f = activity.fields;
          store::ResourceSearch search;
          search.query =
              any_of_words(f.title + " " + f.description.value_or("") + " " + f.expected_outcome.value_or(""));
          if (search.query.empty()) return out;
          search.partnerships = {partnership_id};
          search.leave_out = store::ResourceShelfRepository(c).attached_to(activity_id);
          search.limit = kSuggestionsMax;
          out.resources = store::ResourceRepository(c).search(search);
          return out;
        });
  });
}

}  // namespace cg::app
