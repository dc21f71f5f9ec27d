#include <cstdio>

#include "cli/commands.h"
#include "cli/delivery.h"
#include "cli/mail_options.h"

namespace cg::cli {
namespace {

constexpr OptionSpec kSpecs[] = {kDatabaseOption, kPublicUrlOption, kSmtpUrlOption, kMailFromOption,
                                 kJobAttemptsOption};

}  // namespace

int deliver_command(std::span<const std::string> args, const EnvLookup& env) {
  if (wants_help(args)) {
    std::printf("%s", usage("deliver", "Schedules open meeting series on to a year ahead, queues the daily and weekly "
                                       "notification digests that are due and runs the email jobs that are due, "
                                       "once (the server does this every 30 seconds too; this is for cron or a "
                                       "one-off run). Exits 1 when a job failed for good.",
                            kSpecs)
                          .c_str());
    return 0;
  }
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());
  auto public_url = checked_public_url(*options);
  if (!public_url) return usage_error(public_url.error());
  auto attempts = options->number("--job-attempts", 1, 50);
  if (!attempts) return usage_error(attempts.error());
  auto opened = open_and_migrate(options->text("--database"), 1);
  if (!opened.store) return opened.exit_code;
  try {
    auto mailer = make_mailer(*options);
    app::MeetingService meetings(*opened.store, app::system_clock(), *public_url);
    app::NotificationService notifications(*opened.store, *mailer, app::system_clock(), *public_url);
    app::JobRunner runner(*opened.store, app::system_clock(), worker_name(), std::chrono::minutes(5),
                          static_cast<int>(*attempts));
    notifications.serve_jobs(runner);
    return deliver_once(meetings, notifications, runner) > 0 ? 1 : 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: %s\n", e.what());
    return 1;
  }
}

}  // namespace cg::cli
