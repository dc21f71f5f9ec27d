#include "http/routes/resource_shelf_routes.h"

#include <array>
#include <boost/json.hpp>

#include "app/resource_shelf_json.h"
#include "http/routes/field_overlay.h"
#include "http/routes/route_support.h"
#include "http/routes/versioned_patch.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr std::string_view kShelf = "/api/v1/partnerships/{id}/shelf";
constexpr std::string_view kLibrary = "/api/v1/partnerships/{id}/plan/activities/{activity_id}/library";

std::string shelf_path(std::string_view rest) { return std::string(kShelf) + std::string(rest); }
std::string library_path(std::string_view rest) { return std::string(kLibrary) + std::string(rest); }

// The review's fields from a body, over the current review.
Result<ShelfReview> read_review(const json::object& body, ShelfReview review, bool) {
  JsonFields in(body);
  if (const auto* rating = in.optional_value("rating")) {
    if (rating->is_null()) review.rating.reset();
    else if (rating->is_int64()) review.rating = static_cast<int>(std::clamp<std::int64_t>(rating->as_int64(), -1, 99));
    else in.add("rating", "Must be a whole number from 1 to 5, or null.");
  }
  overlay(review.lessons, in.nullable_string("lessons"));
  overlay(review.lessons_public, in.optional_bool("lessons_public"));
  constexpr std::array<std::string_view, 7> kDerived = {"resource", "saved_by", "saved_at", "reviewed_by",
                                                        "reviewed_at", "activities", "version"};
  in.refuse_read_only(kDerived);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return review;
}

}  // namespace

void add_resource_shelf_routes(Router& router, app::ResourceShelfService& shelves, app::ResourceTopicService& topics,
                               const Authentication& auth) {
  // Copied into each route: the routes outlive this function.
  const auto entry_json = [&topics](const app::ShelfEntry& entry) { return app::shelf_entry_json(entry, topics.list()); };

  router.add("GET", std::string(kShelf), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, shelves.shelf(*id, who.user), 200, app::shelf_json);
    });
  });
  router.add("GET", shelf_path("/{resource_id}"), [&, entry_json](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "resource_id");
      if (!ids) return problem_response(ids.error(), request);
      auto found = shelves.entry(ids->first, ids->second, who.user);
      if (!found) return problem_response(found.error(), request);
      return versioned(200, entry_json(*found), found->version());
    });
  });
  // Saving is idempotent: 201 the first time, 200 when it is already on the shelf.
  router.add("PUT", shelf_path("/{resource_id}"), [&, entry_json](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "resource_id");
      if (!ids) return problem_response(ids.error(), request);
      auto saved = shelves.save(ids->first, ids->second, who.user, actor);
      if (!saved) return problem_response(saved.error(), request);
      return versioned(saved->created ? 201 : 200, entry_json(saved->entry), saved->entry.version());
    });
  });
  router.add("PATCH", shelf_path("/{resource_id}"), [&, entry_json](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "resource_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [partnership, resource] = *ids;
      return patch_versioned(
          request, resource, [&](std::int64_t r) { return shelves.entry(partnership, r, who.user); },
          [](const app::ShelfEntry& entry) { return entry.item.review; }, read_review,
          [&](std::int64_t r, std::optional<std::int64_t> v, ShelfReview review) {
            return shelves.review(partnership, r, v, std::move(review), who.user, actor);
          },
          entry_json);
    });
  });
  router.add("DELETE", shelf_path("/{resource_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "resource_id");
      if (!ids) return problem_response(ids.error(), request);
      auto removed = shelves.remove(ids->first, ids->second, who.user, actor);
      if (!removed) return problem_response(removed.error(), request);
      return no_content();
    });
  });

  const auto library_route = [&](std::string_view method, std::string_view rest, auto handle) {
    router.add(std::string(method), library_path(rest), [&, handle](Request& request) {
      return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
        auto ids = path_ids(request, "id", "activity_id");
        if (!ids) return problem_response(ids.error(), request);
        return respond(request, handle(request, ids->first, ids->second, who.user, actor), 200,
                       app::activity_library_json);
      });
    });
  };
  library_route("GET", "", [&](Request&, std::int64_t p, std::int64_t a, const User& by, const app::Actor&) {
    return shelves.attached(p, a, by);
  });
  library_route("GET", "/suggestions", [&](Request&, std::int64_t p, std::int64_t a, const User& by, const app::Actor&) {
    return shelves.suggestions(p, a, by);
  });
  library_route("PUT", "/{resource_id}",
                [&](Request& request, std::int64_t p, std::int64_t a, const User& by,
                    const app::Actor& actor) -> Result<app::ActivityLibrary> {
                  auto resource = path_id(request, "resource_id");
                  if (!resource) return std::move(resource).error();
                  return shelves.attach(p, a, *resource, by, actor);
                });
  library_route("DELETE", "/{resource_id}",
                [&](Request& request, std::int64_t p, std::int64_t a, const User& by,
                    const app::Actor& actor) -> Result<app::ActivityLibrary> {
                  auto resource = path_id(request, "resource_id");
                  if (!resource) return std::move(resource).error();
                  return shelves.detach(p, a, *resource, by, actor);
                });
}

}  // namespace cg::http
