#include "http/api.h"

#include "http/routes/audit_routes.h"
#include "http/routes/auth_routes.h"
#include "http/routes/organization_routes.h"
#include "http/routes/system_routes.h"
#include "http/routes/user_routes.h"

namespace cg::http {

Router build_api_router(ApiServices services) {
  Router router;
  add_system_routes(router, services.store, services.metrics);
  add_auth_routes(router, services.auth);
  add_audit_routes(router, services.store, services.auth);
  add_user_routes(router, services.store, services.account_emails, services.auth);
  add_organization_routes(router, services.organizations, services.auth);
  return router;
}

}  // namespace cg::http
