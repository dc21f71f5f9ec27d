#include <cstdio>

#include "app/demo_accounts.h"
#include "app/demo_data.h"
#include "app/demo_digest.h"
#include "app/demo_resources.h"
#include "app/demo_discussion.h"
#include "app/demo_meetings.h"
#include "app/demo_partnerships.h"
#include "app/demo_plans.h"
#include "cli/commands.h"

namespace cg::cli {
namespace {

constexpr OptionSpec kSpecs[] = {
    kDatabaseOption,
    {"--bench-partnership-members", "", "0",
     "Also create a members-only \"Benchmark Partnership\" with this many active members and print its id, for "
     "bench/partnership_bench.sh; 0 creates none."},
    {"--bench-partnership-years", "", "10", "Years of joining, leaving and changing behind the benchmark partnership."},
    {"--bench-plan-objectives", "", "0",
     "Also give the benchmark partnership a generated action plan with this many objectives, for "
     "bench/plan_bench.sh; 0 creates none."},
    {"--bench-plan-activities", "", "5000", "Activities in the benchmark plan."},
    {"--bench-meeting-years", "", "0",
     "Also give the benchmark partnership this many years of weekly meetings with attendance, for "
     "bench/meeting_bench.sh; 0 creates none."},
    {"--bench-digest-users", "", "0",
     "Also create this many people (who cannot sign in) with a day's news each waiting for their daily digest, "
     "for bench/digest_bench.sh; 0 creates none."},
    {"--bench-digest-partnerships", "", "500", "The partnerships the digest benchmark's people sit at."},
    {"--bench-resources", "", "0",
     "Also add this many generated public resources to the clearinghouse, for bench/resource_search_bench.sh; 0 "
     "adds none."},
};

void print_benchmark(const app::BenchmarkPartnership& bench) {
  if (bench.created) {
    std::printf("Benchmark Partnership: id %lld, created with %zu memberships.\n", static_cast<long long>(bench.id),
                bench.memberships_created);
  } else {
    std::printf("Benchmark Partnership: id %lld, already there and left as it is.\n", static_cast<long long>(bench.id));
  }
}

}  // namespace

int demo_command(std::span<const std::string> args, const EnvLookup& env) {
  if (wants_help(args)) {
    std::printf("%s", usage("demo", "Creates the database if needed, applies migrations and loads the demo "
                                    "data set (a fictional city's partner organizations, three partnerships of "
                                    "different sizes and ages, and two accounts, whose passwords it prints). Running "
                                    "it again restores the demo organizations and accounts, adds demo partnerships "
                                    "that are missing, and leaves everything else alone.", kSpecs).c_str());
    return 0;
  }
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());
  auto bench_members = options->number("--bench-partnership-members", 0, app::kBenchmarkMembersMax);
  if (!bench_members) return usage_error(bench_members.error());
  auto bench_years = options->number("--bench-partnership-years", 1, app::kBenchmarkYearsMax);
  if (!bench_years) return usage_error(bench_years.error());
  auto bench_objectives = options->number("--bench-plan-objectives", 0, app::kBenchmarkObjectivesMax);
  if (!bench_objectives) return usage_error(bench_objectives.error());
  auto bench_activities = options->number("--bench-plan-activities", 0, app::kBenchmarkActivitiesMax);
  if (!bench_activities) return usage_error(bench_activities.error());
  auto bench_meeting_years = options->number("--bench-meeting-years", 0, app::kBenchmarkMeetingYearsMax);
  if (!bench_meeting_years) return usage_error(bench_meeting_years.error());
  auto digest_users = options->number("--bench-digest-users", 0, app::kBenchmarkDigestUsersMax);
  if (!digest_users) return usage_error(digest_users.error());
  auto digest_partnerships = options->number("--bench-digest-partnerships", 1, app::kBenchmarkDigestPartnershipsMax);
  if (!digest_partnerships) return usage_error(digest_partnerships.error());
  auto bench_resources = options->number("--bench-resources", 0, app::kBenchmarkResourcesMax);
  if (!bench_resources) return usage_error(bench_resources.error());
  if ((*bench_objectives > 0 || *bench_meeting_years > 0) && *bench_members == 0) {
    return usage_error(Error::make(ErrorKind::invalid_input,
                                   "--bench-plan-objectives and --bench-meeting-years need --bench-partnership-members: "
                                   "the plan's owners and the meetings' attendees are its members."));
  }
  auto opened = open_and_migrate(options->text("--database"), 1);
  if (!opened.store) return opened.exit_code;
  auto& store = opened.store;
  try {
    const auto clock = app::system_clock();
    const auto summary = app::load_demo_data(*store, clock);
    std::printf("Demo data loaded: %zu organizations created, %zu refreshed.\n",
                summary.organizations_created, summary.organizations_refreshed);
    // The partnerships seat the demo accounts, so the accounts come first.
    const auto accounts = app::load_demo_accounts(*store, clock);
    const auto partnerships = app::load_demo_partnerships(*store, clock);
    std::printf("Demo partnerships: %zu created (%zu memberships), %zu already there and left as they are.\n",
                partnerships.partnerships_created, partnerships.memberships_created, partnerships.partnerships_kept);
    const auto plans = app::load_demo_plans(*store, clock);
    std::printf("Demo plans: %zu created (%zu activities), %zu already there and left as they are.\n",
                plans.plans_created, plans.activities_created, plans.plans_kept);
    const auto meetings = app::load_demo_meetings(*store, clock);
    std::printf("Demo meetings: %zu meetings (%zu attendance records) for %zu partnerships; %zu already had "
                "meetings and were left as they are.\n",
                meetings.meetings_created, meetings.attendance_records, meetings.partnerships_created,
                meetings.partnerships_kept);
    const auto discussion = app::load_demo_discussion(*store, clock);
    std::printf("Demo discussion: %zu ideas and threads (%zu comments), minutes for %zu meetings, in %zu "
                "partnerships; %zu already had a discussion and were left as they are.\n",
                discussion.items, discussion.comments, discussion.minutes, discussion.partnerships_created,
                discussion.partnerships_kept);
    if (*bench_members > 0) {
      const auto bench = app::load_benchmark_partnership(*store, clock, static_cast<int>(*bench_members),
                                                         static_cast<int>(*bench_years));
      print_benchmark(bench);
      if (*bench_objectives > 0) {
        const auto plan = app::load_benchmark_plan(*store, clock, bench.id, static_cast<int>(*bench_objectives),
                                                   static_cast<int>(*bench_activities));
        if (plan.created) {
          std::printf("Benchmark plan: %zu objectives, %zu activities.\n", plan.objectives, plan.activities);
        } else {
          std::printf("Benchmark plan: already there and left as it is.\n");
        }
      }
      if (*bench_meeting_years > 0) {
        const auto held = app::load_benchmark_meetings(*store, clock, bench.id, static_cast<int>(*bench_meeting_years));
        std::printf("Benchmark meetings: %zu meetings, %zu attendance records%s.\n", held.meetings_created,
                    held.attendance_records, held.partnerships_kept ? " (already there and left as they are)" : "");
      }
    }
    if (*digest_users > 0) {
      const auto digests = app::load_benchmark_digests(*store, clock, static_cast<int>(*digest_users),
                                                       static_cast<int>(*digest_partnerships));
      if (digests.created) {
        std::printf("Benchmark digests: %zu people at %zu partnerships, %zu notifications waiting.\n", digests.users,
                    digests.partnerships, digests.notifications);
      } else {
        std::printf("Benchmark digests: already there and left as they are.\n");
      }
    }
    if (*bench_resources > 0) {
      const auto library = app::load_benchmark_resources(*store, clock, static_cast<int>(*bench_resources));
      if (library.created) {
        std::printf("Benchmark resources: %zu loaded in %.1f s; full-text index rebuilt in %.2f s.\n",
                    library.resources, library.load_seconds, library.index_rebuild_seconds);
      } else {
        std::printf("Benchmark resources: already there and left as they are.\n");
      }
    }
    std::printf("\nDemo accounts (public passwords: use this database for trying things out only):\n");
    for (const auto& account : accounts) {
      std::printf("  %-30s password: %-28s %s\n", account.email.c_str(), account.password.c_str(),
                  account.admin ? "site admin" : "partnership coordinator");
      if (!account.totp_secret.empty()) {
        std::printf("      second factor: add secret %s to an authenticator app (or run: oathtool --totp -b %s)\n",
                    account.totp_secret.c_str(), account.totp_secret.c_str());
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: cannot load the demo data: %s\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace cg::cli
