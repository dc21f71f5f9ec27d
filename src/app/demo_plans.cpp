#include "app/demo_plans.h"

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

#include "app/demo_partnerships.h"
#include "domain/plain_words.h"
#include "domain/time_format.h"
#include "app/plan_service.h"
#include "store/membership_repository.h"
#include "store/plan_register_repository.h"
#include "store/plan_repository.h"
#include "store/plan_review_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

using std::chrono::days;
using words::cat;

std::string stamp(Day day) { return format_utc(day + std::chrono::hours(15)); }

// Writes plan items as if made on the days given, so the plan has a past.
class PlanWriter {
 public:
  PlanWriter(store::Connection& c, std::int64_t partnership_id, Day today)
      : c_(c), repo_(c), partnership_id_(partnership_id), today_(today) {
    for (const auto& m : store::MembershipRepository(c).active(partnership_id)) members_.push_back(m.id);
  }

  Day today() const { return today_; }
  const std::vector<std::int64_t>& members() const { return members_; }
  std::size_t activities_written() const { return activities_; }

  std::int64_t goal(std::string title, std::string rationale, Day made) {
    GoalFields f;
    f.title = std::move(title);
    f.rationale = std::move(rationale);
    return repo_.insert_goal(partnership_id_, f, stamp(made)).stamp.id;
  }

  std::int64_t objective(std::int64_t goal_id, std::string title, std::string indicator, std::string unit,
                         double baseline, double target, Day start, Day end) {
    ObjectiveFields f;
    f.title = std::move(title);
    f.indicator = std::move(indicator);
    f.unit = std::move(unit);
    f.baseline = baseline;
    f.target = target;
    f.direction = target < baseline ? Direction::down : Direction::up;
    f.start_on = start;
    f.target_on = end;
    return repo_.insert_objective(partnership_id_, goal_id, f, stamp(start)).stamp.id;
  }

  void measure(std::int64_t objective_id, Day on, double value, std::string note = {}) {
    std::optional<std::string> n;
    if (!note.empty()) n = std::move(note);
    repo_.insert_measurement(objective_id, on, value, n, std::nullopt, stamp(on));
  }

  struct Item {
    std::optional<std::int64_t> objective;
    std::optional<std::int64_t> parent;
    std::string title;
    ActivityStatus status = ActivityStatus::not_started;
    int percent = 0;
    std::optional<Day> start;
    std::optional<Day> due;
    std::vector<std::int64_t> owners;
    std::string description;
  };

  std::int64_t activity(Item item) {
    ActivityFields f;
    f.title = std::move(item.title);
    if (!item.description.empty()) f.description = std::move(item.description);
    f.status = item.status;
    f.percent = item.status == ActivityStatus::done ? 100 : item.percent;
    f.start_on = item.start;
    f.due_on = item.due;
    f.owner_ids = std::move(item.owners);
    ++activities_;
    return repo_.add_activity(partnership_id_, {item.objective, item.parent}, f,
                              stamp(item.start.value_or(today_ - days(30))));
  }

  void need(ResourceKind kind, std::string description, double amount, std::string unit, ResourcePeriod period) {
    ResourceFields f;
    f.entry = ResourceEntry::need;
    f.kind = kind;
    f.description = std::move(description);
    f.amount = amount;
    f.unit = std::move(unit);
    f.period = period;
    store::PlanRegisterRepository(c_).insert_resource(partnership_id_, f, stamp(today_ - days(100)));
  }

  // A commitment by the n-th member, made `days_ago`, of which `used` has been drawn.
  void commit(std::size_t member, ResourceKind kind, std::string description, double amount, std::string unit,
              ResourcePeriod period, double used, int days_ago) {
    if (members_.empty()) return;
    ResourceFields f;
    f.kind = kind;
    f.description = std::move(description);
    f.amount = amount;
    f.unit = std::move(unit);
    f.period = period;
    f.membership_id = members_[member % members_.size()];
    f.used = used;
    f.committed_on = today_ - days(days_ago);
    store::PlanRegisterRepository(c_).insert_resource(partnership_id_, f, stamp(*f.committed_on));
  }

  void risk(std::string title, int likelihood, int impact, std::string trigger, std::string response,
            std::optional<std::size_t> owner, RiskStatus status) {
    RiskFields f;
    f.title = std::move(title);
    f.likelihood = likelihood;
    f.impact = impact;
    if (!trigger.empty()) f.trigger = std::move(trigger);
    if (!response.empty()) f.response = std::move(response);
    if (owner && !members_.empty()) f.owner_id = members_[*owner % members_.size()];
    f.status = status;
    store::PlanRegisterRepository(c_).insert_risk(partnership_id_, f, stamp(today_ - days(120)));
  }

  // A review as it would have been recorded on `held_on`: the plan rolled up with the
  // measurements known by then, each objective rated from its trajectory.
  void review(Day held_on, std::vector<std::string> decisions, std::string summary) {
    auto facts = plan_facts(repo_.load(partnership_id_, false));
    for (auto& o : facts.objectives) {
      std::erase_if(o.measurements, [&](const MeasurementPoint& m) { return m.on > held_on; });
    }
    const auto progress = roll_up(facts, held_on);
    ReviewFields f;
    f.held_on = held_on;
    f.summary = std::move(summary);
    f.decisions = std::move(decisions);
    f.participant_ids.assign(members_.begin(), members_.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(6, members_.size())));
    PlanSnapshot snapshot;
    snapshot.progress = progress.progress;
    snapshot.activities = progress.activities;
    snapshot.done = progress.done;
    snapshot.overdue = progress.overdue;
    for (std::size_t i = 0; i < facts.objectives.size(); ++i) {
      const auto& p = progress.objectives[i];
      const auto rating = p.trajectory == Trajectory::behind ? ReviewRating::at_risk : ReviewRating::on_track;
      if (p.trajectory != Trajectory::not_started) f.ratings.push_back({p.id, rating, std::nullopt});
      ObjectiveSnapshot os;
      os.objective_id = p.id;
      os.title = facts.objectives[i].fields.title;
      os.progress = p.progress;
      os.expected = p.expected;
      os.trajectory = p.trajectory;
      if (p.trajectory != Trajectory::not_started) os.rating = rating;
      snapshot.objectives.push_back(std::move(os));
    }
    store::PlanReviewRepository(c_).insert(partnership_id_, f, snapshot, std::nullopt, stamp(held_on));
  }

  // The n-th member (wrapping), or none when the table is empty.
  std::vector<std::int64_t> owner(std::size_t n) const {
    if (members_.empty()) return {};
    return {members_[n % members_.size()]};
  }

 private:
  store::Connection& c_;
  store::PlanRepository repo_;
  std::int64_t partnership_id_;
  Day today_;
  std::vector<std::int64_t> members_;
  std::size_t activities_ = 0;
};

using S = ActivityStatus;

// Five months in: break-ins are falling on the line; turnout at meetings is behind it; the review
// that was due after 90 days has not happened.
void eastside(PlanWriter& w) {
  const auto t = w.today();
  const auto start = t - days(150);
  const auto g1 = w.goal("Fewer car break-ins on the Eastside",
                         "Break-ins were the first thing residents raised at the founding meeting.", start);
  const auto o1 = w.objective(g1, "Cut reported car break-ins by half", "Car break-ins reported in the Eastside beats",
                              "per month", 38, 19, start, start + days(365));
  const double readings[] = {38, 36, 35, 33, 31};
  for (int m = 0; m < 5; ++m) w.measure(o1, start + days(30 * m + 29), readings[m], m == 0 ? "From the records unit" : "");
  w.activity({o1, {}, "Lighting audit of the three worst blocks", S::done, 100, start + days(10), start + days(40), w.owner(0),
              "Walk Maple, 5th and the Harbor lot after dark with the city's engineer."});
  w.activity({o1, {}, "Lock-it-or-lose-it flyer campaign", S::in_progress, 60, start + days(45), t + days(20), w.owner(1), ""});
  w.activity({o1, {}, "Ask the city for two new street lights on Maple", S::blocked, 20, start + days(50), t - days(12),
              w.owner(2), "Waiting on the public works budget."});
  const auto g2 = w.goal("Neighbours who know and trust each other",
                         "Residents said they would report more if they knew who would listen.", start + days(5));
  const auto o2 = w.objective(g2, "More residents at the monthly meetings", "Residents at the monthly meeting",
                              "people", 12, 40, start + days(5), start + days(370));
  const double turnout[] = {12, 14, 13, 15};
  for (int m = 0; m < 4; ++m) w.measure(o2, start + days(30 * m + 35), turnout[m]);
  w.activity({o2, {}, "Door-knocking on Maple and 5th", S::in_progress, 30, start + days(60), t - days(20), {}, ""});
  w.activity({o2, {}, "Bring the schools to the table", S::not_started, 0, t + days(5), t + days(21), w.owner(0),
              "The balance analysis shows no schools at the table."});
  w.activity({o2, {}, "Translate meeting notices into Spanish and Somali", S::done, 100, start + days(30), start + days(60),
              w.owner(3), ""});
  w.need(ResourceKind::funding, "Printing for the flyer campaign", 600, "USD", ResourcePeriod::one_off);
  w.commit(1, ResourceKind::funding, "Printing paid by the neighborhood association", 400, "USD", ResourcePeriod::one_off,
           250, 50);
  w.commit(0, ResourceKind::staff_hours, "Community officer at every meeting", 3, "hours", ResourcePeriod::per_month, 9, 140);
  w.risk("The city turns down the street-light request", 4, 3, "No answer from public works by January",
         "Ask the council member to raise it at the budget hearing", 2, RiskStatus::watching);
  w.risk("Volunteers for door-knocking drift away", 3, 3, "", "", std::nullopt, RiskStatus::open);
}

// Two years in, quarterly numbers. One youth-services member carries four overdue items.
void youth(PlanWriter& w) {
  const auto t = w.today();
  const auto start = t - days(720);
  const auto g1 = w.goal("Reduce gun violence involving young people",
                         "Shootings involving under-25s doubled in the three years before the partnership.", start);
  const auto o1 = w.objective(g1, "Halve shootings involving people under 25", "Shootings with a victim or suspect under 25",
                              "per quarter", 18, 9, start, start + days(3 * 365));
  const double shootings[] = {18, 17, 15, 16, 13, 12, 12, 11};
  for (int q = 0; q < 8; ++q) w.measure(o1, start + days(90 * q + 89), shootings[q]);
  const auto o2 = w.objective(g1, "Young people in the mentoring program", "Young people with an active mentor", "people",
                              0, 150, start + days(30), start + days(2 * 365 + 30));
  const double mentored[] = {8, 21, 30, 38, 45, 52, 58};
  for (int q = 0; q < 7; ++q) w.measure(o2, start + days(90 * q + 119), mentored[q]);
  const auto focused = w.activity({o1, {}, "Group violence intervention call-ins", S::in_progress, 50, start + days(60),
                                   t + days(60), w.owner(1), "Every quarter, with the DA's office and street outreach."});
  w.activity({o1, focused, "Choose the groups for the next call-in", S::done, 100, t - days(40), t - days(20), w.owner(1), ""});
  w.activity({o1, focused, "Line up services before the call-in", S::in_progress, 40, t - days(20), t + days(10), w.owner(4), ""});
  w.activity({o1, {}, "Hospital-based violence intervention at Riverton Medical", S::done, 100, start + days(90),
              start + days(400), w.owner(5), ""});
  w.activity({o2, {}, "Recruit 40 mentors from faith congregations", S::in_progress, 55, start + days(120), t - days(30),
              w.owner(6), ""});
  w.activity({o2, {}, "Mentor training, spring cohort", S::not_started, 0, t - days(60), t - days(15), w.owner(6), ""});
  w.activity({o2, {}, "Match waiting list with new mentors", S::not_started, 0, t - days(45), t - days(5), w.owner(6), ""});
  w.activity({o2, {}, "Background checks for volunteer mentors", S::blocked, 10, t - days(90), t - days(40), w.owner(6),
              "The state portal is down for maintenance."});
  const auto g2 = w.goal("Trust between young people and police",
                         "Young people told the listening sessions they do not expect to be treated fairly.", start + days(10));
  const auto o3 = w.objective(g2, "More young people trust police to treat them fairly",
                              "Youth survey: trust police to treat them fairly", "%", 31, 50, start + days(10),
                              start + days(3 * 365));
  w.measure(o3, start + days(40), 31, "Baseline survey, 612 responses");
  w.measure(o3, start + days(400), 36, "Second survey, 587 responses");
  w.activity({o3, {}, "Monthly basketball nights with officers", S::in_progress, 70, start + days(100), t + days(90),
              w.owner(2), ""});
  w.activity({o3, {}, "Youth council reviews the complaint process", S::not_started, 0, t + days(10), t + days(75), {}, ""});
  w.activity({o3, {}, "Third youth survey", S::not_started, 0, t + days(20), t + days(50), w.owner(7), ""});
  w.activity({{}, {}, "Apply for the state violence-prevention grant", S::done, 100, start + days(200), start + days(260),
              w.owner(0), ""});
  w.need(ResourceKind::funding, "Mentoring program stipends", 25000, "USD", ResourcePeriod::per_year);
  w.need(ResourceKind::staff_hours, "Street outreach", 60, "hours", ResourcePeriod::per_week);
  w.commit(0, ResourceKind::funding, "State violence-prevention grant", 15000, "USD", ResourcePeriod::per_year, 9000, 400);
  w.commit(5, ResourceKind::staff_hours, "Hospital violence interrupters", 24, "hours", ResourcePeriod::per_week, 24, 380);
  w.commit(1, ResourceKind::staff_hours, "Youth services outreach workers", 16, "hours", ResourcePeriod::per_week, 16, 300);
  w.commit(3, ResourceKind::in_kind, "Laptops for the youth council", 12, "laptops", ResourcePeriod::one_off, 0, 95);
  w.risk("The state grant is not renewed", 3, 5, "No renewal notice by March", "Approach the county and two foundations now",
         0, RiskStatus::open);
  w.risk("Mentors drop out after the first months", 4, 4, "Fewer than 30 active mentors", "", std::nullopt, RiskStatus::open);
  w.risk("Retaliation after a call-in", 2, 5, "Shots fired involving a call-in group",
         "Outreach workers visit the families within 24 hours", 1, RiskStatus::watching);
  w.review(t - days(200), {"Start the mentoring program in the spring", "Ask the hospital to join the call-ins"},
           "First review of the year: shootings are falling; mentoring is slow to start.");
  w.review(t - days(110), {"Recruit mentors through the congregations"}, "Mentoring is behind; the call-ins are working.");
  w.review(t - days(20), {"Put the background checks on the agenda with the state", "Third youth survey in January"},
           "Shootings are on track. Mentoring is still behind: the background checks are the bottleneck.");
}

// A large generated plan: `objectives` objectives in goals of ten, `activities` spread evenly, a
// fifth of them sub-activities of the one before, statuses that fit their dates.
void generated(PlanWriter& w, int objectives, int activities, unsigned seed) {
  static const std::array<const char*, 8> kGoals = {
      "Safer streets at night",       "Fewer repeat calls to the same addresses", "Young people with somewhere to go",
      "Trust between residents and police", "Fewer overdoses",               "Safer schools",
      "Businesses that report and are heard", "Support for victims"};
  static const std::array<const char*, 6> kIndicators = {"Calls for service", "Incidents reported", "Residents reached",
                                                         "Referrals completed", "Survey: feel safe (%)",
                                                         "Repeat locations"};
  static const std::array<const char*, 10> kVerbs = {"Plan", "Hold", "Review", "Train staff for", "Survey residents on",
                                                     "Map", "Fund", "Publicise", "Evaluate", "Recruit volunteers for"};
  static const std::array<const char*, 10> kThings = {"the block watch", "the night patrol", "the youth drop-in",
                                                      "the problem-solving team", "the landlord forum", "the school walk",
                                                      "the business alert list", "the outreach rota", "the data sharing",
                                                      "the victim helpline"};
  std::mt19937 random(seed);
  const auto t = w.today();
  const auto start = t - days(720);
  std::vector<std::int64_t> objective_ids;
  std::int64_t goal_id = 0;
  for (int i = 0; i < objectives; ++i) {
    if (i % 10 == 0) {
      goal_id = w.goal(cat(kGoals[(i / 10) % kGoals.size()], i >= 80 ? cat(" (", i / 80 + 1, ")") : std::string()),
                       "Generated for the demo.", start);
    }
    const bool falling = i % 3 != 2;
    const double baseline = falling ? 100 + i % 50 : 10 + i % 20;
    const double target = falling ? baseline / 2 : baseline * 3;
    const auto begin = start + days(static_cast<int>(random() % 200));
    const auto end = begin + days(365 + static_cast<int>(random() % 730));
    const auto id = w.objective(goal_id, cat(kIndicators[i % kIndicators.size()], falling ? " down" : " up", " #", i + 1),
                                kIndicators[i % kIndicators.size()], falling ? "per quarter" : "people", baseline,
                                target, begin, end);
    objective_ids.push_back(id);
    // Quarterly readings along the line, some objectives lagging behind it.
    const double lag = i % 4 == 0 ? 0.5 : 0.95;
    for (auto on = begin + days(90); on <= t; on += days(90)) {
      const double line = static_cast<double>((on - begin).count()) / static_cast<double>((end - begin).count());
      const double noise = static_cast<double>(static_cast<int>(random() % 11) - 5) / 100.0;
      w.measure(id, on, baseline + (target - baseline) * std::min(1.0, line * lag + noise));
    }
  }
  std::optional<std::int64_t> previous;
  for (int i = 0; i < activities; ++i) {
    const auto objective = objective_ids.empty() ? std::optional<std::int64_t>()
                                                 : std::optional(objective_ids[static_cast<std::size_t>(i) % objective_ids.size()]);
    const bool child = previous && i % 5 == 4;
    const auto begin = start + days(static_cast<int>(random() % 700));
    const auto due = begin + days(14 + static_cast<int>(random() % 120));
    const auto roll = static_cast<int>(random() % 100);
    S status = S::not_started;
    int percent = 0;
    if (due < t) {
      status = roll < 70 ? S::done : roll < 80 ? S::cancelled : roll < 90 ? S::in_progress : S::not_started;
    } else if (begin < t) {
      status = roll < 60 ? S::in_progress : roll < 90 ? S::not_started : S::blocked;
    }
    if (status == S::in_progress || status == S::blocked) percent = 10 * static_cast<int>(random() % 10);
    std::vector<std::int64_t> owners;
    if (roll % 10 != 0) owners = w.owner(random());
    if (roll % 7 == 0 && !w.members().empty()) owners.push_back(w.members()[random() % w.members().size()]);
    if (owners.size() == 2 && owners[0] == owners[1]) owners.pop_back();
    const auto id = w.activity({child ? std::optional<std::int64_t>() : objective, child ? previous : std::nullopt,
                                cat(kVerbs[random() % kVerbs.size()], " ", kThings[random() % kThings.size()]), status,
                                percent, begin, due, owners, ""});
    previous = child ? previous : std::optional(id);
  }
}

bool has_plan(store::Connection& c, std::int64_t partnership_id) {
  return !c.query("SELECT 1 FROM plan_goals WHERE partnership_id = $1 LIMIT 1", {partnership_id}).empty();
}

}  // namespace

DemoPlanSummary load_demo_plans(store::Store& store, const Clock& clock) {
  using Builder = void (*)(PlanWriter&);
  const std::pair<const char*, Builder> demos[] = {
      {"Eastside Neighborhood Safety Table", eastside},
      {"Riverton Youth Violence Reduction Partnership", youth},
      {"Marlow County Public Safety Collaborative", [](PlanWriter& w) { generated(w, 12, 96, 7); }},
  };
  return store.write([&](store::Connection& c) {
    DemoPlanSummary summary;
    for (const auto& [name, build] : demos) {
      auto id = find_demo_partnership(c, name);
      if (!id) continue;
      if (has_plan(c, *id)) {
        ++summary.plans_kept;
        continue;
      }
      PlanWriter writer(c, *id, utc_day(clock()));
      build(writer);
      summary.activities_created += writer.activities_written();
      ++summary.plans_created;
    }
    return summary;
  });
}

BenchmarkPlan load_benchmark_plan(store::Store& store, const Clock& clock, std::int64_t partnership_id, int objectives,
                                  int activities) {
  return store.write([&](store::Connection& c) {
    BenchmarkPlan result;
    if (has_plan(c, partnership_id)) return result;
    PlanWriter writer(c, partnership_id, utc_day(clock()));
    generated(writer, objectives, activities, 11);
    result.created = true;
    result.objectives = static_cast<std::size_t>(objectives);
    result.activities = writer.activities_written();
    return result;
  });
}

}  // namespace cg::app
