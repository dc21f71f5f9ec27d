#include "http/routes/partnership_routes.h"

#include <boost/json.hpp>
#include <array>

#include "app/json_values.h"
#include "app/partnership_json.h"
#include "domain/partnership_role.h"
#include "domain/perspective.h"
#include "domain/time_format.h"
#include "http/geojson.h"
#include "http/routes/reference_keys.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

const std::string kStatusKeys = keys_of(all_partnership_statuses());
const std::string kVisibilityKeys = keys_of(all_visibilities());

constexpr std::array<std::string_view, 6> kReadOnly = {"id",         "version",        "created_at",
                                                       "updated_at", "active_members", "my_role"};

// The outline as stored text: absent, cleared (null), or checked GeoJSON.
std::optional<std::optional<std::string>> read_geojson(JsonFields& in) {
  const auto* value = in.optional_value("area_geojson");
  if (!value) return std::nullopt;
  if (value->is_null()) return std::optional<std::string>();
  if (auto problem = check_area_geojson(*value)) {
    in.add("area_geojson", *problem);
    return std::nullopt;
  }
  return std::optional<std::string>(json::serialize(*value));
}

PartnershipPatch read_patch(JsonFields& in) {
  PartnershipPatch patch;
  patch.name = in.optional_string("name");
  patch.short_name = in.nullable_string("short_name");
  patch.area_served = in.nullable_string("area_served");
  patch.area_geojson = read_geojson(in);
  patch.focus_problems = in.optional_string_list("focus_problems", kFocusProblemsMax * 2);
  patch.description = in.nullable_string("description");
  patch.status = in.key<PartnershipStatus>("status", partnership_status_from_key, kStatusKeys, false);
  patch.visibility = in.key<Visibility>("visibility", visibility_from_key, kVisibilityKeys, false);
  if (auto days = in.optional_integer("review_cadence_days", 7, kReviewCadenceMaxDays)) {
    patch.review_cadence_days = static_cast<int>(*days);
  }
  patch.essential_sectors = in.key_list<Sector>("essential_sectors", sector_from_key, sector_keys());
  return patch;
}

Result<app::NewPartnership> decode_new(const json::object& body) {
  JsonFields in(body);
  auto patch = read_patch(in);
  if (!patch.name) in.add("name", "Required.");
  app::NewPartnership input;
  input.fields.essential_sectors = default_essential_sectors();
  input.fields = apply(patch, std::move(input.fields));
  input.my_organization_id = in.nullable_id("my_organization_id").value_or(std::nullopt);
  input.my_sector = in.key<Sector>("my_sector", sector_from_key, sector_keys(), false);
  in.refuse_read_only(kReadOnly);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return input;
}

Result<PartnershipPatch> decode_patch(const json::object& body) {
  JsonFields in(body);
  auto patch = read_patch(in);
  in.refuse_read_only(kReadOnly);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return patch;
}

Result<app::PartnershipQuery> decode_query(const Request& request) {
  auto errors = unknown_query_params(request, {"limit", "after", "status", "q", "mine"});
  app::PartnershipQuery query;
  for (const auto& [name, value] : request.query) {
    if (name == "limit") {
      query.limit = query_limit(value, 200, errors);
    } else if (name == "after") {
      query.after = value;
    } else if (name == "status") {
      query.status = partnership_status_from_key(value);
      if (!query.status) errors.push_back({"status", "Must be one of: " + kStatusKeys + "."});
    } else if (name == "q") {
      if (value.size() > 200) errors.push_back({"q", "Must be at most 200 characters."});
      query.name_contains = value;
    } else if (name == "mine") {
      if (value != "true" && value != "false") errors.push_back({"mine", "Must be true or false."});
      query.mine_only = value == "true";
    }
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return query;
}

Response view_response(int status, const store::PartnershipView& view) {
  return versioned(status, app::partnership_json(view), view.partnership.version);
}

json::object public_summary(const Partnership& p) {
  return {{"id", p.id},
          {"name", p.fields.name},
          {"short_name", app::optional_json(p.fields.short_name)},
          {"area_served", app::optional_json(p.fields.area_served)}};
}

json::object public_profile_json(const app::PublicProfile& profile) {
  auto out = public_summary(profile.partnership);
  out["area_geojson"] = app::partnership_json(profile.partnership).at("area_geojson");
  json::array values;
  if (profile.charter) {
    for (const auto& v : profile.charter->values) values.emplace_back(v);
  }
  out["mission"] = profile.charter ? json::value(profile.charter->mission) : json::value(nullptr);
  out["vision"] = profile.charter ? json::value(profile.charter->vision) : json::value(nullptr);
  out["values"] = std::move(values);
  json::array sectors;
  for (const auto& [sector, members] : profile.sectors) {
    sectors.push_back(json::object{{"sector", to_key(sector)}, {"label", to_label(sector)}, {"members", members}});
  }
  out["sectors"] = std::move(sectors);
  json::array members;
  for (const auto& m : profile.members) {
    members.push_back(json::object{{"display_name", m.display_name},
                                   {"organization_name", app::optional_json(m.organization_name)},
                                   {"sector", to_key(m.sector)}});
  }
  out["members"] = std::move(members);
  return out;
}

template <typename Table>
json::object reference_list(Table table) {
  json::array items;
  for (const auto& entry : table) items.push_back(json::object{{"key", entry.key}, {"label", entry.label}});
  return {{"items", std::move(items)}};
}

void add_reference_routes(Router& router) {
  router.add("GET", "/api/v1/perspectives", [](Request&) { return json_response(200, reference_list(all_perspectives())); });
  router.add("GET", "/api/v1/partnership-roles",
             [](Request&) { return json_response(200, reference_list(all_partnership_roles())); });
}

void add_public_routes(Router& router, app::PartnershipService& partnerships) {
  // Anonymous: what a partnership chose to show the public, nothing else.
  router.add("GET", "/api/v1/public/partnerships", [&](Request&) {
    json::array items;
    for (const auto& p : partnerships.public_list()) items.push_back(public_summary(p));
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  router.add("GET", "/api/v1/public/partnerships/{id}", [&](Request& request) {
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    return respond(request, partnerships.public_profile(*id), 200, public_profile_json);
  });
}

void add_balance_routes(Router& router, app::BalanceService& balance, const Authentication& auth) {
  router.add("GET", "/api/v1/partnerships/{id}/balance", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto errors = unknown_query_params(request, {"at"});
      std::optional<Day> at;
      if (auto raw = request.query_param("at")) at = query_date("at", *raw, errors);
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      const Day day = at.value_or(balance.today());
      return respond(request, balance.balance(*id, day, who.user), 200,
                     [&](const BalanceReport& report) { return app::balance_json(report, day); });
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}/balance/trend", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto errors = unknown_query_params(request, {"from", "to", "points"});
      std::optional<Day> from, to;
      int points = 13;
      if (auto raw = request.query_param("from")) from = query_date("from", *raw, errors);
      if (auto raw = request.query_param("to")) to = query_date("to", *raw, errors);
      if (auto raw = request.query_param("points")) {
        std::vector<FieldError> limit_errors;
        points = query_limit(*raw, app::kMaxTrendPoints, limit_errors);
        if (!limit_errors.empty()) {
          errors.push_back({"points", "Must be a whole number between 2 and " + std::to_string(app::kMaxTrendPoints) + "."});
        }
      }
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      return respond(request, balance.trend(*id, from, to, points, who.user), 200,
                     [](const std::vector<BalanceTrendPoint>& trend) {
                       json::array out;
                       for (const auto& p : trend) out.push_back(app::trend_point_json(p));
                       return json::object{{"points", std::move(out)}};
                     });
    });
  });
}

}  // namespace

void add_partnership_routes(Router& router, app::PartnershipService& partnerships, app::BalanceService& balance,
                            const Authentication& auth) {
  add_reference_routes(router);
  add_public_routes(router, partnerships);
  add_balance_routes(router, balance, auth);

  router.add("GET", "/api/v1/partnerships", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto query = decode_query(request);
      if (!query) return problem_response(query.error(), request);
      return respond(request, partnerships.list(*query, who.user), 200, [](const app::PartnershipPage& page) {
        json::array items;
        for (const auto& v : page.items) items.push_back(app::partnership_json(v));
        return json::object{{"items", std::move(items)},
                            {"next", page.next ? json::value(*page.next) : json::value(nullptr)}};
      });
    });
  });

  router.add("POST", "/api/v1/partnerships", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      return with_body(request, [&](const json::object& body) {
        auto input = decode_new(body);
        if (!input) return problem_response(input.error(), request);
        auto created = partnerships.create(std::move(*input), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        auto response = view_response(201, *created);
        response.set_header("Location", "/api/v1/partnerships/" + std::to_string(created->partnership.id));
        return response;
      });
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto found = partnerships.get(*id, who.user);
      if (!found) return problem_response(found.error(), request);
      return view_response(200, *found);
    });
  });

  router.add("PATCH", "/api/v1/partnerships/{id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto version = if_match_version(request);
      if (!version) return problem_response(version.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto patch = decode_patch(body);
        if (!patch) return problem_response(patch.error(), request);
        auto updated = partnerships.update(*id, *version, *patch, who.user, actor);
        if (!updated) {
          if (updated.error().kind != ErrorKind::precondition_failed) return problem_response(updated.error(), request);
          // A 412 carries the stored state, so the editor can show both versions.
          auto current = partnerships.get(*id, who.user);
          if (!current) return problem_response(current.error(), request);
          auto response = problem_response(updated.error(), request, {{"current", app::partnership_json(*current)}});
          response.set_header("ETag", etag(current->partnership.version));
          return response;
        }
        return view_response(200, *updated);
      });
    });
  });

  router.add("GET", "/api/v1/partnerships/{id}/attention", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, partnerships.attention(*id, who.user), 200, [](const std::vector<Finding>& findings) {
        return json::object{{"items", app::findings_json(findings)}};
      });
    });
  });
}

}  // namespace cg::http
