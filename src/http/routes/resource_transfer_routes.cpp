#include "http/routes/resource_transfer_routes.h"

#include <boost/json.hpp>

#include "domain/resource_csv.h"
#include "domain/text_rules.h"
#include "http/routes/import_report.h"
#include "http/routes/resource_body.h"
#include "http/routes/route_support.h"

namespace cg::http {
namespace {

namespace json = boost::json;

constexpr std::size_t kImportItemsMax = 20000;

// "Text/CSV; charset=utf-8" -> "text/csv": media types ignore case and parameters.
std::string media_type(const Request& request) {
  const auto type = std::string(request.header("content-type").value_or(""));
  return text::ascii_lower(text::trim(type.substr(0, type.find(';'))));
}

// The JSON export's shape, which the JSON import reads back: keys, not labels.
json::object portable_json(const ResourceDescription& r) {
  json::array authors(r.authors.begin(), r.authors.end());
  json::array audience(r.audience.begin(), r.audience.end());
  json::array topics(r.topics.begin(), r.topics.end());
  return {{"title", r.title},
          {"type", to_key(r.type)},
          {"summary", r.summary},
          {"link", r.link ? json::value(*r.link) : json::value(nullptr)},
          {"publisher", r.publisher},
          {"authors", std::move(authors)},
          {"audience", std::move(audience)},
          {"topics", std::move(topics)},
          {"year", r.year ? json::value(*r.year) : json::value(nullptr)},
          {"evidence", to_key(r.evidence)}};
}

// {"resources": [...]}: each item read as a new resource; item n is "line" n.
Result<resource_csv::ParsedLibrary> parse_json(std::string_view text) {
  json::error_code ec;
  const auto doc = json::parse(text, ec);
  if (ec || !doc.is_object() || !doc.as_object().contains("resources") || !doc.at("resources").is_array()) {
    return Error::make(ErrorKind::invalid_input, "Send {\"resources\": [...]}, a list of resources as the export writes them.");
  }
  const auto& items = doc.at("resources").as_array();
  if (items.size() > kImportItemsMax) {
    return Error::make(ErrorKind::invalid_input, "Import at most " + std::to_string(kImportItemsMax) + " resources at once.");
  }
  resource_csv::ParsedLibrary out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const int line = static_cast<int>(i + 1);
    if (!items[i].is_object()) {
      out.errors.push_back({line, "", "Each resource must be an object with a title, type and summary."});
      continue;
    }
    auto fields = read_resource(items[i].as_object(), {}, true);
    if (!fields) {
      for (const auto& f : fields.error().fields) out.errors.push_back({line, f.field, f.message});
      continue;
    }
    out.rows.push_back({line, std::move(*fields)});
  }
  return out;
}

}  // namespace

void add_resource_transfer_routes(Router& router, app::ResourceTransferService& transfers, const Authentication& auth) {
  router.add("GET", "/api/v1/resources/export", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor&) {
      auto errors = unknown_query_params(request, {"format"});
      const auto format = request.query_param("format").value_or("json");
      if (format != "json" && format != "csv") errors.push_back({"format", "Must be json or csv."});
      if (!errors.empty()) return problem_response(Error::invalid(std::move(errors)), request);
      auto library = transfers.library(who.user);
      if (!library) return problem_response(library.error(), request);
      Response response;
      if (format == "csv") {
        response.body = resource_csv::header();
        for (const auto& r : *library) response.body += resource_csv::row(r.fields);
        response.set_header("Content-Type", "text/csv; charset=utf-8");
      } else {
        json::array items;
        for (const auto& r : *library) items.push_back(portable_json(r.fields));
        response.body = json::serialize(json::object{{"resources", std::move(items)}});
        response.set_header("Content-Type", "application/json");
      }
      response.set_header("Content-Disposition", "attachment; filename=\"resource-library." + std::string(format) + "\"");
      return response;
    });
  });

  router.add("POST", "/api/v1/resources/import", [&](Request& request) {
    return for_signed_in(auth, request, [&](const app::Principal& who, const app::Actor& actor) {
      auto dry_run = dry_run_of(request);
      if (!dry_run) return problem_response(dry_run.error(), request);
      const auto type = media_type(request);
      Result<resource_csv::ParsedLibrary> parsed = resource_csv::ParsedLibrary{};
      if (type == "text/csv") parsed = resource_csv::parse(request.body);
      else if (type == "application/json") parsed = parse_json(request.body);
      else {
        return problem_response(Error::make(ErrorKind::unsupported_format,
                                            "Send the library as CSV (Content-Type: text/csv) or JSON "
                                            "(Content-Type: application/json)."),
                                request);
      }
      if (!parsed) return problem_response(parsed.error(), request);
      auto report = transfers.import(std::move(*parsed), *dry_run, who.user, actor);
      if (!report) return problem_response(report.error(), request);
      if (!report->errors.empty()) return import_problem(report->errors, "resource-import-invalid", request);
      return json_response(200, json::object{{"dry_run", report->dry_run}, {"rows", report->rows}, {"created", report->created}});
    });
  });
}

}  // namespace cg::http
