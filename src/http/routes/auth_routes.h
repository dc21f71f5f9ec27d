// /api/v1/auth: sign in (password, second factor, notice), the current session, sign out (here
// or everywhere); /api/v1/account: TOTP enrolment and personal API tokens; /api/v1/users/{id}/unlock.
#pragma once

#include "http/authentication.h"
#include "http/router.h"

namespace cg::http {

void add_auth_routes(Router& router, const Authentication& auth);

}  // namespace cg::http
