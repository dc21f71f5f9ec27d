// The plan in and out of spreadsheets: export the whole plan as CSV, and import the same format —
// rows with an id update that item, rows without one create it — checking every line first and
// writing nothing unless every line is right. Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "domain/plan_csv.h"
#include "domain/result.h"
#include "domain/user.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct ImportCounts {
  int goals = 0;
  int objectives = 0;
  int activities = 0;
};

struct ImportReport {
  bool dry_run = false;
  int rows = 0;
  ImportCounts created;
  ImportCounts updated;
  std::vector<plan_csv::LineError> errors;  // non-empty: nothing was written
};

class PlanTransferService {
 public:
  PlanTransferService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  // The CSV text, archived items included (marked in the `archived` column).
  Result<std::string> export_csv(std::int64_t partnership_id, const User& viewer);
  // Leads and coordinators. An import replaces the columns the file has for each item it names
  // (the file carries no versions: the import is the latest edit).
  Result<ImportReport> import_csv(std::int64_t partnership_id, std::string_view text, bool dry_run, const User& by,
                                  const Actor& actor);

 private:
  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
