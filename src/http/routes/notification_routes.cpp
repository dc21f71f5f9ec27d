#include "http/routes/notification_routes.h"

#include <boost/json.hpp>

#include "app/audit_trail.h"
#include "app/json_values.h"
#include "domain/time_format.h"
#include "http/routes/route_support.h"
#include "store/job_repository.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr std::size_t kMaxIds = 1000;

json::object list_json(const app::NotificationList& list) {
  json::array items;
  for (const auto& n : list.items) {
    items.push_back(json::object{{"id", n.id},
                                 {"partnership_id", n.partnership_id},
                                 {"partnership_name", n.partnership_name},
                                 {"kind", to_key(n.kind)},
                                 {"title", n.subject_title},
                                 {"text", n.text},
                                 {"link", n.link},
                                 {"created_at", n.created_at},
                                 {"read", n.read_at.has_value()}});
  }
  return {{"unread", list.unread}, {"items", std::move(items)}};
}

json::object setting_json(const store::NotificationSetting& s) {
  return {{"partnership_id", s.partnership_id}, {"partnership_name", s.partnership_name},
          {"frequency", to_key(s.frequency)}};
}

json::object job_json(const store::JobRecord& j) {
  return {{"id", j.id},
          {"kind", j.kind},
          {"key", j.unique_key},  // says what it is for: "digest-daily-2026-11-27-42", "notification-7"
          {"status", j.status},
          {"attempts", j.attempts},
          {"run_at", j.run_at},
          {"last_error", app::optional_json(j.last_error)},
          {"created_at", j.created_at},
          {"updated_at", j.updated_at}};
}

}  // namespace

void add_notification_routes(Router& router, app::NotificationService& notifications, store::Store& store,
                             const Authentication& auth) {
  router.add("GET", "/api/v1/me/notifications", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      if (auto errors = unknown_query_params(request, {"unread"}); !errors.empty()) {
        return problem_response(Error::invalid(std::move(errors)), request);
      }
      const auto unread = request.query_param("unread").value_or("false");
      if (unread != "true" && unread != "false") {
        return problem_response(Error::invalid_field("unread", "Use true or false."), request);
      }
      return json_response(200, list_json(notifications.list(who.user, unread == "true")));
    });
  });
  router.add("POST", "/api/v1/me/notifications/read", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto ids = in.optional_id_list("ids", kMaxIds);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return json_response(200, list_json(notifications.mark_read(who.user, ids.value_or(std::vector<std::int64_t>{}))));
      });
    });
  });
  router.add("GET", "/api/v1/me/notification-settings", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      json::array items;
      for (const auto& s : notifications.settings(who.user)) items.push_back(setting_json(s));
      return json_response(200, json::object{{"items", std::move(items)}});
    });
  });
  router.add("PUT", "/api/v1/me/notification-settings/{id}", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        auto frequency = in.key<DeliveryFrequency>("frequency", delivery_frequency_from_key,
                                                   "immediate, daily, weekly, off", true);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        return respond(request, notifications.choose(who.user, *id, *frequency), 200, setting_json);
      });
    });
  });
  router.add("GET", "/api/v1/admin/jobs", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_site_settings);
    if (!who) return problem_response(who.error(), request);
    if (auto errors = unknown_query_params(request, {"status"}); !errors.empty()) {
      return problem_response(Error::invalid(std::move(errors)), request);
    }
    const auto status = request.query_param("status").value_or("failed");
    if (status != "queued" && status != "done" && status != "failed") {
      return problem_response(Error::invalid_field("status", "Use queued, done or failed."), request);
    }
    return store.read([&](store::Connection& c) {
      store::JobRepository jobs(c);
      json::object counts;
      for (const auto& [name, n] : jobs.counts()) counts[name] = n;
      json::array items;
      for (const auto& j : jobs.list(std::string(status), 100)) items.push_back(job_json(j));
      return json_response(200, json::object{{"counts", std::move(counts)}, {"items", std::move(items)}});
    });
  });
  router.add("POST", "/api/v1/admin/jobs/{id}/retry", [&](Request& request) {
    auto who = auth.require_allowed(request, app::Action::manage_site_settings);
    if (!who) return problem_response(who.error(), request);
    auto id = path_id(request, "id");
    if (!id) return problem_response(id.error(), request);
    const auto actor = Authentication::actor(request, &*who);
    auto retried = store.write([&](store::Connection& c) -> Result<Done> {
      store::JobRepository jobs(c);
      const auto job = jobs.find(*id);
      if (!job) return Error::make(ErrorKind::not_found, "There is no job with id " + std::to_string(*id) + ".");
      const auto now = format_utc(std::chrono::system_clock::now());
      if (!jobs.retry(*id, now)) return Error::make(ErrorKind::conflict, "Only a failed job can be tried again.");
      app::append_audit(c, actor, now,
                        app::audit_change("job.retry", "job", *id, json::object{{"key", job->unique_key}}));
      return Done{};
    });
    if (!retried) return problem_response(retried.error(), request);
    return no_content();
  });
}

}  // namespace cg::http
