#include "http/api.h"

#include "http/routes/organization_routes.h"
#include "http/routes/system_routes.h"

namespace cg::http {

Router build_api_router(ApiServices services) {
  Router router;
  add_system_routes(router, services.store, services.metrics);
  add_organization_routes(router, services.organizations);
  return router;
}

}  // namespace cg::http
