#include <cstdio>

#include "app/plan_review_service.h"
#include "cli/commands.h"
#include "cli/mail_options.h"
#include "cli/reminder_log.h"

namespace cg::cli {
namespace {

constexpr OptionSpec kSpecs[] = {
    kDatabaseOption,
    kPublicUrlOption,
    kSmtpUrlOption,
    kMailFromOption,
};

}  // namespace

int remind_command(std::span<const std::string> args, const EnvLookup& env) {
  if (wants_help(args)) {
    std::printf("%s", usage("remind", "Emails the leads and coordinators of every partnership whose plan review is "
                                      "due within a week or overdue, once per due date (the server does this every "
                                      "hour too; this is for cron or a one-off run).",
                            kSpecs)
                          .c_str());
    return 0;
  }
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());
  auto public_url = checked_public_url(*options);
  if (!public_url) return usage_error(public_url.error());
  auto opened = open_and_migrate(options->text("--database"), 1);
  if (!opened.store) return opened.exit_code;
  try {
    auto mailer = make_mailer(*options);
    app::PlanReviewService reviews(*opened.store, *mailer, app::system_clock(), *public_url);
    const auto run = reviews.send_reminders();
    log_reminder_run(run);
    return run.failures ? 1 : 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: %s\n", e.what());
    return 1;
  }
}

}  // namespace cg::cli
