#include "cli/reminder_log.h"

#include <boost/json.hpp>
#include <cstdio>

namespace cg::cli {
namespace {

void write(const boost::json::object& line) {
  std::fprintf(stderr, "%s\n", boost::json::serialize(line).c_str());
  std::fflush(stderr);
}

}  // namespace

void log_reminder_run(const app::ReminderRun& run) {
  write({{"level", run.failures ? "warning" : "info"},
         {"message", "review reminders"},
         {"partnerships_checked", run.partnerships_checked},
         {"reminders_sent", run.reminders_sent},
         {"emails_sent", run.emails_sent},
         {"failures", run.failures}});
  for (const auto& reason : run.failure_reasons) log_reminder_failure(reason);
}

void log_reminder_failure(std::string_view reason) {
  write({{"level", "warning"}, {"message", "review reminder not sent"}, {"detail", reason}});
}

}  // namespace cg::cli
