#include <boost/json.hpp>

#include "http/routes/plan_routes.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

json::object counts_json(const app::ImportCounts& c) {
  return {{"goals", c.goals}, {"objectives", c.objectives}, {"activities", c.activities}};
}

// A refused import: 400 with every problem, by line and column, and nothing written.
Response report_problem(const app::ImportReport& report, const Request& request) {
  json::array lines;
  for (const auto& e : report.errors) {
    lines.push_back(json::object{{"line", e.line}, {"column", e.column}, {"message", e.message}});
  }
  const auto count = report.errors.size();
  std::string detail = std::to_string(count);
  detail += count == 1 ? " line needs" : " lines need";
  detail += " attention. Nothing was imported: correct the file and import it again.";
  return problem_response(Error::make(ErrorKind::invalid_input, std::move(detail), "plan-import-invalid"), request,
                          {{"lines", std::move(lines)}});
}

}  // namespace

void add_plan_transfer_routes(Router& router, app::PlanTransferService& transfers, const Authentication& auth) {
  router.add("GET", "/api/v1/partnerships/{id}/plan/export.csv", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto csv = transfers.export_csv(*id, who.user);
      if (!csv) return problem_response(csv.error(), request);
      Response response;
      response.body = std::move(*csv);
      response.set_header("Content-Type", "text/csv; charset=utf-8");
      response.set_header("Content-Disposition",
                          "attachment; filename=\"plan-" + std::to_string(*id) + ".csv\"");
      return response;
    });
  });

  router.add("POST", "/api/v1/partnerships/{id}/plan/import", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto id = path_id(request, "id");
      if (!id) return problem_response(id.error(), request);
      auto errors = unknown_query_params(request, {"dry_run"});
      bool dry_run = false;
      if (auto raw = request.query_param("dry_run")) {
        if (*raw == "true") dry_run = true;
        else if (*raw != "false") errors.push_back({"dry_run", "Must be true or false."});
      }
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      const auto type = request.header("content-type").value_or("");
      if (type.substr(0, type.find(';')) != "text/csv") {
        return problem_response(Error::make(ErrorKind::unsupported_format,
                                            "Send the plan as CSV with the header Content-Type: text/csv."),
                                request);
      }
      auto report = transfers.import_csv(*id, request.body, dry_run, who.user, actor);
      if (!report) return problem_response(report.error(), request);
      if (!report->errors.empty()) return report_problem(*report, request);
      return json_response(200, json::object{{"dry_run", report->dry_run},
                                             {"rows", report->rows},
                                             {"created", counts_json(report->created)},
                                             {"updated", counts_json(report->updated)}});
    });
  });
}

}  // namespace cg::http
