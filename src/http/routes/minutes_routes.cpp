#include <algorithm>

#include <boost/json.hpp>

#include "app/meeting_json.h"
#include "app/plan_json.h"
#include "domain/time_format.h"
#include "http/routes/meeting_routes.h"
#include "http/routes/plan_routes.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

std::string meeting_path(std::string_view rest) {
  std::string out = "/api/v1/partnerships/{id}/meetings/{meeting_id}";
  out += rest;
  return out;
}

// One required text member of a small body.
template <typename Use>
Response with_text(Request& request, std::string_view name, Use&& use) {
  return with_body(request, [&](const json::object& body) {
    JsonFields in(body);
    auto text = in.required_string(name);
    if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
    return use(std::move(*text));
  });
}

}  // namespace

void add_minutes_routes(Router& router, app::MinutesService& minutes, app::PlanService& plans,
                        const Authentication& auth) {
  const auto encode = [&plans](const app::MeetingOutcome& o) { return app::outcome_json(o, plans.today()); };
  router.add("GET", meeting_path("/minutes"), [&, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto found = minutes.get(ids->first, ids->second, who.user);
      if (!found) return problem_response(found.error(), request);
      return versioned(200, encode(*found), found->version());
    });
  });
  router.add("PUT", meeting_path("/minutes"), [&, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto based_on = if_match_version(request);
      if (!based_on) return problem_response(based_on.error(), request);
      return with_text(request, "markdown", [&](std::string markdown) {
        auto saved = minutes.write(ids->first, ids->second, *based_on, std::move(markdown), who.user, actor);
        if (!saved) {
          if (saved.error().kind != ErrorKind::precondition_failed) return problem_response(saved.error(), request);
          auto now = minutes.get(ids->first, ids->second, who.user);
          if (!now) return problem_response(now.error(), request);
          auto response = problem_response(saved.error(), request, {{"current", encode(*now)}});
          response.set_header("ETag", etag(now->version()));
          return response;
        }
        return versioned(200, encode(*saved), saved->version());
      });
    });
  });
  router.add("POST", meeting_path("/minutes/status"), [&, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto to = in.key<MinutesStatus>("status", minutes_status_from_key, "draft, circulated, approved", true);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, minutes.move(ids->first, ids->second, *to, who.user, actor), 200, encode);
      });
    });
  });
  router.add("POST", meeting_path("/minutes/comments"), [&, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_text(request, "body", [&](std::string text) {
        return respond(request, minutes.comment(ids->first, ids->second, std::move(text), who.user), 201, encode);
      });
    });
  });
  router.add("POST", meeting_path("/decisions"), [&, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_text(request, "text", [&](std::string text) {
        return respond(request, minutes.decide(ids->first, ids->second, std::move(text), who.user, actor), 201, encode);
      });
    });
  });
  router.add("DELETE", meeting_path("/decisions/{decision_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      auto decision = path_id(request, "decision_id");
      if (!decision) return problem_response(decision.error(), request);
      auto removed = minutes.remove_decision(ids->first, ids->second, *decision, who.user);
      if (!removed) return problem_response(removed.error(), request);
      return no_content();
    });
  });
  // An action item is a plan activity that remembers the meeting: who does it and by when.
  router.add("POST", meeting_path("/action-items"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "meeting_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        // Who and by when are required here; said together with any other field's problem.
        std::vector<FieldError> errors;
        auto change = read_activity(body, {}, true);
        if (!change) {
          if (change.error().kind != ErrorKind::invalid_input) return problem_response(change.error(), request);
          errors = change.error().fields;
        }
        const auto given = [&](std::string_view name) {
          const auto* value = body.if_contains(name);
          return value && !value->is_null() && !(value->is_array() && value->as_array().empty());
        };
        const auto named = [&](std::string_view name) {
          return std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.field == name; });
        };
        if (!given("owner_ids") && !named("owner_ids")) errors.push_back({"owner_ids", "Say who will do it."});
        if (!given("due_on") && !named("due_on")) errors.push_back({"due_on", "Say by when."});
        if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        change->meeting_id = ids->second;
        auto created = plans.create_activity(ids->first, std::move(*change), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, app::activity_json(*created, {&created->names.owners, &created->names.organizations},
                                                 plans.today()),
                         created->stamp.version);
      });
    });
  });
}

}  // namespace cg::http
