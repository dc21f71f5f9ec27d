#include "app/plan_service.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/notices.h"
#include "app/partnership_gate.h"
#include "app/plan_edit_rules.h"
#include "app/plan_json.h"
#include "app/plan_register_service.h"
#include "app/plan_review_service.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/meeting_repository.h"
#include "store/membership_repository.h"
#include "store/minutes_repository.h"
#include "store/organization_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

ActivityNames names_in(store::PlanRepository& plan, std::int64_t partnership_id) {
  return {plan.owner_names(partnership_id), plan.organization_names(partnership_id)};
}

NamedActivity named(store::PlanRepository& plan, std::int64_t partnership_id, store::ActivityRecord record) {
  NamedActivity out;
  static_cast<store::ActivityRecord&>(out) = std::move(record);
  out.names = names_in(plan, partnership_id);
  return out;
}

// An activity as its audit record shows it: with its owners' and organisations' names.
boost::json::object activity_json(const NamedActivity& a, Day today) {
  return activity_json(a, {&a.names.owners, &a.names.organizations}, today);
}

std::optional<std::string> archived_at(bool archived, const std::optional<std::string>& before, const std::string& now) {
  if (!archived) return std::nullopt;
  return before ? before : std::optional<std::string>(now);
}

// Owners must hold an open seat in this partnership and organisations must exist.
Result<Done> check_people(store::Connection& c, std::int64_t partnership_id, const ActivityFields& fields) {
  store::MembershipRepository members(c);
  for (auto id : fields.owner_ids) {
    auto member = members.find(partnership_id, id);
    if (!member || !is_open(member->status)) {
      return Error::invalid_field("owner_ids",
                                 "Owner " + std::to_string(id) + " is not a current member of this partnership.");
    }
  }
  store::OrganizationRepository organizations(c);
  for (auto id : fields.organization_ids) {
    if (!organizations.find(id)) {
      return Error::invalid_field("organization_ids", "There is no organisation with id " + std::to_string(id) + ".");
    }
  }
  return Done{};
}

// Settles where an activity goes: a sub-activity takes its parent's objective; the objective
// must be live; an activity cannot move under itself or its own sub-activities.
Result<store::ActivityPlace> checked_place(store::PlanRepository& plan, std::int64_t partnership_id,
                                           store::ActivityPlace place, std::optional<std::int64_t> moving) {
  if (place.parent_activity_id) {
    auto parent = plan.find_activity(partnership_id, *place.parent_activity_id);
    if (!parent) {
      return Error::invalid_field("parent_activity_id", "There is no activity with that id in this plan.");
    }
    if (parent->stamp.archived_at) return Error::invalid_field("parent_activity_id", "That activity is archived.");
    if (moving) {
      std::unordered_map<std::int64_t, std::optional<std::int64_t>> parents;
      for (auto& [id, parent_id] : plan.activity_parents(partnership_id)) parents[id] = parent_id;
      auto parent_of = [&](std::int64_t id) -> std::optional<std::int64_t> {
        auto found = parents.find(id);
        return found == parents.end() ? std::nullopt : found->second;
      };
      if (would_create_cycle(*moving, *place.parent_activity_id, parent_of)) {
        return Error::invalid_field("parent_activity_id",
                                    "An activity cannot go under itself or one of its own sub-activities.");
      }
    }
    place.objective_id = parent->objective_id;
    return place;
  }
  if (place.objective_id) {
    auto objective = plan.find_objective(partnership_id, *place.objective_id);
    if (!objective) return Error::invalid_field("objective_id", "There is no objective with that id in this plan.");
    if (objective->stamp.archived_at) return Error::invalid_field("objective_id", "That objective is archived.");
  }
  return place;
}

Result<Done> check_goal(store::PlanRepository& plan, std::int64_t partnership_id, std::int64_t goal_id) {
  auto goal = plan.find_goal(partnership_id, goal_id);
  if (!goal) return Error::invalid_field("goal_id", "There is no goal with that id in this plan.");
  if (goal->stamp.archived_at) return Error::invalid_field("goal_id", "That goal is archived.");
  return Done{};
}

std::optional<ReviewSchedule> schedule_of(store::Connection& c, const PartnershipAccess& access, Day today) {
  return next_review(c, access.id(), access.partnership().fields.review_cadence_days, today);
}

}  // namespace

PlanFacts plan_facts(const store::PlanRecords& records) {
  PlanFacts facts;
  std::set<std::int64_t> live_goals;
  for (const auto& g : records.goals) {
    if (g.stamp.archived_at) continue;
    live_goals.insert(g.stamp.id);
    facts.goal_ids.push_back(g.stamp.id);
  }
  std::set<std::int64_t> live_objectives;
  std::unordered_map<std::int64_t, std::size_t> objective_index;
  for (const auto& o : records.objectives) {
    if (o.stamp.archived_at || !live_goals.contains(o.goal_id)) continue;
    live_objectives.insert(o.stamp.id);
    objective_index[o.stamp.id] = facts.objectives.size();
    facts.objectives.push_back({o.stamp.id, o.goal_id, o.fields, {}});
  }
  for (const auto& m : records.measurements) {
    if (auto found = objective_index.find(m.objective_id); found != objective_index.end()) {
      facts.objectives[found->second].measurements.push_back({m.on, m.value});
    }
  }
  // An activity is live when it, its objective and every activity above it are live.
  std::unordered_map<std::int64_t, const store::ActivityRecord*> by_id;
  for (const auto& a : records.activities) by_id[a.stamp.id] = &a;
  std::unordered_map<std::int64_t, bool> live;
  auto is_live = [&](std::int64_t id) {
    std::vector<std::int64_t> chain;
    std::optional<bool> answer;
    for (std::optional<std::int64_t> at = id; at && !answer;) {
      if (auto known = live.find(*at); known != live.end()) {
        answer = known->second;
        break;
      }
      auto found = by_id.find(*at);
      if (found == by_id.end()) {
        answer = false;  // its parent is archived and was left out of the records
        break;
      }
      const auto& a = *found->second;
      chain.push_back(*at);
      if (a.stamp.archived_at || (a.objective_id && !live_objectives.contains(*a.objective_id))) answer = false;
      at = a.parent_activity_id;
    }
    const bool result = answer.value_or(true);
    for (auto c : chain) live[c] = result;
    return result;
  };
  for (const auto& a : records.activities) {
    if (!is_live(a.stamp.id)) continue;
    facts.activities.push_back({a.stamp.id, a.objective_id, a.fields.status, a.fields.percent, a.fields.due_on,
                                a.fields.owner_ids});
  }
  return facts;
}

std::string PlanService::now() const { return format_utc(clock_()); }
Day PlanService::today() const { return utc_day(clock_()); }

Result<PlanView> PlanService::view(std::int64_t partnership_id, const User& viewer, bool include_archived) {
  return store_.read([&](store::Connection& c) -> Result<PlanView> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    PlanView out;
    out.today = today();
    out.records = plan.load(partnership_id, include_archived);
    out.totals = roll_up(plan_facts(out.records), out.today);
    for (auto& o : out.totals.objectives) out.objective_progress.emplace(o.id, std::move(o));
    for (auto& g : out.totals.goals) out.goal_progress.emplace(g.id, g);
    out.totals.objectives.clear();
    out.totals.goals.clear();
    out.review = schedule_of(c, *access, out.today);
    out.names = names_in(plan, partnership_id);
    return out;
  });
}

Result<PlanAttention> PlanService::attention(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<PlanAttention> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    const auto day = today();
    const auto facts = plan_facts(plan.load(partnership_id, false));
    const auto progress = roll_up(facts, day);
    PlanAttention out;
    out.review = schedule_of(c, *access, day);
    PlanAttentionFacts attention_facts;
    attention_facts.plan = &facts;
    attention_facts.progress = &progress;
    attention_facts.member_names = plan.owner_names(partnership_id);
    attention_facts.review = out.review;
    store::PlanRegisterRepository registers(c);
    for (const auto& r : registers.risks(partnership_id)) {
      attention_facts.risks.push_back({r.stamp.id, r.fields.title, risk_level(r.fields.likelihood, r.fields.impact),
                                       r.fields.status, r.fields.response.has_value(), r.fields.owner_id.has_value()});
    }
    attention_facts.unused_commitments =
        summarize(resource_facts(c, partnership_id, registers.resources(partnership_id), nullptr), day).unused;
    out.findings = plan_attention(attention_facts, day);
    return out;
  });
}

// ---- Goals -------------------------------------------------------------------------------------

Result<store::GoalRecord> PlanService::goal(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<store::GoalRecord> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto found = store::PlanRepository(c).find_goal(partnership_id, id);
    if (!found) return not_in_plan("goal", id);
    return *found;
  });
}

Result<store::GoalRecord> PlanService::create_goal(std::int64_t partnership_id, GoalChange change, const User& by,
                                                   const Actor& actor) {
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::GoalRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_plan);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    const auto at = now();
    auto created = plan.insert_goal(partnership_id, *fields, at);
    if (change.position) {
      plan.place_goal(partnership_id, created.stamp.id, *change.position);
      created = *plan.find_goal(partnership_id, created.stamp.id);
    }
    append_audit(c, actor, at, audit_change("plan.goal.create", "plan_goal", created.stamp.id, goal_json(created)));
    return created;
  });
}

Result<store::GoalRecord> PlanService::update_goal(std::int64_t partnership_id, std::int64_t id,
                                                   std::optional<std::int64_t> based_on, GoalChange change,
                                                   const User& by, const Actor& actor) {
  if (!based_on) return version_required();
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::GoalRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_plan);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    auto current = plan.find_goal(partnership_id, id);
    if (!current) return not_in_plan("goal", id);
    const auto at = now();
    if (!plan.update_goal(id, *based_on, *fields, archived_at(change.archived, current->stamp.archived_at, at), at)) {
      return edited_by_someone_else("this goal");
    }
    if (change.position) plan.place_goal(partnership_id, id, *change.position);
    auto updated = *plan.find_goal(partnership_id, id);
    append_audit(c, actor, at, audit_change("plan.goal.update", "plan_goal", id, goal_json(updated)));
    return updated;
  });
}

// ---- Objectives --------------------------------------------------------------------------------

Result<store::ObjectiveRecord> PlanService::objective(std::int64_t partnership_id, std::int64_t id,
                                                      const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<store::ObjectiveRecord> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto found = store::PlanRepository(c).find_objective(partnership_id, id);
    if (!found) return not_in_plan("objective", id);
    return *found;
  });
}

Result<store::ObjectiveRecord> PlanService::create_objective(std::int64_t partnership_id, ObjectiveChange change,
                                                             const User& by, const Actor& actor) {
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::ObjectiveRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_plan);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    if (auto goal = check_goal(plan, partnership_id, change.goal_id); !goal) return std::move(goal).error();
    const auto at = now();
    auto created = plan.insert_objective(partnership_id, change.goal_id, *fields, at);
    if (change.position) {
      plan.place_objective(change.goal_id, created.stamp.id, *change.position);
      created = *plan.find_objective(partnership_id, created.stamp.id);
    }
    append_audit(c, actor, at,
                 audit_change("plan.objective.create", "plan_objective", created.stamp.id, objective_json(created)));
    return created;
  });
}

Result<store::ObjectiveRecord> PlanService::update_objective(std::int64_t partnership_id, std::int64_t id,
                                                             std::optional<std::int64_t> based_on,
                                                             ObjectiveChange change, const User& by,
                                                             const Actor& actor) {
  if (!based_on) return version_required();
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::ObjectiveRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_plan);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    auto current = plan.find_objective(partnership_id, id);
    if (!current) return not_in_plan("objective", id);
    const bool moved = change.goal_id != current->goal_id;
    if (moved) {
      if (auto goal = check_goal(plan, partnership_id, change.goal_id); !goal) return std::move(goal).error();
    }
    const auto at = now();
    if (!plan.update_objective(id, *based_on, change.goal_id, *fields,
                               archived_at(change.archived, current->stamp.archived_at, at), at)) {
      return edited_by_someone_else("this objective");
    }
    if (moved || change.position) {
      // Moved without a position: it goes last among its new siblings.
      plan.place_objective(change.goal_id, id, change.position.value_or(std::numeric_limits<int>::max()));
      if (moved) plan.close_objective_gaps(current->goal_id);
    }
    auto updated = *plan.find_objective(partnership_id, id);
    append_audit(c, actor, at, audit_change("plan.objective.update", "plan_objective", id, objective_json(updated)));
    return updated;
  });
}

// ---- Activities --------------------------------------------------------------------------------

Result<NamedActivity> PlanService::activity(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<NamedActivity> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    auto found = plan.find_activity(partnership_id, id);
    if (!found) return not_in_plan("activity", id);
    return named(plan, partnership_id, std::move(*found));
  });
}

Result<NamedActivity> PlanService::create_activity(std::int64_t partnership_id, ActivityChange change, const User& by,
                                                   const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<NamedActivity> {
    return create_activity_in(c, partnership_id, std::move(change), by, actor);
  });
}

Result<NamedActivity> PlanService::create_activity_in(store::Connection& c, std::int64_t partnership_id,
                                                      ActivityChange change, const User& by, const Actor& actor) {
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
  if (!access) return std::move(access).error();
  store::PlanRepository plan(c);
  auto place = checked_place(plan, partnership_id, change.place, std::nullopt);
  if (!place) return std::move(place).error();
  if (auto people = check_people(c, partnership_id, *fields); !people) return std::move(people).error();
  if (change.meeting_id && !store::MeetingRepository(c).find(partnership_id, *change.meeting_id)) {
    return Error::make(ErrorKind::not_found, "There is no such meeting in this partnership.");
  }
  const auto at = now();
  auto created = plan.insert_activity(partnership_id, *place, *fields, at);
  if (change.meeting_id) {
    store::MinutesRepository(c).link_action_item(*change.meeting_id, created.stamp.id);
    const auto meeting = store::MeetingRepository(c).find(partnership_id, *change.meeting_id);
    const auto due = fields->due_on ? ", due " + format_date(*fields->due_on) : std::string();
    notify(c,
           {partnership_id, NotificationKind::action_item_assigned, "activity-" + std::to_string(created.stamp.id),
            fields->title, "An action item for you from " + meeting->fields.title + due + ".",
            "/partnerships/" + std::to_string(partnership_id) + "/plan/activities/" + std::to_string(created.stamp.id)},
           accounts_of(c, partnership_id, fields->owner_ids, by.id), at);
  }
  if (change.position) {
    plan.place_activity(partnership_id, *place, created.stamp.id, *change.position);
    created = *plan.find_activity(partnership_id, created.stamp.id);
  }
  auto out = named(plan, partnership_id, std::move(created));
  append_audit(c, actor, at,
               audit_change("plan.activity.create", "plan_activity", out.stamp.id, activity_json(out, today())));
  return out;
}

Result<NamedActivity> PlanService::update_activity(std::int64_t partnership_id, std::int64_t id,
                                                   std::optional<std::int64_t> based_on, ActivityChange change,
                                                   const User& by, const Actor& actor) {
  if (!based_on) return version_required();
  auto fields = checked(std::move(change.fields));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<NamedActivity> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    auto current = plan.find_activity(partnership_id, id);
    if (!current) return not_in_plan("activity", id);
    auto place = checked_place(plan, partnership_id, change.place, id);
    if (!place) return std::move(place).error();
    if (auto people = check_people(c, partnership_id, *fields); !people) return std::move(people).error();
    const auto at = now();
    if (!plan.update_activity(id, *based_on, *place, *fields,
                              archived_at(change.archived, current->stamp.archived_at, at), at)) {
      return edited_by_someone_else("this activity");
    }
    const store::ActivityPlace old_place{current->objective_id, current->parent_activity_id};
    const bool moved = place->objective_id != old_place.objective_id ||
                       place->parent_activity_id != old_place.parent_activity_id;
    if (moved) plan.set_objective_of_descendants(id, place->objective_id);
    if (moved || change.position) {
      plan.place_activity(partnership_id, *place, id, change.position.value_or(std::numeric_limits<int>::max()));
      if (moved) plan.close_activity_gaps(partnership_id, old_place);
    }
    auto updated = named(plan, partnership_id, *plan.find_activity(partnership_id, id));
    append_audit(c, actor, at, audit_change("plan.activity.update", "plan_activity", id, activity_json(updated, today())));
    return updated;
  });
}

Result<NamedActivities> PlanService::set_status(std::int64_t partnership_id, BulkStatus change, const User& by,
                                                const Actor& actor) {
  if (change.activity_ids.empty() || change.activity_ids.size() > kBulkActivitiesMax) {
    return Error::invalid_field("activity_ids", "Choose from 1 to 1,000 activities.");
  }
  if (change.percent && (*change.percent < 0 || *change.percent > 100)) {
    return Error::invalid_field("percent", "Enter a percentage from 0 to 100.");
  }
  std::sort(change.activity_ids.begin(), change.activity_ids.end());
  change.activity_ids.erase(std::unique(change.activity_ids.begin(), change.activity_ids.end()),
                            change.activity_ids.end());
  return store_.write([&](store::Connection& c) -> Result<NamedActivities> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    std::vector<store::ActivityRecord> found;
    std::string missing;
    for (auto id : change.activity_ids) {
      auto a = plan.find_activity(partnership_id, id);
      if (!a || a->stamp.archived_at) {
        if (!missing.empty()) missing += ", ";
        missing += std::to_string(id);
      } else {
        found.push_back(std::move(*a));
      }
    }
    if (!missing.empty()) {
      return Error::invalid_field("activity_ids",
                                  "These activities are not in this plan or are archived: " + missing + ". Nothing was changed.");
    }
    const auto at = now();
    NamedActivities out;
    for (const auto& a : found) {
      auto fields = a.fields;
      fields.status = change.status;
      if (change.percent) fields.percent = *change.percent;
      fields = normalized(std::move(fields));
      plan.set_status(a.stamp.id, fields.status, fields.percent, at);
      out.items.push_back(*plan.find_activity(partnership_id, a.stamp.id));
    }
    out.names = names_in(plan, partnership_id);
    boost::json::object summary{{"status", to_key(change.status)}, {"count", static_cast<std::int64_t>(out.items.size())}};
    append_audit(c, actor, at, audit_change("plan.activity.bulk_status", "partnership", partnership_id, summary));
    return out;
  });
}

// ---- Measurements ------------------------------------------------------------------------------

Result<std::vector<store::MeasurementRecord>> PlanService::measurements(std::int64_t partnership_id,
                                                                        std::int64_t objective_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<std::vector<store::MeasurementRecord>> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    if (!plan.find_objective(partnership_id, objective_id)) return not_in_plan("objective", objective_id);
    return plan.measurements(objective_id);
  });
}

Result<store::MeasurementRecord> PlanService::record_measurement(std::int64_t partnership_id, std::int64_t objective_id,
                                                                 NewMeasurement m, const User& by, const Actor& actor) {
  std::vector<FieldError> errors;
  if (m.on > today()) errors.push_back({"on", "A measurement cannot be dated in the future."});
  if (!std::isfinite(m.value) || std::fabs(m.value) > 1e15) {
    errors.push_back({"value", "Enter a number between -1e15 and 1e15."});
  }
  m.note = text::trimmed_or_absent(m.note);
  if (m.note) {
    if (auto problem = text::check_text(*m.note, 1, 1000, text::Lines::multi)) errors.push_back({"note", *problem});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return store_.write([&](store::Connection& c) -> Result<store::MeasurementRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    auto objective = plan.find_objective(partnership_id, objective_id);
    if (!objective) return not_in_plan("objective", objective_id);
    if (objective->stamp.archived_at) return Error::make(ErrorKind::rule_violated, "This objective is archived.");
    const auto at = now();
    auto created = plan.insert_measurement(objective_id, m.on, m.value, m.note, by.id, at);
    append_audit(c, actor, at,
                 audit_change("plan.measurement.create", "plan_objective", objective_id, measurement_json(created)));
    return created;
  });
}

Result<Done> PlanService::remove_measurement(std::int64_t partnership_id, std::int64_t objective_id, std::int64_t id,
                                             const User& by, const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRepository plan(c);
    if (!plan.find_objective(partnership_id, objective_id)) return not_in_plan("objective", objective_id);
    if (!plan.remove_measurement(objective_id, id)) return not_in_plan("measurement", id);
    boost::json::object removed{{"measurement_id", id}};
    append_audit(c, actor, now(), audit_change("plan.measurement.delete", "plan_objective", objective_id, removed));
    return Done{};
  });
}

// ---- My tasks ----------------------------------------------------------------------------------

Result<TaskList> PlanService::tasks(const User& user, bool include_closed) {
  return store_.read([&](store::Connection& c) -> Result<TaskList> {
    store::PlanRepository plan(c);
    TaskList out;
    const auto day = today();
    std::set<std::int64_t> partnerships;
    for (auto& owned : plan.owned_by_user(user.id, include_closed)) {
      Task t;
      t.partnership_id = owned.activity.stamp.partnership_id;
      t.partnership_name = std::move(owned.partnership_name);
      t.overdue = owned.activity.fields.due_on && *owned.activity.fields.due_on < day &&
                  !is_closed(owned.activity.fields.status);
      t.activity = std::move(owned.activity);
      partnerships.insert(t.partnership_id);
      out.items.push_back(std::move(t));
    }
    for (auto id : partnerships) {
      auto names = names_in(plan, id);
      out.names.owners.merge(names.owners);
      out.names.organizations.merge(names.organizations);
    }
    std::stable_partition(out.items.begin(), out.items.end(), [](const Task& t) { return t.overdue; });
    return out;
  });
}

}  // namespace cg::app
