#include "http/routes/discussion_routes.h"

#include <boost/json.hpp>

#include "app/discussion_json.h"
#include "http/routes/plan_routes.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr std::string_view kBoard = "/api/v1/partnerships/{id}/discussion";

std::string at(std::string_view rest) { return std::string(kBoard) + std::string(rest); }

Response thread_response(int status, const app::DiscussionThread& thread) {
  return versioned(status, app::discussion_thread_json(thread), thread.item.version);
}

// The item, or one of its comments, from the path.
Result<std::pair<std::int64_t, app::ReportTarget>> target_of(const Request& request, bool comment) {
  auto ids = path_ids(request, "id", "item_id");
  if (!ids) return std::move(ids).error();
  app::ReportTarget target{ids->second, std::nullopt};
  if (comment) {
    auto id = path_id(request, "comment_id");
    if (!id) return std::move(id).error();
    target.comment_id = *id;
  }
  return std::make_pair(ids->first, target);
}

}  // namespace

void add_discussion_routes(Router& router, app::DiscussionService& discussion, const Authentication& auth) {
  router.add("GET", at(""), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, discussion.board(*id, who.user), 200, app::discussion_board_json);
    });
  });
  router.add("POST", at(""), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        DiscussionFields fields;
        fields.kind = in.key<DiscussionKind>("kind", discussion_kind_from_key, "idea, thread", true).value_or(fields.kind);
        fields.title = in.required_string("title").value_or("");
        fields.body = in.optional_string("body").value_or("");
        fields.anonymous = in.optional_bool("anonymous").value_or(false);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        auto started = discussion.start(*id, std::move(fields), who.user, actor);
        if (!started) return problem_response(started.error(), request);
        return thread_response(201, *started);
      });
    });
  });
  router.add("GET", at("/{item_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "item_id");
      if (!ids) return problem_response(ids.error(), request);
      auto found = discussion.get(ids->first, ids->second, who.user);
      if (!found) return problem_response(found.error(), request);
      return thread_response(200, *found);
    });
  });
  router.add("POST", at("/{item_id}/comments"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "item_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto text = in.required_string("body");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        auto thread = discussion.comment(ids->first, ids->second, std::move(*text), who.user);
        if (!thread) return problem_response(thread.error(), request);
        return thread_response(201, *thread);
      });
    });
  });
  for (const auto* method : {"PUT", "DELETE"}) {
    const bool supporting = std::string_view(method) == "PUT";
    router.add(method, at("/{item_id}/support"), [&, supporting](Request& request) {
      return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
        auto ids = path_ids(request, "id", "item_id");
        if (!ids) return problem_response(ids.error(), request);
        auto thread = discussion.support(ids->first, ids->second, supporting, who.user);
        if (!thread) return problem_response(thread.error(), request);
        return thread_response(200, *thread);
      });
    });
  }
  router.add("POST", at("/{item_id}/status"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "item_id");
      if (!ids) return problem_response(ids.error(), request);
      auto based_on = if_match_version(request);
      if (!based_on) return problem_response(based_on.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::StatusChange change;
        auto status = in.key<DiscussionStatus>("status", discussion_status_from_key,
                                               "open, under_consideration, adopted, declined", true);
        change.reason = in.nullable_string("reason").value_or(std::nullopt);
        const auto* activity = in.optional_value("activity");
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        change.status = *status;
        if (activity && !activity->is_null()) {
          if (!activity->is_object()) {
            return problem_response(Error::invalid_field("activity", "Send the activity as an object."), request);
          }
          auto read = read_activity(activity->as_object(), {}, true);
          if (!read) return problem_response(read.error(), request);
          change.activity = std::move(*read);
        }
        auto thread = discussion.set_status(ids->first, ids->second, *based_on, std::move(change), who.user, actor);
        if (!thread) return problem_response(thread.error(), request);
        return thread_response(200, *thread);
      });
    });
  });
  for (const bool comment : {false, true}) {
    const std::string target = comment ? "/{item_id}/comments/{comment_id}" : "/{item_id}";
    router.add("POST", at(target + "/reports"), [&, comment](Request& request) {
      return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
        auto where = target_of(request, comment);
        if (!where) return problem_response(where.error(), request);
        return with_body(request, [&](const json::object& body) {
          JsonFields in(body);
          auto reason = in.key<ReportReason>("reason", report_reason_from_key,
                                             "disrespectful, personal_information, off_topic, spam, threatening", true);
          if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
          auto reported = discussion.report(where->first, where->second, *reason, who.user);
          if (!reported) return problem_response(reported.error(), request);
          if (!*reported) {
            return problem_response(Error::make(ErrorKind::conflict, "You have already reported this."), request);
          }
          return json_response(201, json::object{{"reported", true}});
        });
      });
    });
    router.add("POST", at(target + "/hide"), [&, comment](Request& request) {
      return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
        auto where = target_of(request, comment);
        if (!where) return problem_response(where.error(), request);
        auto thread = discussion.hide(where->first, where->second, who.user, actor);
        if (!thread) return problem_response(thread.error(), request);
        return thread_response(200, *thread);
      });
    });
  }
}

}  // namespace cg::http
