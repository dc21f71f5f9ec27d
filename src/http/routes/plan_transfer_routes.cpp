#include <boost/json.hpp>

#include "http/routes/import_report.h"
#include "http/routes/plan_routes.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

json::object counts_json(const app::ImportCounts& c) {
  return {{"goals", c.goals}, {"objectives", c.objectives}, {"activities", c.activities}};
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
      auto dry_run = dry_run_of(request);
      if (!dry_run) return problem_response(dry_run.error(), request);
      const auto type = request.header("content-type").value_or("");
      if (type.substr(0, type.find(';')) != "text/csv") {
        return problem_response(Error::make(ErrorKind::unsupported_format,
                                            "Send the plan as CSV with the header Content-Type: text/csv."),
                                request);
      }
      auto report = transfers.import_csv(*id, request.body, *dry_run, who.user, actor);
      if (!report) return problem_response(report.error(), request);
      if (!report->errors.empty()) return import_problem(report->errors, "plan-import-invalid", request);
      return json_response(200, json::object{{"dry_run", report->dry_run},
                                             {"rows", report->rows},
                                             {"created", counts_json(report->created)},
                                             {"updated", counts_json(report->updated)}});
    });
  });
}

}  // namespace cg::http
