#include "http/routes/organization_routes.h"

#include <boost/json.hpp>
#include <algorithm>
#include <array>

#include "app/organization_json.h"
#include "http/json_io.h"
#include "http/problem.h"
#include "http/routes/reference_keys.h"

namespace cg::http {
namespace {

namespace json = boost::json;

const std::string kKindKeys = keys_of(all_organization_kinds());

Response organization_response(int status, const Organization& o) {
  auto response = json_response(status, app::organization_json(o));
  response.set_header("ETag", etag(o.version));
  return response;
}

constexpr std::array<std::string_view, 4> kReadOnly = {"id", "version", "created_at", "updated_at"};

Result<OrganizationFields> decode_fields(const json::object& body) {
  JsonFields in(body);
  OrganizationFields fields;
  fields.name = in.required_string("name").value_or("");
  fields.sector = in.key<Sector>("sector", sector_from_key, sector_keys(), true).value_or(Sector::other);
  fields.kind = in.key<OrganizationKind>("kind", organization_kind_from_key, kKindKeys, false)
                    .value_or(OrganizationKind::other);
  fields.website = in.nullable_string("website").value_or(std::nullopt);
  fields.phone = in.nullable_string("phone").value_or(std::nullopt);
  fields.email = in.nullable_string("email").value_or(std::nullopt);
  fields.notes = in.nullable_string("notes").value_or(std::nullopt);
  in.refuse_read_only(kReadOnly);
  auto errors = in.finish();
  if (errors.empty()) return fields;
  // Report the domain's complaints about the other fields too, so a form shows every problem at
  // once rather than one round trip per mistake.
  for (auto& problem : validate(normalized(fields))) {
    const bool named = std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.field == problem.field; });
    if (!named) errors.push_back(std::move(problem));
  }
  return Error::invalid(std::move(errors));
}

Result<OrganizationPatch> decode_patch(const json::object& body) {
  JsonFields in(body);
  OrganizationPatch patch;
  patch.name = in.optional_string("name");
  patch.sector = in.key<Sector>("sector", sector_from_key, sector_keys(), false);
  patch.kind = in.key<OrganizationKind>("kind", organization_kind_from_key, kKindKeys, false);
  patch.website = in.nullable_string("website");
  patch.phone = in.nullable_string("phone");
  patch.email = in.nullable_string("email");
  patch.notes = in.nullable_string("notes");
  in.refuse_read_only(kReadOnly);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return patch;
}

Result<app::OrganizationQuery> decode_query(const Request& request) {
  auto errors = unknown_query_params(request, {"limit", "after", "sector", "q"});
  app::OrganizationQuery query;
  for (const auto& [name, value] : request.query) {
    if (name == "limit") {
      query.limit = query_limit(value, app::kMaxPageSize, errors);
    } else if (name == "after") {
      query.after = value;
    } else if (name == "sector") {
      query.sector = sector_from_key(value);
      if (!query.sector) errors.push_back({"sector", "Must be one of: " + sector_keys() + "."});
    } else if (name == "q") {
      if (value.size() > 200) errors.push_back({"q", "Must be at most 200 characters."});
      query.name_contains = value;
    }
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return query;
}

// A 412 carries the stored state and its ETag, so the caller can show both versions.
Response stale_response(app::OrganizationService& organizations, const Error& error,
                        const Request& request, std::int64_t id) {
  auto current = organizations.get(id);
  if (!current) return problem_response(current.error(), request);
  auto response = problem_response(error, request, {{"current", app::organization_json(*current)}});
  response.set_header("ETag", etag(current->version));
  return response;
}

}  // namespace

void add_organization_routes(Router& router, app::OrganizationService& organizations, const Authentication& auth) {
  // Any signed-in user reads the directory of partner organisations; site admins maintain it
  // (partnership leads join them once partnerships exist).
  router.add("GET", "/api/v1/organizations", [&](Request& request) {
    if (auto who = auth.require_allowed(request, app::Action::read_organizations); !who) return problem_response(who.error(), request);
    auto query = decode_query(request);
    if (!query) return problem_response(query.error(), request);
    auto page = organizations.list(*query);
    if (!page) return problem_response(page.error(), request);
    json::array items;
    for (const auto& o : page->items) items.push_back(app::organization_json(o));
    return json_response(200, {{"items", std::move(items)},
                               {"next", page->next ? json::value(*page->next) : json::value(nullptr)}});
  });

  router.add("POST", "/api/v1/organizations", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::change_organizations);
    if (!who) return problem_response(who.error(), request);
    const auto actor = Authentication::actor(request, &*who);
    auto body = read_json_object(request);
    if (!body) return problem_response(body.error(), request);
    auto fields = decode_fields(*body);
    if (!fields) return problem_response(fields.error(), request);
    auto created = organizations.create(std::move(*fields), actor);
    if (!created) return problem_response(created.error(), request);
    auto response = organization_response(201, *created);
    response.set_header("Location", "/api/v1/organizations/" + std::to_string(created->id));
    return response;
  });

  router.add("GET", "/api/v1/organizations/{id}", [&](Request& request) {
    if (auto who = auth.require_allowed(request, app::Action::read_organizations); !who) return problem_response(who.error(), request);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto found = organizations.get(*id);
    if (!found) return problem_response(found.error(), request);
    return organization_response(200, *found);
  });

  router.add("PATCH", "/api/v1/organizations/{id}", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::change_organizations);
    if (!who) return problem_response(who.error(), request);
    const auto actor = Authentication::actor(request, &*who);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto version = if_match_version(request);
    if (!version) return problem_response(version.error(), request);
    auto body = read_json_object(request);
    if (!body) return problem_response(body.error(), request);
    auto patch = decode_patch(*body);
    if (!patch) return problem_response(patch.error(), request);
    auto updated = organizations.update(*id, *version, *patch, actor);
    if (!updated) {
      if (updated.error().kind == ErrorKind::precondition_failed) {
        return stale_response(organizations, updated.error(), request, *id);
      }
      return problem_response(updated.error(), request);
    }
    return organization_response(200, *updated);
  });

  router.add("DELETE", "/api/v1/organizations/{id}", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::change_organizations);
    if (!who) return problem_response(who.error(), request);
    const auto actor = Authentication::actor(request, &*who);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto version = if_match_version(request);
    if (!version) return problem_response(version.error(), request);
    auto removed = organizations.remove(*id, *version, actor);
    if (!removed) {
      if (removed.error().kind == ErrorKind::precondition_failed) {
        return stale_response(organizations, removed.error(), request, *id);
      }
      return problem_response(removed.error(), request);
    }
    Response response;
    response.status = 204;
    return response;
  });
}

}  // namespace cg::http
