// /api/v1/me/notifications and /api/v1/me/notification-settings (a person's notifications and
// email choices), and /api/v1/admin/jobs (delivery jobs for site admins). See
// docs/notifications-api.md.
#pragma once

#include "app/notification_service.h"
#include "http/authentication.h"
#include "http/router.h"
#include "store/store.h"

namespace cg::http {

void add_notification_routes(Router& router, app::NotificationService& notifications, store::Store& store,
                             const Authentication& auth);

}  // namespace cg::http
