// One round of upkeep, shared by `serve` (every --job-interval-seconds) and `deliver` (cron or a
// one-off run): keep open meeting series scheduled a year ahead, queue this period's digests, run
// the due jobs, log one JSON line.
#pragma once

#include <string>

#include "app/job_runner.h"
#include "app/meeting_service.h"
#include "app/notification_service.h"
#include "cli/options.h"

namespace cg::cli {

inline constexpr OptionSpec kJobAttemptsOption{
    "--job-attempts", "CG_JOB_ATTEMPTS", "5",
    "Attempts an email job gets (30 s, 1, 2, 4... minutes apart) before it fails for site admins to see."};

// "host:pid", so admins can tell which instance leased a job.
std::string worker_name();

// Returns the jobs that failed for good in this round.
int deliver_once(app::MeetingService& meetings, app::NotificationService& notifications, app::JobRunner& runner);

}  // namespace cg::cli
