// One JSON log line per review-reminder run (and one per email that could not be sent), written
// to stderr like the server's other log lines.
#pragma once

#include <string_view>

#include "app/plan_review_service.h"

namespace cg::cli {

void log_reminder_run(const app::ReminderRun& run);
void log_reminder_failure(std::string_view reason);

}  // namespace cg::cli
