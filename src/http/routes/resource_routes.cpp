#include "http/routes/resource_routes.h"

#include <boost/json.hpp>
#include <charconv>

#include "app/resource_json.h"
#include "http/routes/resource_body.h"
#include "http/routes/route_support.h"
#include "http/routes/versioned_patch.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr std::string_view kResources = "/api/v1/resources";

std::string at(std::string_view rest) { return std::string(kResources) + std::string(rest); }

// The reader when signed in, else nobody: reading the library needs no account, and a stale or
// missing session only means the public view.
std::optional<User> reader_of(const Authentication& auth, const Request& request) {
  auto who = auth.require(request);
  if (!who) return std::nullopt;
  return who->user;
}

std::optional<int> query_number(const Request& request, std::string_view name, std::vector<FieldError>& errors) {
  const auto raw = request.query_param(name);
  if (!raw) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), value);
  if (ec != std::errc() || end != raw->data() + raw->size()) {
    errors.push_back({std::string(name), "Must be a whole number."});
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> query_text(const Request& request, std::string_view name) {
  auto raw = request.query_param(name);
  if (!raw || raw->empty()) return std::nullopt;
  return std::string(*raw);
}

Result<app::ResourceQuery> read_query(const Request& request) {
  auto errors = unknown_query_params(request, {"q", "type", "topic", "evidence", "year", "publisher", "sort", "page",
                                               "per_page"});
  app::ResourceQuery query;
  query.text = std::string(request.query_param("q").value_or(""));
  query.filter = {query_text(request, "type"), query_text(request, "topic"), query_text(request, "evidence"),
                  query_text(request, "year"), query_text(request, "publisher")};
  const auto sort = request.query_param("sort").value_or("relevance");
  if (sort == "newest") query.order = store::ResourceOrder::newest;
  else if (sort != "relevance") errors.push_back({"sort", "Must be relevance or newest."});
  if (auto page = query_number(request, "page", errors)) query.page = *page;
  if (auto per_page = query_number(request, "per_page", errors)) query.per_page = *per_page;
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return query;
}

Response resource_response(int status, const app::ResourcePage& view) {
  return versioned(status, app::resource_json(view), view.resource.version);
}

}  // namespace

void add_resource_routes(Router& router, app::ResourceService& resources, app::ResourceTopicService& topics,
                         const Authentication& auth) {
  router.add("GET", std::string(kResources), [&](Request& request) {
    auto query = read_query(request);
    if (!query) return problem_response(query.error(), request);
    return respond(request, resources.search(*query, reader_of(auth, request)), 200, app::resource_search_json);
  });
  router.add("POST", std::string(kResources), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::ShareRequest share;
        read_fields(in, body, share.fields, true);
        share.partnership_id = in.nullable_id("partnership_id").value_or(std::nullopt);
        const auto visibility = in.optional_string("visibility").value_or("public");
        if (visibility != "public" && visibility != "partnership") in.add("visibility", "Must be public or partnership.");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        share.partnership_only = visibility == "partnership";
        auto shared = resources.share(std::move(share), who.user, actor);
        if (!shared) return problem_response(shared.error(), request);
        return resource_response(201, *shared);
      });
    });
  });
  router.add("GET", at("/queue"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      return json_response(200, json::object{{"items", app::resource_list_json(resources.queue(who.user), topics.list())}});
    });
  });
  router.add("GET", at("/mine"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      return json_response(200,
                           json::object{{"items", app::resource_list_json(resources.shared_by(who.user), topics.list())}});
    });
  });
  router.add("GET", at("/{id}"), [&](Request& request) {
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto found = resources.get(*id, reader_of(auth, request));
    if (!found) return problem_response(found.error(), request);
    return resource_response(200, *found);
  });
  router.add("PATCH", at("/{id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return patch_versioned(
          request, *id, [&](std::int64_t r) { return resources.get(r, who.user); },
          [](const app::ResourcePage& view) { return view.resource.fields; }, read_resource,
          [&](std::int64_t r, std::optional<std::int64_t> v, ResourceDescription fields) {
            return resources.update(r, v, std::move(fields), who.user, actor);
          },
          app::resource_json);
    });
  });
  router.add("POST", at("/{id}/moderation"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto based_on = if_match_version(request);
      if (!based_on) return problem_response(based_on.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::ModerationDecision decision;
        auto status = in.key<ResourceStatus>("status", resource_status_from_key, "published, rejected", true);
        decision.reason = in.nullable_string("reason").value_or(std::nullopt);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        decision.status = *status;
        auto moderated = resources.moderate(*id, *based_on, std::move(decision), who.user, actor);
        if (!moderated) {
          return refused_change(moderated.error(), request, [&] { return resources.get(*id, who.user); },
                                app::resource_json);
        }
        return resource_response(200, *moderated);
      });
    });
  });
  router.add("GET", at("/{id}/similar"), [&](Request& request) {
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    auto errors = unknown_query_params(request, {"limit"});
    const auto limit = query_number(request, "limit", errors).value_or(5);
    if (limit < 1 || limit > 20) errors.push_back({"limit", "Ask for 1 to 20 resources."});
    if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
    const auto all_topics = topics.list();
    return respond(request, resources.more_like(*id, limit, reader_of(auth, request)), 200,
                   [&](const std::vector<store::ResourceHit>& hits) {
                     return json::object{{"items", app::resource_hits_json(hits, all_topics)}};
                   });
  });

  router.add("GET", "/api/v1/resource-topics", [&](Request&) {
    return json_response(200, json::object{{"items", app::resource_topics_json(topics.list())}});
  });
  router.add("POST", "/api/v1/resource-topics", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto key = in.required_string("key");
        auto label = in.required_string("label");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, topics.add({*key, *label}, who.user, actor), 201, [](const auto& list) {
          return json::object{{"items", app::resource_topics_json(list)}};
        });
      });
    });
  });
  router.add("PATCH", "/api/v1/resource-topics/{key}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      const auto key = std::string(request.path_param("key").value_or(""));
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto label = in.required_string("label");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, topics.rename(key, *label, who.user, actor), 200, [](const auto& list) {
          return json::object{{"items", app::resource_topics_json(list)}};
        });
      });
    });
  });
}

}  // namespace cg::http
