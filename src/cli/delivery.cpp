#include "cli/delivery.h"

#include <unistd.h>

#include <boost/json.hpp>
#include <cstdio>

namespace cg::cli {
namespace {

// Enough for a burst of digests; the rest run in the next round.
constexpr int kJobsPerRound = 20000;

}  // namespace

std::string worker_name() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}

int deliver_once(app::MeetingService& meetings, app::NotificationService& notifications, app::JobRunner& runner) {
  const auto extended = meetings.extend_open_series();
  const auto queued = notifications.schedule_digests();
  const auto run = runner.run_due(kJobsPerRound);
  if (extended + queued.daily + queued.weekly + run.done + run.retrying + run.failed > 0) {
    std::fprintf(stderr, "%s\n",
                 boost::json::serialize(boost::json::object{{"level", run.failed ? "warning" : "info"},
                                                            {"message", "email delivery"},
                                                            {"series_meetings_added", extended},
                                                            {"daily_digests_queued", queued.daily},
                                                            {"weekly_digests_queued", queued.weekly},
                                                            {"jobs_done", run.done},
                                                            {"jobs_retrying", run.retrying},
                                                            {"jobs_failed", run.failed}})
                     .c_str());
    std::fflush(stderr);
  }
  return run.failed;
}

}  // namespace cg::cli
