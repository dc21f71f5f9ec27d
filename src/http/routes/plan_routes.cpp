#include "http/routes/plan_routes.h"

#include <array>
#include <boost/json.hpp>
#include <unordered_map>

#include "app/json_values.h"
#include "app/plan_json.h"
#include "domain/time_format.h"
#include "http/routes/field_overlay.h"
#include "http/routes/route_support.h"
#include "http/routes/versioned_patch.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr std::string_view kPlan = "/api/v1/partnerships/{id}/plan";

std::string plan_path(std::string_view rest) {
  std::string out(kPlan);
  out += rest;
  return out;
}

void read_common(JsonFields& in, std::optional<int>& position, bool& archived) {
  if (auto p = in.optional_integer("position", 1, 1000000)) position = static_cast<int>(*p);
  overlay(archived, in.optional_bool("archived"));
  constexpr std::array<std::string_view, 6> kReadOnly = {"id", "partnership_id", "version",
                                                         "created_at", "updated_at", "archived_at"};
  in.refuse_read_only(kReadOnly);
}

Result<app::GoalChange> read_goal(const json::object& body, app::GoalChange change, bool creating) {
  JsonFields in(body);
  auto title = in.optional_string("title");
  if (creating) need(in, body, "title", title);
  overlay(change.fields.title, std::move(title));
  overlay(change.fields.rationale, in.nullable_string("rationale"));
  read_common(in, change.position, change.archived);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return change;
}

Result<app::ObjectiveChange> read_objective(const json::object& body, app::ObjectiveChange change, bool creating) {
  JsonFields in(body);
  auto& f = change.fields;
  auto goal_id = in.optional_integer("goal_id", 1, INT64_MAX);
  auto title = in.optional_string("title");
  auto indicator = in.optional_string("indicator");
  auto unit = in.optional_string("unit");
  auto baseline = in.optional_number("baseline");
  auto target = in.optional_number("target");
  auto direction = in.key<Direction>("direction", direction_from_key, "up, down", false);
  auto start_on = in.nullable_date("start_on");
  auto target_on = in.nullable_date("target_on");
  if (creating) {
    need(in, body, "goal_id", goal_id);
    need(in, body, "title", title);
    need(in, body, "indicator", indicator);
    need(in, body, "unit", unit);
    need(in, body, "baseline", baseline);
    need(in, body, "target", target);
  }
  for (auto [name, day] : {std::pair{"start_on", &start_on}, std::pair{"target_on", &target_on}}) {
    if ((creating && !*day && !body.contains(name)) || (*day && !**day)) in.add(name, "Required.");
  }
  overlay(change.goal_id, goal_id);
  overlay(f.title, std::move(title));
  overlay(f.indicator, std::move(indicator));
  overlay(f.unit, std::move(unit));
  overlay(f.baseline, baseline);
  overlay(f.target, target);
  if (direction) {
    f.direction = *direction;
  } else if (creating && baseline && target) {
    f.direction = *target < *baseline ? Direction::down : Direction::up;  // the obvious reading
  }
  if (start_on && *start_on) f.start_on = **start_on;
  if (target_on && *target_on) f.target_on = **target_on;
  overlay(f.weight, in.optional_number("weight"));
  read_common(in, change.position, change.archived);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return change;
}


app::GoalChange change_of(const store::GoalRecord& g) {
  app::GoalChange c;
  c.fields = g.fields;
  c.archived = g.stamp.archived_at.has_value();
  return c;
}
app::ObjectiveChange change_of(const store::ObjectiveRecord& o) {
  app::ObjectiveChange c;
  c.goal_id = o.goal_id;
  c.fields = o.fields;
  c.archived = o.stamp.archived_at.has_value();
  return c;
}
app::ActivityChange change_of(const store::ActivityRecord& a) {
  app::ActivityChange c;
  c.place = {a.objective_id, a.parent_activity_id};
  c.fields = a.fields;
  c.archived = a.stamp.archived_at.has_value();
  return c;
}

json::object plan_json(const app::PlanView& view) {
  const app::PlanNames names{&view.names.owners, &view.names.organizations};
  std::unordered_map<std::int64_t, json::array> activities_by_objective;
  json::array unfiled;
  for (const auto& a : view.records.activities) {
    auto item = app::activity_json(a, names, view.today);
    if (a.objective_id) {
      activities_by_objective[*a.objective_id].push_back(std::move(item));
    } else {
      unfiled.push_back(std::move(item));
    }
  }
  std::unordered_map<std::int64_t, json::array> objectives_by_goal;
  for (const auto& o : view.records.objectives) {
    auto item = app::objective_json(o);
    if (auto p = view.objective_progress.find(o.stamp.id); p != view.objective_progress.end()) {
      for (auto& [key, value] : app::objective_progress_json(p->second)) item[key] = std::move(value);
    }
    item["activities"] = std::move(activities_by_objective[o.stamp.id]);
    objectives_by_goal[o.goal_id].push_back(std::move(item));
  }
  json::array goals;
  for (const auto& g : view.records.goals) {
    auto item = app::goal_json(g);
    auto p = view.goal_progress.find(g.stamp.id);
    item["progress"] = p == view.goal_progress.end() ? json::value(nullptr) : app::optional_json(p->second.progress);
    item["objectives_behind"] = p == view.goal_progress.end() ? 0 : p->second.behind;
    item["objectives"] = std::move(objectives_by_goal[g.stamp.id]);
    goals.push_back(std::move(item));
  }
  const auto& t = view.totals;
  return {{"progress", app::optional_json(t.progress)},
          {"counts", json::object{{"activities", t.activities}, {"done", t.done}, {"overdue", t.overdue},
                                  {"blocked", t.blocked}}},
          {"review", view.review ? json::value(app::review_json(*view.review)) : json::value(nullptr)},
          {"goals", std::move(goals)},
          {"unfiled_activities", std::move(unfiled)}};
}

void add_goal_routes(Router& router, app::PlanService& plans, const Authentication& auth) {
  router.add("POST", plan_path("/goals"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto change = read_goal(body, {}, true);
        if (!change) return problem_response(change.error(), request);
        auto created = plans.create_goal(*id, std::move(*change), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, app::goal_json(*created), created->stamp.version);
      });
    });
  });
  router.add("PATCH", plan_path("/goals/{goal_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "goal_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [id, goal_id] = *ids;
      return patch_versioned(
          request, goal_id, [&](std::int64_t g) { return plans.goal(id, g, who.user); },
          [](const store::GoalRecord& g) { return change_of(g); }, read_goal,
          [&](std::int64_t g, std::optional<std::int64_t> v, app::GoalChange c) {
            return plans.update_goal(id, g, v, std::move(c), who.user, actor);
          },
          app::goal_json);
    });
  });
}

void add_objective_routes(Router& router, app::PlanService& plans, const Authentication& auth) {
  router.add("POST", plan_path("/objectives"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto change = read_objective(body, {}, true);
        if (!change) return problem_response(change.error(), request);
        auto created = plans.create_objective(*id, std::move(*change), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, app::objective_json(*created), created->stamp.version);
      });
    });
  });
  router.add("PATCH", plan_path("/objectives/{objective_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "objective_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [id, objective_id] = *ids;
      return patch_versioned(
          request, objective_id, [&](std::int64_t o) { return plans.objective(id, o, who.user); },
          [](const store::ObjectiveRecord& o) { return change_of(o); }, read_objective,
          [&](std::int64_t o, std::optional<std::int64_t> v, app::ObjectiveChange c) {
            return plans.update_objective(id, o, v, std::move(c), who.user, actor);
          },
          app::objective_json);
    });
  });
  router.add("GET", plan_path("/objectives/{objective_id}/measurements"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "objective_id");
      if (!ids) return problem_response(ids.error(), request);
      return respond(request, plans.measurements(ids->first, ids->second, who.user), 200,
                     [](const std::vector<store::MeasurementRecord>& items) {
                       json::array out;
                       for (const auto& m : items) out.push_back(app::measurement_json(m));
                       return json::object{{"items", std::move(out)}};
                     });
    });
  });
  router.add("POST", plan_path("/objectives/{objective_id}/measurements"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "objective_id");
      if (!ids) return problem_response(ids.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::NewMeasurement m;
        auto on = in.nullable_date("on");
        auto value = in.optional_number("value");
        if (!body.contains("on") || (on && !*on)) in.add("on", "Required.");
        need(in, body, "value", value);
        m.note = in.nullable_string("note").value_or(std::nullopt);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        m.on = **on;
        m.value = *value;
        auto created = plans.record_measurement(ids->first, ids->second, std::move(m), who.user, actor);
        return respond(request, std::move(created), 201, app::measurement_json);
      });
    });
  });
  router.add("DELETE", plan_path("/objectives/{objective_id}/measurements/{measurement_id}"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "objective_id");
      if (!ids) return problem_response(ids.error(), request);
      auto measurement_id = path_id(request, "measurement_id");
      if (!measurement_id) return problem_response(measurement_id.error(), request);
      auto removed = plans.remove_measurement(ids->first, ids->second, *measurement_id, who.user, actor);
      if (!removed) return problem_response(removed.error(), request);
      return no_content();
    });
  });
}

void add_activity_routes(Router& router, app::PlanService& plans, const Authentication& auth) {
  auto encode = [&plans](const app::NamedActivity& a) {
    return app::activity_json(a, {&a.names.owners, &a.names.organizations}, plans.today());
  };
  router.add("POST", plan_path("/activities"), [&plans, &auth, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        auto change = read_activity(body, {}, true);
        if (!change) return problem_response(change.error(), request);
        auto created = plans.create_activity(*id, std::move(*change), who.user, actor);
        if (!created) return problem_response(created.error(), request);
        return versioned(201, encode(*created), created->stamp.version);
      });
    });
  });
  router.add("GET", plan_path("/activities/{activity_id}"), [&plans, &auth, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto ids = path_ids(request, "id", "activity_id");
      if (!ids) return problem_response(ids.error(), request);
      auto found = plans.activity(ids->first, ids->second, who.user);
      if (!found) return problem_response(found.error(), request);
      return versioned(200, encode(*found), found->stamp.version);
    });
  });
  router.add("PATCH", plan_path("/activities/{activity_id}"), [&plans, &auth, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto ids = path_ids(request, "id", "activity_id");
      if (!ids) return problem_response(ids.error(), request);
      const auto [id, activity_id] = *ids;
      return patch_versioned(
          request, activity_id, [&](std::int64_t a) { return plans.activity(id, a, who.user); },
          [](const store::ActivityRecord& a) { return change_of(a); }, read_activity,
          [&](std::int64_t a, std::optional<std::int64_t> v, app::ActivityChange c) {
            return plans.update_activity(id, a, v, std::move(c), who.user, actor);
          },
          encode);
    });
  });
  router.add("POST", plan_path("/activities/bulk-status"), [&plans, &auth, encode](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return with_body(request, [&](const json::object& body) {
        JsonFields in(body);
        app::BulkStatus change;
        auto ids = in.optional_id_list("activity_ids", app::kBulkActivitiesMax);
        need(in, body, "activity_ids", ids);
        auto status = in.key<ActivityStatus>("status", activity_status_from_key, "not_started, in_progress, done, blocked, cancelled", true);
        if (auto percent = in.optional_integer("percent", INT32_MIN, INT32_MAX)) change.percent = static_cast<int>(*percent);
        if (auto errors = in.finish(); !errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
        change.activity_ids = std::move(*ids);
        change.status = *status;
        auto updated = plans.set_status(*id, std::move(change), who.user, actor);
        if (!updated) return problem_response(updated.error(), request);
        const app::PlanNames names{&updated->names.owners, &updated->names.organizations};
        const auto today = plans.today();
        json::array items;
        for (const auto& a : updated->items) items.push_back(app::activity_json(a, names, today));
        return json_response(200, json::object{{"updated", static_cast<std::int64_t>(updated->items.size())},
                                               {"items", std::move(items)}});
      });
    });
  });
}

}  // namespace

Result<app::ActivityChange> read_activity(const json::object& body, app::ActivityChange change, bool creating) {
  JsonFields in(body);
  auto& f = change.fields;
  auto title = in.optional_string("title");
  if (creating) need(in, body, "title", title);
  overlay(f.title, std::move(title));
  overlay(change.place.objective_id, in.nullable_id("objective_id"));
  overlay(change.place.parent_activity_id, in.nullable_id("parent_activity_id"));
  overlay(f.description, in.nullable_string("description"));
  overlay(f.start_on, in.nullable_date("start_on"));
  overlay(f.due_on, in.nullable_date("due_on"));
  constexpr std::string_view kStatuses = "not_started, in_progress, done, blocked, cancelled";
  overlay(f.status, in.key<ActivityStatus>("status", activity_status_from_key, kStatuses, false));
  if (auto percent = in.optional_integer("percent", INT32_MIN, INT32_MAX)) f.percent = static_cast<int>(*percent);
  overlay(f.resources_needed, in.nullable_string("resources_needed"));
  overlay(f.rationale, in.nullable_string("rationale"));
  overlay(f.expected_outcome, in.nullable_string("expected_outcome"));
  overlay(f.owner_ids, in.optional_id_list("owner_ids", kActivityOwnersMax * 2));
  overlay(f.organization_ids, in.optional_id_list("organization_ids", kActivityOwnersMax * 2));
  constexpr std::array<std::string_view, 3> kDerived = {"owners", "organizations", "overdue"};
  in.refuse_read_only(kDerived);
  read_common(in, change.position, change.archived);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return change;
}

void add_plan_routes(Router& router, app::PlanService& plans, const Authentication& auth) {
  router.add("GET", std::string(kPlan), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto errors = unknown_query_params(request, {"archived"});
      bool include_archived = false;
      if (auto raw = request.query_param("archived")) {
        if (*raw == "include") include_archived = true;
        else if (*raw != "exclude") errors.push_back({"archived", "Must be include or exclude."});
      }
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      return respond(request, plans.view(*id, who.user, include_archived), 200, plan_json);
    });
  });
  router.add("GET", plan_path("/attention"), [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      return respond(request, plans.attention(*id, who.user), 200, [](const app::PlanAttention& a) {
        json::array findings;
        for (const auto& f : a.findings) findings.push_back(app::plan_finding_json(f));
        return json::object{{"findings", std::move(findings)},
                            {"review", a.review ? json::value(app::review_json(*a.review)) : json::value(nullptr)}};
      });
    });
  });
  add_goal_routes(router, plans, auth);
  add_objective_routes(router, plans, auth);
  add_activity_routes(router, plans, auth);

  router.add("GET", "/api/v1/me/tasks", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto errors = unknown_query_params(request, {"include"});
      bool include_closed = false;
      if (auto raw = request.query_param("include")) {
        if (*raw == "closed") include_closed = true;
        else errors.push_back({"include", "Must be closed (to list done and cancelled activities too)."});
      }
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      const auto today = plans.today();
      return respond(request, plans.tasks(who.user, include_closed), 200, [today](const app::TaskList& list) {
        const app::PlanNames names{&list.names.owners, &list.names.organizations};
        json::array items;
        for (const auto& t : list.items) {
          auto item = app::activity_json(t.activity, names, today);
          item["partnership"] = json::object{{"id", t.partnership_id}, {"name", t.partnership_name}};
          items.push_back(std::move(item));
        }
        return json::object{{"items", std::move(items)}};
      });
    });
  });
}

}  // namespace cg::http
