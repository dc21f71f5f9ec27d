#include "http/routes/system_routes.h"

#include <boost/json.hpp>

#include "domain/organization.h"
#include "domain/sector.h"
#include "http/json_io.h"
#include "http/problem.h"
#include "store/errors.h"
#include "store/store.h"

namespace cg::http::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& openapi_files();
}

namespace cg::http {
namespace {

namespace json = boost::json;

void render_pool(std::string& out, const store::PoolStats& pool) {
  out += "# HELP cg_db_pool_connections Database connections by state.\n";
  out += "# TYPE cg_db_pool_connections gauge\n";
  out += "cg_db_pool_connections{state=\"in_use\"} " + std::to_string(pool.in_use) + "\n";
  out += "cg_db_pool_connections{state=\"open\"} " + std::to_string(pool.open) + "\n";
  out += "cg_db_pool_connections{state=\"max\"} " + std::to_string(pool.size) + "\n";
  out += "# HELP cg_db_pool_waiting Requests waiting for a database connection.\n";
  out += "# TYPE cg_db_pool_waiting gauge\n";
  out += "cg_db_pool_waiting " + std::to_string(pool.waiting) + "\n";
}

}  // namespace

std::string_view openapi_json() { return embedded::openapi_files().at(0).second; }

void add_system_routes(Router& router, store::Store& store, const Metrics& metrics) {
  router.add("GET", "/healthz", [](Request&) { return json_response(200, {{"status", "alive"}}); },
             Execution::io);

  router.add("GET", "/readyz", [&store](Request& request) {
    try {
      store.ping();
    } catch (const store::DatabaseUnavailable&) {
      return problem_response(
          Error::make(ErrorKind::unavailable, "The database does not answer."), request);
    }
    return json_response(200, {{"status", "ready"}});
  });

  router.add("GET", "/metrics", [&store, &metrics](Request&) {
    Response response;
    metrics.render(response.body);
    render_pool(response.body, store.pool_stats());
    response.set_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    return response;
  }, Execution::io);

  router.add("GET", "/api/v1/openapi.json", [](Request&) {
    Response response;
    response.body = std::string(openapi_json());
    response.set_header("Content-Type", "application/json");
    response.set_header("Cache-Control", "public, max-age=300");
    return response;
  }, Execution::io);

  router.add("GET", "/api/v1/sectors", [](Request&) {
    json::array items;
    for (const auto& s : all_sectors()) items.push_back({{"key", s.key}, {"label", s.label}});
    return json_response(200, {{"items", std::move(items)}});
  }, Execution::io);

  router.add("GET", "/api/v1/organization-kinds", [](Request&) {
    json::array items;
    for (const auto& k : all_organization_kinds()) items.push_back({{"key", k.key}, {"label", k.label}});
    return json_response(200, {{"items", std::move(items)}});
  }, Execution::io);
}

}  // namespace cg::http
