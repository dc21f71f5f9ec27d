// The public library in bulk, for site admins: export every published public resource (CSV or
// JSON), and import many at once, checking every line first and writing nothing unless every line
// is right (a report names each problem by line and column). Imported resources are published.
#pragma once

#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "app/resource_service.h"
#include "domain/csv_reader.h"
#include "domain/resource_csv.h"
#include "domain/result.h"
#include "domain/user.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct ResourceImportReport {
  bool dry_run = false;
  int rows = 0;
  int created = 0;
  std::vector<csv::LineError> errors;  // non-empty: nothing was written
};

class ResourceTransferService {
 public:
  ResourceTransferService(store::Store& store, Clock clock, ResourceService& resources)
      : store_(store), clock_(std::move(clock)), resources_(resources) {}

  // Published public resources, oldest first.
  Result<std::vector<store::ResourceEntry>> library(const User& by);
  // `parsed` holds the rows read from the upload and the lines that could not be read; the
  // report adds every row's own problems (fields, links already in the library or repeated).
  Result<ResourceImportReport> import(resource_csv::ParsedLibrary parsed, bool dry_run, const User& by,
                                      const Actor& actor);

 private:
  store::Store& store_;
  Clock clock_;
  ResourceService& resources_;  // its recent searches must not outlive an import
};

}  // namespace cg::app
