#include "http/routes/calendar_routes.h"

#include <boost/json.hpp>

#include "app/json_values.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

json::object feed_json(const store::CalendarFeed& f) {
  return {{"id", f.id},
          {"partnership_id", app::optional_json(f.partnership_id)},
          {"partnership_name", app::optional_json(f.partnership_name)},
          {"created_at", f.created_at}};
}

}  // namespace

void add_calendar_routes(Router& router, app::CalendarFeedService& feeds, const Authentication& auth) {
  router.add("POST", "/api/v1/calendar-feeds", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      std::optional<std::int64_t> partnership_id;
      if (!request.body.empty()) {
        auto body = read_json_object(request);
        if (!body) return problem_response(body.error(), request);
        JsonFields in(*body);
        partnership_id = in.nullable_id("partnership_id").value_or(std::nullopt);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      }
      auto created = feeds.create(who.user, partnership_id, actor);
      if (!created) return problem_response(created.error(), request);
      auto out = feed_json(created->feed);
      out["url"] = created->url;
      return json_response(201, out);
    });
  });
  router.add("GET", "/api/v1/calendar-feeds", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      return respond(request, feeds.list(who.user), 200, [](const std::vector<store::CalendarFeed>& items) {
        json::array out;
        for (const auto& f : items) out.push_back(feed_json(f));
        return json::object{{"items", std::move(out)}};
      });
    });
  });
  router.add("DELETE", "/api/v1/calendar-feeds/{feed_id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "feed_id");
      if (!id) return problem_response(id.error(), request);
      auto revoked = feeds.revoke(who.user, *id, actor);
      if (!revoked) return problem_response(revoked.error(), request);
      return no_content();
    });
  });
  router.add("GET", "/api/v1/calendar/{token}/commonground.ics", [&](Request& request) {
    const auto token = request.path_param("token");
    auto text = feeds.render(std::string(token.value_or("")));
    if (!text) return problem_response(text.error(), request);
    Response response;
    response.body = std::move(*text);
    response.set_header("Content-Type", "text/calendar; charset=utf-8");
    response.set_header("Cache-Control", "private, max-age=300");
    return response;
  });
}

}  // namespace cg::http
