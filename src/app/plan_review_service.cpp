#include "app/plan_review_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/partnership_gate.h"
#include "app/plan_edit_rules.h"
#include "app/plan_service.h"
#include "domain/plain_words.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/partnership_repository.h"
#include "store/plan_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using words::cat;

bool open_seat(store::MembershipRepository& members, std::int64_t partnership_id, std::int64_t id) {
  auto m = members.find(partnership_id, id);
  return m && is_open(m->status);
}

bool live_objective(store::PlanRepository& plan, std::int64_t partnership_id, std::int64_t id) {
  auto o = plan.find_objective(partnership_id, id);
  return o && !o->stamp.archived_at;
}

// Every id in the review must belong to this partnership's table and plan.
std::vector<FieldError> check_references(store::Connection& c, std::int64_t partnership_id, const ReviewFields& f) {
  std::vector<FieldError> errors;
  store::MembershipRepository members(c);
  store::PlanRepository plan(c);
  for (auto id : f.participant_ids) {
    if (!open_seat(members, partnership_id, id)) {
      errors.push_back({"participant_ids", cat("Participant ", std::to_string(id), " is not a current member.")});
    }
  }
  for (std::size_t i = 0; i < f.ratings.size(); ++i) {
    if (!live_objective(plan, partnership_id, f.ratings[i].objective_id)) {
      errors.push_back({cat("ratings[", static_cast<int>(i), "].objective_id"), "There is no such objective in this plan."});
    }
  }
  for (std::size_t i = 0; i < f.commitments.size(); ++i) {
    const auto& item = f.commitments[i];
    if (!open_seat(members, partnership_id, item.owner_id)) {
      errors.push_back({cat("commitments[", static_cast<int>(i), "].owner_id"), "Choose a current member of this partnership."});
    }
    if (item.objective_id && !live_objective(plan, partnership_id, *item.objective_id)) {
      errors.push_back({cat("commitments[", static_cast<int>(i), "].objective_id"), "There is no such objective in this plan."});
    }
  }
  return errors;
}

PlanSnapshot snapshot_of(store::PlanRepository& plan, std::int64_t partnership_id, const ReviewFields& f, Day today) {
  const auto records = plan.load(partnership_id, false);
  const auto facts = plan_facts(records);
  const auto progress = roll_up(facts, today);
  PlanSnapshot s;
  s.progress = progress.progress;
  s.activities = progress.activities;
  s.done = progress.done;
  s.overdue = progress.overdue;
  for (std::size_t i = 0; i < facts.objectives.size(); ++i) {
    const auto& o = facts.objectives[i];
    const auto& p = progress.objectives[i];
    ObjectiveSnapshot os;
    os.objective_id = o.id;
    os.title = o.fields.title;
    os.progress = p.progress;
    os.expected = p.expected;
    os.trajectory = p.trajectory;
    for (const auto& r : f.ratings) {
      if (r.objective_id == o.id) os.rating = r.rating;
    }
    s.objectives.push_back(std::move(os));
  }
  return s;
}

std::string reminder_text(const std::string& partnership, const ReviewSchedule& r, const std::string& link) {
  std::string when = r.state == ReviewState::overdue
                         ? cat("was due on ", format_date(r.due_on), " (", words::count_of(r.days_overdue, "day", "days"), " ago)")
                         : cat("is due on ", format_date(r.due_on));
  return cat("Hello,\n\nThe plan review of ", partnership, " ", when,
             ".\n\nAt a review the partners go through each objective, rate it on track, at risk or off track, "
             "record what they decide, and agree who does what by when.\n\nOpen the plan: ",
             link, "\n\nYou receive this because you lead or coordinate this partnership in CommonGround.\n");
}

}  // namespace

std::optional<ReviewSchedule> next_review(store::Connection& c, std::int64_t partnership_id, int cadence_days, Day today) {
  if (auto last = store::PlanReviewRepository(c).last_held_on(partnership_id)) {
    return review_schedule(*last, cadence_days, today);
  }
  auto started = store::PlanRepository(c).first_goal_created_at(partnership_id);
  if (!started) return std::nullopt;
  auto at = parse_utc(*started);
  if (!at) return std::nullopt;
  return review_schedule(utc_day(*at), cadence_days, today);
}

Result<ReviewList> PlanReviewService::list(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<ReviewList> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    ReviewList out;
    out.items = store::PlanReviewRepository(c).list(partnership_id);
    out.next = next_review(c, partnership_id, access->partnership().fields.review_cadence_days, utc_day(clock_()));
    return out;
  });
}

Result<store::ReviewRecord> PlanReviewService::get(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<store::ReviewRecord> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto found = store::PlanReviewRepository(c).find(partnership_id, id);
    if (!found) return not_in_plan("review", id);
    return *found;
  });
}

Result<store::ReviewRecord> PlanReviewService::record(std::int64_t partnership_id, ReviewFields input, const User& by,
                                                      const Actor& actor) {
  const auto today = utc_day(clock_());
  auto fields = normalized(std::move(input));
  if (auto errors = validate(fields, today); !errors.empty()) return Error::invalid(std::move(errors));
  return store_.write([&](store::Connection& c) -> Result<store::ReviewRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_plan);
    if (!access) return std::move(access).error();
    if (auto errors = check_references(c, partnership_id, fields); !errors.empty()) return Error::invalid(std::move(errors));
    store::PlanRepository plan(c);
    store::PlanReviewRepository reviews(c);
    const auto at = format_utc(clock_());
    const auto id = reviews.insert(partnership_id, fields, snapshot_of(plan, partnership_id, fields, today), by.id, at);
    for (const auto& item : fields.commitments) {
      ActivityFields activity;
      activity.title = item.title;
      activity.description = cat("Committed at the plan review of ", format_date(fields.held_on), ".");
      activity.due_on = item.due_on;
      activity.owner_ids = {item.owner_id};
      reviews.link_activity(id, plan.add_activity(partnership_id, {item.objective_id, std::nullopt}, activity, at));
    }
    auto recorded = *reviews.find(partnership_id, id);
    append_audit(c, actor, at,
                 audit_change("plan.review.create", "plan_review", id,
                              boost::json::object{
                                  {"held_on", format_date(fields.held_on)},
                                  {"ratings", static_cast<std::int64_t>(fields.ratings.size())},
                                  {"decisions", static_cast<std::int64_t>(fields.decisions.size())},
                                  {"commitments", static_cast<std::int64_t>(fields.commitments.size())}}));
    return recorded;
  });
}

Result<ReviewComparison> PlanReviewService::compare(std::int64_t partnership_id, std::int64_t from_id,
                                                    std::int64_t to_id, const User& viewer) {
  if (from_id == to_id) return Error::invalid_field("with", "Choose a different review to compare this one with.");
  return store_.read([&](store::Connection& c) -> Result<ReviewComparison> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::PlanReviewRepository reviews(c);
    auto a = reviews.find(partnership_id, from_id);
    if (!a) return not_in_plan("review", from_id);
    auto b = reviews.find(partnership_id, to_id);
    if (!b) return not_in_plan("review", to_id);
    // Earlier first, whatever order they were asked in.
    if (std::tie(b->held_on, b->id) < std::tie(a->held_on, a->id)) std::swap(a, b);
    ReviewComparison out;
    out.changes = cg::compare(a->snapshot, b->snapshot);
    out.before = std::move(*a);
    out.after = std::move(*b);
    return out;
  });
}

ReminderRun PlanReviewService::send_reminders() {
  struct Due {
    std::int64_t partnership_id;
    std::string name;
    ReviewSchedule review;
    std::vector<std::string> recipients;
  };
  const auto today = utc_day(clock_());
  ReminderRun run;
  const auto due = store_.read([&](store::Connection& c) {
    std::vector<Due> out;
    const auto rows = c.query(
        "SELECT p.id FROM partnerships p WHERE p.status <> 'closed' AND EXISTS (SELECT 1 FROM plan_goals g WHERE "
        "g.partnership_id = p.id AND g.archived_at IS NULL) ORDER BY p.id");
    store::PartnershipRepository partnerships(c);
    store::MembershipRepository members(c);
    for (const auto& row : rows) {
      const auto id = row.integer(0);
      auto partnership = partnerships.find(id);
      if (!partnership) continue;
      ++run.partnerships_checked;
      auto review = next_review(c, id, partnership->fields.review_cadence_days, today);
      if (!review || review->state == ReviewState::scheduled) continue;
      Due d{id, partnership->fields.name, *review, {}};
      for (const auto& m : members.active(id)) {
        if (m.fields.person_email && at_least(m.fields.role, PartnershipRole::coordinator)) {
          d.recipients.push_back(*m.fields.person_email);
        }
      }
      if (!d.recipients.empty()) out.push_back(std::move(d));
    }
    return out;
  });
  for (const auto& d : due) {
    const auto kind = std::string(to_key(d.review.state));
    const bool claimed = store_.write([&](store::Connection& c) {
      return store::PlanReviewRepository(c).record_reminder(d.partnership_id, d.review.due_on, kind,
                                                            static_cast<int>(d.recipients.size()), format_utc(clock_()));
    });
    if (!claimed) continue;  // sent before, by this instance or another
    const auto link = cat(public_url_, "/partnerships/", std::to_string(d.partnership_id), "/plan");
    const auto subject = d.review.state == ReviewState::overdue ? cat("Plan review overdue: ", d.name)
                                                                : cat("Plan review coming up: ", d.name);
    bool all_sent = true;
    for (const auto& to : d.recipients) {
      try {
        mailer_.send({to, subject, reminder_text(d.name, d.review, link)});
        ++run.emails_sent;
      } catch (const std::exception& e) {
        ++run.failures;
        run.failure_reasons.push_back(cat("to ", to, ": ", e.what()));
        all_sent = false;
      }
    }
    if (all_sent) {
      ++run.reminders_sent;
    } else {
      // Give the claim back so the next run tries again: a partner may get the reminder twice,
      // which beats not getting it at all.
      store_.write([&](store::Connection& c) {
        store::PlanReviewRepository(c).forget_reminder(d.partnership_id, d.review.due_on, kind);
        return 0;
      });
    }
  }
  return run;
}

}  // namespace cg::app
