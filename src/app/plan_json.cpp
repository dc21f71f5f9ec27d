#include "app/plan_json.h"

#include <boost/json/array.hpp>

#include "app/json_values.h"
#include "domain/time_format.h"

namespace cg::app {
namespace {

namespace json = boost::json;

void add_stamp(json::object& out, const store::ItemStamp& s) {
  out["id"] = s.id;
  out["partnership_id"] = s.partnership_id;
  out["position"] = s.position;
  out["archived"] = s.archived_at.has_value();
  out["archived_at"] = optional_json(s.archived_at);
  out["version"] = s.version;
  out["created_at"] = s.created_at;
  out["updated_at"] = s.updated_at;
}

json::value optional_date_json(const std::optional<Day>& day) {
  return day ? json::value(format_date(*day)) : json::value(nullptr);
}

std::string name_or(const std::map<std::int64_t, std::string>* names, std::int64_t id, std::string_view fallback) {
  if (names) {
    if (auto found = names->find(id); found != names->end()) return found->second;
  }
  std::string out(fallback);
  out += ' ';
  out += std::to_string(id);
  return out;
}

}  // namespace

json::object goal_json(const store::GoalRecord& goal) {
  json::object out;
  add_stamp(out, goal.stamp);
  out["title"] = goal.fields.title;
  out["rationale"] = optional_json(goal.fields.rationale);
  return out;
}

json::object objective_json(const store::ObjectiveRecord& o) {
  json::object out;
  add_stamp(out, o.stamp);
  const auto& f = o.fields;
  out["goal_id"] = o.goal_id;
  out["title"] = f.title;
  out["indicator"] = f.indicator;
  out["unit"] = f.unit;
  out["baseline"] = f.baseline;
  out["target"] = f.target;
  out["direction"] = to_key(f.direction);
  out["start_on"] = format_date(f.start_on);
  out["target_on"] = format_date(f.target_on);
  out["weight"] = f.weight;
  return out;
}

json::object activity_json(const store::ActivityRecord& a, const PlanNames& names, Day today) {
  json::object out;
  add_stamp(out, a.stamp);
  const auto& f = a.fields;
  out["objective_id"] = optional_json(a.objective_id);
  out["parent_activity_id"] = optional_json(a.parent_activity_id);
  out["title"] = f.title;
  out["description"] = optional_json(f.description);
  out["start_on"] = optional_date_json(f.start_on);
  out["due_on"] = optional_date_json(f.due_on);
  out["status"] = to_key(f.status);
  out["percent"] = f.percent;
  out["resources_needed"] = optional_json(f.resources_needed);
  out["rationale"] = optional_json(f.rationale);
  out["expected_outcome"] = optional_json(f.expected_outcome);
  json::array owners;
  for (auto id : f.owner_ids) {
    owners.push_back(json::object{{"membership_id", id}, {"display_name", name_or(names.owners, id, "Member")}});
  }
  out["owners"] = std::move(owners);
  json::array organizations;
  for (auto id : f.organization_ids) {
    organizations.push_back(json::object{{"id", id}, {"name", name_or(names.organizations, id, "Organisation")}});
  }
  out["organizations"] = std::move(organizations);
  out["overdue"] = f.due_on && *f.due_on < today && !is_closed(f.status);
  return out;
}

json::object measurement_json(const store::MeasurementRecord& m) {
  return {{"id", m.id},
          {"objective_id", m.objective_id},
          {"on", format_date(m.on)},
          {"value", m.value},
          {"note", optional_json(m.note)},
          {"recorded_by", optional_json(m.recorded_by)},
          {"created_at", m.created_at}};
}

json::object objective_progress_json(const ObjectiveProgress& p) {
  json::object out;
  out["progress"] = optional_json(p.progress);
  out["progress_source"] = to_key(p.source);
  out["expected"] = p.expected;
  out["trajectory"] = to_key(p.trajectory);
  out["latest"] = p.latest ? json::value(json::object{{"on", format_date(p.latest->on)}, {"value", p.latest->value}})
                           : json::value(nullptr);
  out["activity_counts"] = json::object{{"total", p.activities}, {"done", p.done}, {"overdue", p.overdue}};
  return out;
}

json::object review_json(const ReviewSchedule& r) {
  return {{"due_on", format_date(r.due_on)}, {"state", to_key(r.state)}, {"days_overdue", r.days_overdue}};
}

json::object plan_finding_json(const PlanFinding& f) {
  json::array ids;
  for (auto id : f.activity_ids) ids.push_back(id);
  return {{"code", f.code},
          {"severity", to_key(f.severity)},
          {"title", f.title},
          {"evidence", f.evidence},
          {"suggested_action", f.suggested_action},
          {"activity_ids", std::move(ids)},
          {"objective_id", optional_json(f.objective_id)},
          {"membership_id", optional_json(f.membership_id)}};
}

}  // namespace cg::app
