// A refused upload (plan or library import): 400 with every problem, by line and column, saying
// that nothing was written.
#pragma once

#include <string>
#include <vector>

#include "domain/csv_reader.h"
#include "http/routes/route_support.h"

namespace cg::http {

// The upload's only query parameter, dry_run=true|false (false when absent), or the 400.
Result<bool> dry_run_of(const Request& request);

Response import_problem(const std::vector<csv::LineError>& errors, std::string type, const Request& request);

}  // namespace cg::http
