// Times the plan's roll-up and attention list on a generated plan (default: 200 objectives with a
// year of quarterly measurements each and 5,000 activities with owners), the work GET /plan and
// GET /plan/attention do after reading the rows. Prints p50 and p99 over many runs.
//   plan_rollup_bench [objectives] [activities] [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "bench/percentile.h"
#include "domain/plan_attention.h"
#include "domain/plan_progress.h"

namespace {

using namespace cg;
using std::chrono::days;

PlanFacts generated_plan(int objectives, int activities, Day today) {
  std::mt19937 random(5);
  PlanFacts plan;
  for (int i = 0; i < objectives; ++i) {
    if (i % 10 == 0) plan.goal_ids.push_back(1 + i / 10);
    ObjectiveFacts o;
    o.id = 1000 + i;
    o.goal_id = 1 + i / 10;
    o.fields.title = "Objective";
    o.fields.baseline = 100;
    o.fields.target = 50;
    o.fields.direction = Direction::down;
    o.fields.start_on = today - days(400);
    o.fields.target_on = today + days(300 + i);
    for (int q = 0; q < 4; ++q) o.measurements.push_back({today - days(360 - 90 * q), 100.0 - q * (i % 7)});
    plan.objectives.push_back(std::move(o));
  }
  for (int i = 0; i < activities; ++i) {
    ActivityFacts a;
    a.id = 100000 + i;
    a.objective_id = 1000 + i % objectives;
    a.status = static_cast<ActivityStatus>(random() % 5);
    a.percent = static_cast<int>(random() % 101);
    a.due_on = today + days(static_cast<int>(random() % 400) - 200);
    if (random() % 10 != 0) a.owner_ids.push_back(static_cast<std::int64_t>(random() % 300));
    plan.activities.push_back(std::move(a));
  }
  return plan;
}

}  // namespace

int main(int argc, char** argv) {
  const int objectives = argc > 1 ? std::atoi(argv[1]) : 200;
  const int activities = argc > 2 ? std::atoi(argv[2]) : 5000;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 500;
  const Day today = std::chrono::floor<days>(std::chrono::system_clock::now());
  const auto plan = generated_plan(objectives, activities, today);
  std::map<std::int64_t, std::string> names;
  for (int m = 0; m < 300; ++m) names[m] = "Member " + std::to_string(m);
  std::vector<double> rollup_ms, attention_ms;
  std::size_t findings = 0;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto progress = roll_up(plan, today);
    const auto t1 = std::chrono::steady_clock::now();
    PlanAttentionFacts facts;
    facts.plan = &plan;
    facts.progress = &progress;
    facts.member_names = names;
    facts.review = review_schedule(today - days(100), 90, today);
    findings = plan_attention(facts, today).size();
    const auto t2 = std::chrono::steady_clock::now();
    rollup_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    attention_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
  }
  std::printf("plan roll-up and attention: %d objectives, %d activities, %d runs, %zu findings\n", objectives,
              activities, runs, findings);
  std::printf("  roll-up    p50 %.3f ms  p99 %.3f ms\n", percentile(rollup_ms, 50), percentile(rollup_ms, 99));
  std::printf("  attention  p50 %.3f ms  p99 %.3f ms (includes copying %zu member names)\n", percentile(attention_ms, 50),
              percentile(attention_ms, 99), names.size());
  return 0;
}
