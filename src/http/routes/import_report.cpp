#include "http/routes/import_report.h"

#include <boost/json.hpp>
#include <set>

namespace cg::http {

Result<bool> dry_run_of(const Request& request) {
  auto errors = unknown_query_params(request, {"dry_run"});
  bool dry_run = false;
  if (auto raw = request.query_param("dry_run")) {
    if (*raw == "true") dry_run = true;
    else if (*raw != "false") errors.push_back({"dry_run", "Must be true or false."});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return dry_run;
}

Response import_problem(const std::vector<csv::LineError>& errors, std::string type, const Request& request) {
  boost::json::array lines;
  for (const auto& e : errors) {
    lines.push_back(boost::json::object{{"line", e.line}, {"column", e.column}, {"message", e.message}});
  }
  std::set<int> lines_at_fault;  // a line with two problems is one line to correct
  for (const auto& e : errors) lines_at_fault.insert(e.line);
  std::string detail = std::to_string(lines_at_fault.size());
  detail += lines_at_fault.size() == 1 ? " line needs" : " lines need";
  detail += " attention. Nothing was imported: correct the file and import it again.";
  return problem_response(Error::make(ErrorKind::invalid_input, std::move(detail), std::move(type)), request,
                          {{"lines", std::move(lines)}});
}

}  // namespace cg::http
