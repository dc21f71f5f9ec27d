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

json::array ids_json(const std::vector<std::int64_t>& ids) {
  json::array out;
  for (auto id : ids) out.push_back(id);
  return out;
}

json::object objective_snapshot_json(const ObjectiveSnapshot& o) {
  return {{"objective_id", o.objective_id},
          {"title", o.title},
          {"progress", optional_json(o.progress)},
          {"expected", o.expected},
          {"trajectory", to_key(o.trajectory)},
          {"rating", o.rating ? json::value(to_key(*o.rating)) : json::value(nullptr)}};
}

}  // namespace

std::string name_or(const std::map<std::int64_t, std::string>* names, std::int64_t id, std::string_view fallback) {
  if (names) {
    if (auto found = names->find(id); found != names->end()) return found->second;
  }
  std::string out(fallback);
  out += ' ';
  out += std::to_string(id);
  return out;
}

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
  out["meeting_id"] = optional_json(a.meeting_id);
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
  return {{"code", f.code},
          {"severity", to_key(f.severity)},
          {"title", f.title},
          {"evidence", f.evidence},
          {"suggested_action", f.suggested_action},
          {"activity_ids", ids_json(f.activity_ids)},
          {"objective_id", optional_json(f.objective_id)},
          {"membership_id", optional_json(f.membership_id)},
          {"risk_id", optional_json(f.risk_id)},
          {"resource_ids", ids_json(f.resource_ids)}};
}

json::object resource_json(const store::ResourceRecord& r) {
  const auto& f = r.fields;
  return {{"id", r.stamp.id},
          {"partnership_id", r.stamp.partnership_id},
          {"entry", to_key(f.entry)},
          {"kind", to_key(f.kind)},
          {"description", f.description},
          {"amount", f.amount},
          {"unit", f.unit},
          {"period", to_key(f.period)},
          {"membership_id", optional_json(f.membership_id)},
          {"activity_id", optional_json(f.activity_id)},
          {"used", f.used},
          {"committed_on", optional_date_json(f.committed_on)},
          {"version", r.stamp.version},
          {"created_at", r.stamp.created_at},
          {"updated_at", r.stamp.updated_at}};
}

json::object resource_summary_json(const ResourceSummary& s) {
  const auto totals = [](const std::vector<ResourceTotal>& items) {
    json::array out;
    for (const auto& t : items) {
      json::object total{{"group", t.group}, {"kind", to_key(t.kind)}, {"unit", t.unit},
                         {"period", to_key(t.period)}, {"committed", t.committed}, {"used", t.used}};
      if (t.membership_id) total["membership_id"] = *t.membership_id;
      out.push_back(std::move(total));
    }
    return out;
  };
  json::array gaps;
  for (const auto& g : s.gaps) {
    gaps.push_back(json::object{{"kind", to_key(g.kind)}, {"unit", g.unit}, {"period", to_key(g.period)},
                                {"needed", g.needed}, {"committed", g.committed}, {"shortfall", g.shortfall}});
  }
  return {{"by_partner", totals(s.by_partner)}, {"by_sector", totals(s.by_sector)}, {"gaps", std::move(gaps)},
          {"unused", ids_json(s.unused)}};
}

json::object risk_json(const store::RiskRecord& r) {
  const auto& f = r.fields;
  return {{"id", r.stamp.id},
          {"partnership_id", r.stamp.partnership_id},
          {"title", f.title},
          {"description", optional_json(f.description)},
          {"likelihood", f.likelihood},
          {"impact", f.impact},
          {"score", f.likelihood * f.impact},
          {"level", to_key(risk_level(f.likelihood, f.impact))},
          {"trigger", optional_json(f.trigger)},
          {"response", optional_json(f.response)},
          {"owner_id", optional_json(f.owner_id)},
          {"status", to_key(f.status)},
          {"version", r.stamp.version},
          {"created_at", r.stamp.created_at},
          {"updated_at", r.stamp.updated_at}};
}

json::object risk_grid_json(const RiskGrid& grid) {
  json::array rows;  // rows[likelihood − 1][impact − 1]
  for (const auto& row : grid.counts) {
    json::array cells;
    for (int n : row) cells.push_back(n);
    rows.push_back(std::move(cells));
  }
  return {{"counts", std::move(rows)}, {"axes", "counts[likelihood - 1][impact - 1]"}};
}

json::object plan_review_json(const store::ReviewRecord& r) {
  json::array ratings;
  for (const auto& rating : r.ratings) {
    ratings.push_back(json::object{{"objective_id", rating.objective_id}, {"rating", to_key(rating.rating)},
                                   {"note", optional_json(rating.note)}});
  }
  json::array decisions;
  for (const auto& d : r.decisions) decisions.emplace_back(d);
  json::array objectives;
  for (const auto& o : r.snapshot.objectives) objectives.push_back(objective_snapshot_json(o));
  return {{"id", r.id},
          {"partnership_id", r.partnership_id},
          {"held_on", format_date(r.held_on)},
          {"summary", optional_json(r.summary)},
          {"participant_ids", ids_json(r.participant_ids)},
          {"ratings", std::move(ratings)},
          {"decisions", std::move(decisions)},
          {"activity_ids", ids_json(r.activity_ids)},
          {"snapshot", json::object{{"progress", optional_json(r.snapshot.progress)},
                                    {"activities", r.snapshot.activities},
                                    {"done", r.snapshot.done},
                                    {"overdue", r.snapshot.overdue},
                                    {"objectives", std::move(objectives)}}},
          {"recorded_by", optional_json(r.recorded_by)},
          {"created_at", r.created_at}};
}

json::object snapshot_comparison_json(const SnapshotComparison& c) {
  json::array objectives;
  for (const auto& o : c.objectives) {
    objectives.push_back(json::object{
        {"objective_id", o.objective_id},
        {"title", o.title},
        {"before", o.before ? json::value(objective_snapshot_json(*o.before)) : json::value(nullptr)},
        {"after", o.after ? json::value(objective_snapshot_json(*o.after)) : json::value(nullptr)},
        {"progress_change", optional_json(o.progress_change)}});
  }
  return {{"progress_change", optional_json(c.progress_change)},
          {"done_change", c.done_change},
          {"overdue_change", c.overdue_change},
          {"objectives", std::move(objectives)}};
}

}  // namespace cg::app
