#include "app/plan_transfer_service.h"

#include <boost/json/serialize.hpp>
#include <functional>
#include <limits>
#include <set>
#include <map>
#include <unordered_map>

#include "app/audit_trail.h"
#include "app/partnership_gate.h"
#include "domain/plain_words.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/plan_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using plan_csv::Kind;
using plan_csv::LineError;
using plan_csv::Row;
using words::cat;

// A parent as the file names it: a stored item or a new row above.
struct Ref {
  std::optional<std::int64_t> id;
  std::optional<int> new_line;
  explicit operator bool() const { return id || new_line; }
};

struct PlannedGoal {
  const Row* row;
  GoalFields fields;
};
struct PlannedObjective {
  const Row* row;
  ObjectiveFields fields;
  Ref goal;
};
struct PlannedActivity {
  const Row* row;
  ActivityFields fields;
  Ref objective;
  Ref parent;
};

struct Plan {
  std::vector<PlannedGoal> goals;
  std::vector<PlannedObjective> objectives;
  std::vector<PlannedActivity> activities;
};

// Owners in a file are members' emails (any case) or "#<membership id>".
class OwnerDirectory {
 public:
  explicit OwnerDirectory(const std::vector<store::MemberKey>& keys) {
    for (const auto& k : keys) {
      if (!k.open) continue;
      open_ids_.insert(k.membership_id);
      if (k.email) by_email_[text::ascii_lower(*k.email)] = k.membership_id;
    }
  }

  std::optional<std::int64_t> find(const std::string& token) const {
    if (token.size() > 1 && token[0] == '#') {
      const auto id = text::positive_whole_number(std::string_view(token).substr(1));
      if (id && open_ids_.contains(*id)) return id;
      return std::nullopt;
    }
    auto found = by_email_.find(text::ascii_lower(token));
    if (found == by_email_.end()) return std::nullopt;
    return found->second;
  }

 private:
  std::set<std::int64_t> open_ids_;
  std::map<std::string, std::int64_t> by_email_;
};

// Checks every row against the stored plan and turns it into planned writes; every problem
// becomes a line error.
class ImportChecker {
 public:
  ImportChecker(const store::PlanRecords& records, const std::vector<store::MemberKey>& members,
                std::vector<LineError>& errors)
      : owners_(members), errors_(errors) {
    for (const auto& g : records.goals) goals_[g.stamp.id] = &g;
    for (const auto& o : records.objectives) objectives_[o.stamp.id] = &o;
    for (const auto& a : records.activities) {
      activities_[a.stamp.id] = &a;
      parents_[a.stamp.id] = a.parent_activity_id;
    }
  }

  Plan check(const std::vector<Row>& rows) {
    Plan plan;
    for (const auto& row : rows) {
      if (row.id && !seen_ids_[row.kind].insert(*row.id).second) {
        fail(row.line, "id", cat("Another line already changes this ", plan_csv::to_key(row.kind), "."));
        continue;
      }
      switch (row.kind) {
        case Kind::goal:
          check_goal(row, plan);
          break;
        case Kind::objective:
          check_objective(row, plan);
          break;
        case Kind::activity:
          check_activity(row, plan);
          break;
      }
      if (!row.id) new_rows_[row.line] = row.kind;
    }
    check_cycles(plan);
    return plan;
  }

 private:
  void fail(int line, std::string column, std::string message) {
    errors_.push_back({line, std::move(column), std::move(message)});
  }

  template <typename Map>
  bool stored(const Row& row, const Map& items) {
    if (!row.id) return true;
    if (items.contains(*row.id)) return true;
    fail(row.line, "id", cat("There is no ", plan_csv::to_key(row.kind), " with id ", std::to_string(*row.id),
                             " in this plan: leave the id empty to add a new one."));
    return false;
  }

  // The parent must be a stored item of its kind, or a new row of its kind on an earlier line.
  std::optional<Ref> parent(const Row& row) {
    const auto& p = row.parent;
    if (!p.kind) return Ref{};
    if (p.new_line) {
      auto found = new_rows_.find(*p.new_line);
      if (found == new_rows_.end() || found->second != *p.kind) {
        fail(row.line, "parent_id", cat("Line ", *p.new_line, " above is not a new ", plan_csv::to_key(*p.kind),
                                        " (a new:<line> parent must be a row without an id, higher up the file)."));
        return std::nullopt;
      }
      return Ref{std::nullopt, p.new_line};
    }
    const bool exists = *p.kind == Kind::goal        ? goals_.contains(*p.id)
                        : *p.kind == Kind::objective ? objectives_.contains(*p.id)
                                                     : activities_.contains(*p.id);
    if (!exists) {
      fail(row.line, "parent_id", cat("There is no ", plan_csv::to_key(*p.kind), " with id ", std::to_string(*p.id),
                                      " in this plan."));
      return std::nullopt;
    }
    return Ref{p.id, std::nullopt};
  }

  void check_goal(const Row& row, Plan& plan) {
    if (!stored(row, goals_)) return;
    auto fields = plan_csv::goal_fields(row);
    if (!fields) return plan_csv::add_line_errors(errors_, row.line, fields.error());
    plan.goals.push_back({&row, std::move(*fields)});
  }

  void check_objective(const Row& row, Plan& plan) {
    const bool known = stored(row, objectives_);
    auto goal = parent(row);
    auto fields = plan_csv::objective_fields(row);
    if (!fields) plan_csv::add_line_errors(errors_, row.line, fields.error());
    if (!known || !goal || !fields) return;
    if (!*goal) return fail(row.line, "parent_id", "Name the goal this objective belongs to.");
    plan.objectives.push_back({&row, std::move(*fields), *goal});
  }

  void check_activity(const Row& row, Plan& plan) {
    const bool known = stored(row, activities_);
    auto above = parent(row);
    ActivityFields base;
    if (known && row.id) base = activities_.at(*row.id)->fields;
    base.owner_ids.clear();
    bool owners_ok = true;
    for (const auto& token : row.owners) {
      if (auto id = owners_.find(token)) {
        base.owner_ids.push_back(*id);
      } else {
        fail(row.line, "owners", cat("\"", token, "\" is not a current member of this partnership."));
        owners_ok = false;
      }
    }
    auto fields = plan_csv::activity_fields(row, std::move(base));
    if (!fields) plan_csv::add_line_errors(errors_, row.line, fields.error());
    if (!known || !above || !fields || !owners_ok) return;
    PlannedActivity planned{&row, std::move(*fields), {}, {}};
    if (row.parent.kind == Kind::objective) planned.objective = *above;
    if (row.parent.kind == Kind::activity) planned.parent = *above;
    if (row.id) parents_[*row.id] = planned.parent.id;  // new parents have no children yet: no cycle
    plan.activities.push_back(std::move(planned));
  }

  void check_cycles(const Plan& plan) {
    auto parent_of = [&](std::int64_t id) -> std::optional<std::int64_t> {
      auto found = parents_.find(id);
      return found == parents_.end() ? std::nullopt : found->second;
    };
    for (const auto& a : plan.activities) {
      if (a.row->id && a.parent.id && would_create_cycle(*a.row->id, *a.parent.id, parent_of)) {
        fail(a.row->line, "parent_id", "An activity cannot go under itself or one of its own sub-activities.");
      }
    }
  }

  OwnerDirectory owners_;
  std::vector<LineError>& errors_;
  std::unordered_map<std::int64_t, const store::GoalRecord*> goals_;
  std::unordered_map<std::int64_t, const store::ObjectiveRecord*> objectives_;
  std::unordered_map<std::int64_t, const store::ActivityRecord*> activities_;
  std::unordered_map<std::int64_t, std::optional<std::int64_t>> parents_;
  std::map<Kind, std::set<std::int64_t>> seen_ids_;
  std::map<int, Kind> new_rows_;
};

std::optional<std::string> archived_at(bool archived, const std::optional<std::string>& before, const std::string& now) {
  if (!archived) return std::nullopt;
  return before ? before : std::optional<std::string>(now);
}

// Carries out a checked plan inside the import's transaction.
class ImportWriter {
 public:
  ImportWriter(store::PlanRepository& repo, const store::PlanRecords& records, std::int64_t partnership_id,
               std::string now)
      : repo_(repo), partnership_id_(partnership_id), now_(std::move(now)) {
    for (const auto& g : records.goals) goals_[g.stamp.id] = &g;
    for (const auto& o : records.objectives) objectives_[o.stamp.id] = &o;
    for (const auto& a : records.activities) {
      activities_[a.stamp.id] = &a;
      objective_of_[a.stamp.id] = a.objective_id;
    }
  }

  void write(const Plan& plan, ImportReport& report) {
    for (const auto& g : plan.goals) {
      if (const auto* row = g.row; row->id) {
        const auto& current = *goals_.at(*row->id);
        repo_.update_goal(*row->id, current.stamp.version, g.fields,
                          archived_at(row->archived, current.stamp.archived_at, now_), now_);
        ++report.updated.goals;
      } else {
        auto created = repo_.insert_goal(partnership_id_, g.fields, now_);
        if (row->archived) repo_.update_goal(created.stamp.id, created.stamp.version, g.fields, now_, now_);
        new_goals_[row->line] = created.stamp.id;
        ++report.created.goals;
      }
    }
    for (const auto& o : plan.objectives) {
      const auto goal_id = resolve(o.goal, new_goals_);
      if (const auto* row = o.row; row->id) {
        const auto& current = *objectives_.at(*row->id);
        repo_.update_objective(*row->id, current.stamp.version, goal_id, o.fields,
                               archived_at(row->archived, current.stamp.archived_at, now_), now_);
        if (goal_id != current.goal_id) {
          repo_.place_objective(goal_id, *row->id, std::numeric_limits<int>::max());
          repo_.close_objective_gaps(current.goal_id);
        }
        ++report.updated.objectives;
      } else {
        auto created = repo_.insert_objective(partnership_id_, goal_id, o.fields, now_);
        if (row->archived) {
          repo_.update_objective(created.stamp.id, created.stamp.version, goal_id, o.fields, now_, now_);
        }
        new_objectives_[row->line] = created.stamp.id;
        ++report.created.objectives;
      }
    }
    for (const auto& a : plan.activities) write_activity(a, report);
  }

 private:
  static std::int64_t resolve(const Ref& ref, const std::map<int, std::int64_t>& created) {
    return ref.id ? *ref.id : created.at(*ref.new_line);
  }

  void write_activity(const PlannedActivity& a, ImportReport& report) {
    store::ActivityPlace place;
    if (a.parent) {
      place.parent_activity_id = resolve(a.parent, new_activities_);
      place.objective_id = objective_of_[*place.parent_activity_id];
    } else if (a.objective) {
      place.objective_id = resolve(a.objective, new_objectives_);
    }
    const auto* row = a.row;
    if (row->id) {
      const auto& current = *activities_.at(*row->id);
      repo_.update_activity(*row->id, current.stamp.version, place, a.fields,
                            archived_at(row->archived, current.stamp.archived_at, now_), now_);
      const store::ActivityPlace old_place{current.objective_id, current.parent_activity_id};
      if (place.objective_id != old_place.objective_id || place.parent_activity_id != old_place.parent_activity_id) {
        repo_.set_objective_of_descendants(*row->id, place.objective_id);
        repo_.place_activity(partnership_id_, place, *row->id, std::numeric_limits<int>::max());
        repo_.close_activity_gaps(partnership_id_, old_place);
      }
      objective_of_[*row->id] = place.objective_id;
      ++report.updated.activities;
    } else {
      const auto id = repo_.add_activity(partnership_id_, place, a.fields, now_);
      if (row->archived) repo_.update_activity(id, 1, place, a.fields, now_, now_);
      new_activities_[row->line] = id;
      objective_of_[id] = place.objective_id;
      ++report.created.activities;
    }
  }

  store::PlanRepository& repo_;
  const std::int64_t partnership_id_;
  const std::string now_;
  std::unordered_map<std::int64_t, const store::GoalRecord*> goals_;
  std::unordered_map<std::int64_t, const store::ObjectiveRecord*> objectives_;
  std::unordered_map<std::int64_t, const store::ActivityRecord*> activities_;
  std::unordered_map<std::int64_t, std::optional<std::int64_t>> objective_of_;
  std::map<int, std::int64_t> new_goals_;
  std::map<int, std::int64_t> new_objectives_;
  std::map<int, std::int64_t> new_activities_;
};

std::vector<std::string> owner_tokens(const std::vector<std::int64_t>& ids,
                                      const std::unordered_map<std::int64_t, std::string>& token_of) {
  std::vector<std::string> out;
  for (auto id : ids) {
    auto found = token_of.find(id);
    out.push_back(found == token_of.end() ? cat("#", std::to_string(id)) : found->second);
  }
  return out;
}

}  // namespace

Result<std::string> PlanTransferService::export_csv(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<std::string> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::PlanRepository repo(c);
    const auto records = repo.load(partnership_id, true);
    std::unordered_map<std::int64_t, std::string> token_of;
    for (const auto& k : repo.member_keys(partnership_id)) {
      if (k.email) token_of[k.membership_id] = *k.email;
    }
    std::unordered_map<std::int64_t, std::vector<const store::ObjectiveRecord*>> objectives_of;
    for (const auto& o : records.objectives) objectives_of[o.goal_id].push_back(&o);
    // Activities under their objective (or none), sub-activities under their parent: written
    // depth first, so the file reads as the plan does.
    std::map<std::pair<std::optional<std::int64_t>, std::optional<std::int64_t>>,
             std::vector<const store::ActivityRecord*>>
        children;
    for (const auto& a : records.activities) {
      children[{a.parent_activity_id ? std::nullopt : a.objective_id, a.parent_activity_id}].push_back(&a);
    }
    std::string out = plan_csv::header();
    std::function<void(std::optional<std::int64_t>, std::optional<std::int64_t>)> write_activities =
        [&](std::optional<std::int64_t> objective_id, std::optional<std::int64_t> parent_id) {
          auto found = children.find({objective_id, parent_id});
          if (found == children.end()) return;
          for (const auto* a : found->second) {
            plan_csv::ExportRow row;
            row.kind = Kind::activity;
            row.id = a->stamp.id;
            if (a->parent_activity_id) {
              row.parent_kind = Kind::activity;
              row.parent_id = a->parent_activity_id;
            } else if (a->objective_id) {
              row.parent_kind = Kind::objective;
              row.parent_id = a->objective_id;
            }
            row.title = a->fields.title;
            row.description = a->fields.description;
            row.activity = &a->fields;
            row.owners = owner_tokens(a->fields.owner_ids, token_of);
            row.archived = a->stamp.archived_at.has_value();
            out += plan_csv::row(row);
            write_activities(std::nullopt, a->stamp.id);
          }
        };
    for (const auto& g : records.goals) {
      plan_csv::ExportRow row;
      row.kind = Kind::goal;
      row.id = g.stamp.id;
      row.title = g.fields.title;
      row.description = g.fields.rationale;
      row.archived = g.stamp.archived_at.has_value();
      out += plan_csv::row(row);
      for (const auto* o : objectives_of[g.stamp.id]) {
        plan_csv::ExportRow orow;
        orow.kind = Kind::objective;
        orow.id = o->stamp.id;
        orow.parent_kind = Kind::goal;
        orow.parent_id = g.stamp.id;
        orow.title = o->fields.title;
        orow.objective = &o->fields;
        orow.archived = o->stamp.archived_at.has_value();
        out += plan_csv::row(orow);
        write_activities(o->stamp.id, std::nullopt);
      }
    }
    write_activities(std::nullopt, std::nullopt);
    return out;
  });
}

Result<ImportReport> PlanTransferService::import_csv(std::int64_t partnership_id, std::string_view text, bool dry_run,
                                                     const User& by, const Actor& actor) {
  auto parsed = plan_csv::parse(text);
  return store_.write([&](store::Connection& c) -> Result<ImportReport> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_plan);
    if (!access) return std::move(access).error();
    ImportReport report;
    report.dry_run = dry_run;
    report.rows = static_cast<int>(parsed.rows.size());
    report.errors = std::move(parsed.errors);
    store::PlanRepository repo(c);
    const auto records = repo.load(partnership_id, true);
    auto plan = ImportChecker(records, repo.member_keys(partnership_id), report.errors).check(parsed.rows);
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const LineError& a, const LineError& b) { return a.line < b.line; });
    if (!report.errors.empty()) return report;
    if (dry_run) {  // what an import would do, without doing it
      for (const auto& g : plan.goals) ++(g.row->id ? report.updated : report.created).goals;
      for (const auto& o : plan.objectives) ++(o.row->id ? report.updated : report.created).objectives;
      for (const auto& a : plan.activities) ++(a.row->id ? report.updated : report.created).activities;
      return report;
    }
    const auto now = format_utc(clock_());
    ImportWriter(repo, records, partnership_id, now).write(plan, report);
    append_audit(
        c, actor, now,
        audit_change("plan.import", "partnership", partnership_id,
                     boost::json::object{{"rows", report.rows},
                                         {"created", boost::json::object{{"goals", report.created.goals},
                                                                         {"objectives", report.created.objectives},
                                                                         {"activities", report.created.activities}}},
                                         {"updated", boost::json::object{{"goals", report.updated.goals},
                                                                         {"objectives", report.updated.objectives},
                                                                         {"activities", report.updated.activities}}}}));
    return report;
  });
}

}  // namespace cg::app
