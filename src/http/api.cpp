#include "http/api.h"

#include "http/routes/audit_routes.h"
#include "http/routes/auth_routes.h"
#include "http/routes/calendar_routes.h"
#include "http/routes/charter_routes.h"
#include "http/routes/discussion_routes.h"
#include "http/routes/meeting_routes.h"
#include "http/routes/membership_routes.h"
#include "http/routes/notification_routes.h"
#include "http/routes/organization_routes.h"
#include "http/routes/partnership_routes.h"
#include "http/routes/plan_routes.h"
#include "http/routes/resource_routes.h"
#include "http/routes/resource_shelf_routes.h"
#include "http/routes/resource_transfer_routes.h"
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
  auto& p = services.partnerships;
  add_partnership_routes(router, p.partnerships, p.balance, services.auth);
  add_membership_routes(router, p.members, services.auth);
  add_charter_routes(router, p.charters, services.auth);
  add_responsibility_routes(router, p.responsibilities, services.auth);
  add_plan_routes(router, p.plans, services.auth);
  add_plan_transfer_routes(router, p.plan_transfers, services.auth);
  add_plan_register_routes(router, p.plan_registers, services.auth);
  add_plan_review_routes(router, p.plan_reviews, services.auth);
  add_calendar_routes(router, p.calendar_feeds, services.auth);
  add_meeting_routes(router, p.meetings, p.engagement, services.auth);
  add_minutes_routes(router, p.minutes, p.plans, services.auth);
  add_discussion_routes(router, p.discussion, services.auth);
  add_notification_routes(router, p.notifications, services.store, services.auth);
  add_resource_transfer_routes(router, p.resource_transfers, services.auth);
  add_resource_routes(router, p.resources, p.resource_topics, services.auth);
  add_resource_shelf_routes(router, p.resource_shelves, p.resource_topics, services.auth);
  return router;
}

}  // namespace cg::http
