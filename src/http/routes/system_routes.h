// Operational routes: /healthz (the process is alive), /readyz (the database answers),
// /metrics (Prometheus), the OpenAPI document, and the reference lists the UI needs.
#pragma once

#include "http/metrics.h"
#include "http/router.h"

namespace cg::store {
class Store;
}

namespace cg::http {

void add_system_routes(Router& router, store::Store& store, const Metrics& metrics);

// The OpenAPI document (docs/openapi.yaml) as JSON, embedded at build time.
std::string_view openapi_json();

}  // namespace cg::http
