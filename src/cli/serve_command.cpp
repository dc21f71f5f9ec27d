#include <cstdio>

#include <boost/json.hpp>

#include "app/auth_service.h"
#include "app/organization_service.h"
#include "app/periodic_task.h"
#include "cli/commands.h"
#include "cli/delivery.h"
#include "cli/mail_options.h"
#include "cli/reminder_log.h"
#include "http/api.h"
#include "http/server.h"
#include "http/web_app.h"
#include "store/database_url.h"

namespace cg::cli {
namespace {

constexpr OptionSpec kSpecs[] = {
    kDatabaseOption,
    {"--listen", "CG_LISTEN", "127.0.0.1:8080", "Address and port to listen on; port 0 picks a free one."},
    {"--threads", "CG_THREADS", "2", "I/O threads that read and write connections."},
    {"--db-pool", "CG_DB_POOL", "4",
     "Database connections, and worker threads that run requests needing the database."},
    {"--max-body-bytes", "CG_MAX_BODY_BYTES", "10485760", "Largest request body accepted (413 above)."},
    {"--read-timeout-ms", "CG_READ_TIMEOUT_MS", "10000",
     "A request must arrive completely within this time once it has begun."},
    {"--idle-timeout-ms", "CG_IDLE_TIMEOUT_MS", "60000", "Kept-alive connections close after this idle time."},
    {"--shutdown-timeout-ms", "CG_SHUTDOWN_TIMEOUT_MS", "10000",
     "On SIGTERM/SIGINT, requests in flight get this long to finish."},
    {"--access-log", "CG_ACCESS_LOG", "-", "Where to write the JSON-lines access log: - (stdout), off, or a file."},
    {"--web-root", "CG_WEB_ROOT", "web/dist", "The built web app to serve at /; without one only the API is served."},
    kPublicUrlOption,
    kSmtpUrlOption,
    kMailFromOption,
    {"--reminder-interval-minutes", "CG_REMINDER_INTERVAL_MINUTES", "60",
     "How often to check for plan reviews falling due and email reminders; 0 turns it off (run `commonground "
     "remind` from cron instead)."},
    {"--job-interval-seconds", "CG_JOB_INTERVAL_SECONDS", "30",
     "How often to queue due notification digests and run due email jobs; 0 turns it off (run `commonground "
     "deliver` from cron instead)."},
    kJobAttemptsOption,
    {"--password-threads", "CG_PASSWORD_THREADS", "2",
     "Threads that check passwords (each check takes ~100 ms and 64 MiB): the most run at once."},
    {"--session-idle-minutes", "CG_SESSION_IDLE_MINUTES", "30", "Sign people out after this long without activity."},
    {"--session-absolute-hours", "CG_SESSION_ABSOLUTE_HOURS", "12", "Sign people out this long after they signed in."},
    {"--sign-in-attempts-per-address", "CG_SIGN_IN_ATTEMPTS_PER_ADDRESS", "30",
     "Sign-in attempts one network address may make in 5 minutes before it must wait (429). Raise it when "
     "many people sign in through one proxy address."},
    {"--lockout-minutes", "CG_LOCKOUT_MINUTES", "30",
     "A locked account unlocks by itself after this long; 0 means only an admin can unlock it."},
};

}  // namespace

int serve_command(std::span<const std::string> args, const EnvLookup& env) {
  if (wants_help(args)) {
    std::printf("%s", usage("serve", "Applies pending migrations, then serves the API until SIGTERM or SIGINT.",
                            kSpecs).c_str());
    return 0;
  }
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());

  http::ServerOptions server;
  server.listen = options->text("--listen");
  auto threads = options->number("--threads", 1, 256);
  auto pool = options->number("--db-pool", 1, 1024);
  auto body = options->number("--max-body-bytes", 1024, 1LL << 30);
  auto read_timeout = options->number("--read-timeout-ms", 100, 3'600'000);
  auto idle_timeout = options->number("--idle-timeout-ms", 100, 3'600'000);
  auto shutdown_timeout = options->number("--shutdown-timeout-ms", 0, 3'600'000);
  auto password_threads = options->number("--password-threads", 1, 64);
  auto session_idle = options->number("--session-idle-minutes", 1, 24 * 60);
  auto session_absolute = options->number("--session-absolute-hours", 1, 24 * 30);
  auto lockout = options->number("--lockout-minutes", 0, 24 * 60);
  auto attempts_per_address = options->number("--sign-in-attempts-per-address", 1, 1'000'000);
  for (const auto* r : {&threads, &pool, &body, &read_timeout, &idle_timeout, &shutdown_timeout, &password_threads,
                        &session_idle, &session_absolute, &lockout, &attempts_per_address}) {
    if (!*r) return usage_error(r->error());
  }
  server.io_threads = static_cast<int>(*threads);
  server.worker_threads = static_cast<int>(*pool);
  server.max_body_bytes = static_cast<std::size_t>(*body);
  server.read_timeout = std::chrono::milliseconds(*read_timeout);
  server.idle_timeout = std::chrono::milliseconds(*idle_timeout);
  server.shutdown_timeout = std::chrono::milliseconds(*shutdown_timeout);
  server.password_threads = static_cast<int>(*password_threads);
  auto checked_url = checked_public_url(*options);
  if (!checked_url) return usage_error(checked_url.error());
  const auto& public_url = *checked_url;
  server.https = public_url.starts_with("https://");
  auto reminder_minutes = options->number("--reminder-interval-minutes", 0, 7 * 24 * 60);
  if (!reminder_minutes) return usage_error(reminder_minutes.error());
  auto job_seconds = options->number("--job-interval-seconds", 0, 24 * 60 * 60);
  if (!job_seconds) return usage_error(job_seconds.error());
  auto job_attempts = options->number("--job-attempts", 1, 50);
  if (!job_attempts) return usage_error(job_attempts.error());
  app::AuthSettings auth_settings;
  auth_settings.session.idle_timeout = std::chrono::minutes(*session_idle);
  auth_settings.session.absolute_timeout = std::chrono::hours(*session_absolute);
  auth_settings.lockout.max_attempts_per_address = static_cast<int>(*attempts_per_address);
  auth_settings.lockout.lock_duration =
      *lockout == 0 ? std::nullopt : std::optional(std::chrono::minutes(*lockout));

  const auto& url = options->text("--database");
  auto opened = open_and_migrate(url, static_cast<std::size_t>(*pool));
  if (!opened.store) return opened.exit_code;
  auto& store = opened.store;

  try {
    http::AccessLog access_log(options->text("--access-log"));
    http::Metrics metrics;
    app::OrganizationService organizations(*store, app::system_clock());
    app::AuthService auth_service(*store, app::system_clock(), auth_settings);
    app::ApiTokenService api_tokens(*store, app::system_clock());
    auto mailer = make_mailer(*options);
    app::AccountEmailSettings email_settings;
    email_settings.public_url = public_url;
    app::AccountEmailService account_emails(*store, *mailer, app::system_clock(), email_settings);
    app::MembershipSettings membership_settings;
    membership_settings.public_url = email_settings.public_url;
    app::PartnershipServices partnerships(*store, *mailer, auth_service, app::system_clock(), membership_settings);
    const http::Authentication auth(auth_service, api_tokens, public_url.starts_with("https://"));
    auto router = http::build_api_router({*store, organizations, auth, account_emails, metrics, partnerships});
    std::string web_error;
    const auto web_app = http::WebApp::load(options->text("--web-root"), web_error);
    if (web_app) {
      router.set_fallback("/{web app}", [&web_app](http::Request& request) { return web_app->serve(request); });
    } else {
      std::fprintf(stderr, "{\"level\":\"warning\",\"message\":\"serving the API only: %s\"}\n", web_error.c_str());
    }
    std::optional<app::PeriodicTask> reminders;
    if (*reminder_minutes > 0) {
      reminders.emplace(std::chrono::minutes(*reminder_minutes), [&partnerships] {
        try {
          log_reminder_run(partnerships.plan_reviews.send_reminders());
        } catch (const std::exception& e) {  // the database may be away; the next run tries again
          log_reminder_failure(e.what());
        }
      });
    }
    // Leases last five minutes: a job whose server died runs again after that, on any instance.
    app::JobRunner jobs(*store, app::system_clock(), worker_name(), std::chrono::minutes(5), static_cast<int>(*job_attempts));
    partnerships.notifications.serve_jobs(jobs);
    std::optional<app::PeriodicTask> delivery;
    if (*job_seconds > 0) {
      delivery.emplace(std::chrono::seconds(*job_seconds), [&partnerships, &jobs] {
        try {
          deliver_once(partnerships.meetings, partnerships.notifications, jobs);
        } catch (const std::exception& e) {  // the database may be away; the next round tries again
          std::fprintf(stderr, "{\"level\":\"warning\",\"message\":\"email delivery stopped\",\"detail\":%s}\n",
                       boost::json::serialize(boost::json::value(e.what())).c_str());
        }
      });
    }
    http::Server http_server(server, router, metrics, access_log);
    const auto address = http_server.bind();
    std::fprintf(stderr,
                 "{\"level\":\"info\",\"message\":\"listening\",\"url\":\"http://%s\",\"database\":\"%s\"}\n",
                 address.c_str(), store::redact_database_url(url).c_str());
    std::fflush(stderr);
    http_server.run();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: %s\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace cg::cli
