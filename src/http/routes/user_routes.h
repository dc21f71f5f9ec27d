// Accounts by email: /api/v1/users (site admins list accounts and invite people) and the two
// sign-in helpers that work through emailed links, /api/v1/auth/password-reset and
// /api/v1/auth/set-password (for a reset and for accepting an invitation alike).
#pragma once

#include "app/account_email_service.h"
#include "http/authentication.h"
#include "http/router.h"

namespace cg::store {
class Store;
}

namespace cg::http {

void add_user_routes(Router& router, store::Store& store, app::AccountEmailService& emails, const Authentication& auth);

}  // namespace cg::http
