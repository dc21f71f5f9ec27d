#include <boost/json.hpp>

#include "app/plan_json.h"
#include "http/routes/plan_routes.h"
#include "http/routes/field_overlay.h"
#include "http/routes/route_support.h"
#include "http/routes/versioned_patch.h"

namespace cg::http {
namespace {

namespace json = boost::json;

void required(JsonFields& in, const json::object& body, bool creating, std::initializer_list<std::string_view> names) {
  if (!creating) return;
  for (auto name : names) {
    if (!body.contains(name)) in.add(name, "Required.");
  }
}

void refuse_stamp(JsonFields& in) {
  constexpr std::array<std::string_view, 5> kReadOnly = {"id", "partnership_id", "version", "created_at", "updated_at"};
  in.refuse_read_only(kReadOnly);
}

Result<ResourceFields> read_resource(const json::object& body, ResourceFields f, bool creating) {
  JsonFields in(body);
  required(in, body, creating, {"entry", "kind", "description", "amount", "unit"});
  overlay(f.entry, in.key<ResourceEntry>("entry", resource_entry_from_key, "need, commitment", false));
  overlay(f.kind, in.key<ResourceKind>("kind", resource_kind_from_key, "funding, staff_hours, in_kind", false));
  overlay(f.description, in.optional_string("description"));
  overlay(f.amount, in.optional_number("amount"));
  overlay(f.unit, in.optional_string("unit"));
  overlay(f.period, in.key<ResourcePeriod>("period", resource_period_from_key, "one_off, per_week, per_month, per_year", false));
  overlay(f.membership_id, in.nullable_id("membership_id"));
  overlay(f.activity_id, in.nullable_id("activity_id"));
  overlay(f.used, in.optional_number("used"));
  overlay(f.committed_on, in.nullable_date("committed_on"));
  refuse_stamp(in);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

Result<RiskFields> read_risk(const json::object& body, RiskFields f, bool creating) {
  JsonFields in(body);
  required(in, body, creating, {"title"});
  overlay(f.title, in.optional_string("title"));
  overlay(f.description, in.nullable_string("description"));
  if (auto v = in.optional_integer("likelihood", 1, 5)) f.likelihood = static_cast<int>(*v);
  if (auto v = in.optional_integer("impact", 1, 5)) f.impact = static_cast<int>(*v);
  overlay(f.trigger, in.nullable_string("trigger"));
  overlay(f.response, in.nullable_string("response"));
  overlay(f.owner_id, in.nullable_id("owner_id"));
  overlay(f.status, in.key<RiskStatus>("status", risk_status_from_key, "open, watching, occurred, closed", false));
  constexpr std::array<std::string_view, 2> kDerived = {"score", "level"};
  in.refuse_read_only(kDerived);
  refuse_stamp(in);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return f;
}

json::value name_or_null(const std::map<std::int64_t, std::string>& names, const std::optional<std::int64_t>& id) {
  if (!id) return nullptr;
  auto found = names.find(*id);
  return found == names.end() ? json::value(nullptr) : json::value(found->second);
}

}  // namespace

void add_plan_register_routes(Router& router, app::PlanRegisterService& registers, const Authentication& auth) {
  const std::string base = "/api/v1/partnerships/{id}/plan";

  router.add("GET", base + "/resources", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, registers.resources(*id, who.user), 200, [](const app::ResourceView& v) {
        json::array items;
        for (const auto& r : v.items) {
          auto item = app::resource_json(r);
          item["partner"] = name_or_null(v.member_names, r.fields.membership_id);
          items.push_back(std::move(item));
        }
        return json::object{{"items", std::move(items)}, {"summary", app::resource_summary_json(v.summary)}};
      });
    });
  });
  router.add("POST", base + "/resources", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto fields = read_resource(body, {}, true);
        if (!fields) return problem_response(fields.error(), request);
        auto created = registers.add_resource(*id, std::move(*fields), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, app::resource_json(*created), created->stamp.version);
      });
    });
  });
  router.add("PATCH", base + "/resources/{resource_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "resource_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [id, resource_id] = *ids;
      return patch_versioned(
          request, resource_id, [&](std::int64_t r) { return registers.resource(id, r, who.user); },
          [](const store::ResourceRecord& r) { return r.fields; }, read_resource,
          [&](std::int64_t r, std::optional<std::int64_t> v, ResourceFields f) {
            return registers.update_resource(id, r, v, std::move(f), who.user, actor);
          },
          app::resource_json);
    });
  });
  router.add("DELETE", base + "/resources/{resource_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "resource_id");
      if (!ids) return problem_response(ids.error(), request);
      auto removed = registers.remove_resource(ids->first, ids->second, who.user, actor);
      if (!removed) return problem_response(removed.error(), request);
      return no_content();
    });
  });

  router.add("GET", base + "/risks", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, registers.risks(*id, who.user), 200, [](const app::RiskView& v) {
        json::array items;
        for (const auto& r : v.items) {
          auto item = app::risk_json(r);
          item["owner_name"] = name_or_null(v.member_names, r.fields.owner_id);
          items.push_back(std::move(item));
        }
        return json::object{{"items", std::move(items)}, {"grid", app::risk_grid_json(v.grid)}};
      });
    });
  });
  router.add("POST", base + "/risks", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto fields = read_risk(body, {}, true);
        if (!fields) return problem_response(fields.error(), request);
        auto created = registers.add_risk(*id, std::move(*fields), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, app::risk_json(*created), created->stamp.version);
      });
    });
  });
  router.add("PATCH", base + "/risks/{risk_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "risk_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [id, risk_id] = *ids;
      return patch_versioned(
          request, risk_id, [&](std::int64_t r) { return registers.risk(id, r, who.user); },
          [](const store::RiskRecord& r) { return r.fields; }, read_risk,
          [&](std::int64_t r, std::optional<std::int64_t> v, RiskFields f) {
            return registers.update_risk(id, r, v, std::move(f), who.user, actor);
          },
          app::risk_json);
    });
  });
}

}  // namespace cg::http
