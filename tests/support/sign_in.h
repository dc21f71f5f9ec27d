// Accounts and signing in for API tests, done the way people do it: `commonground user add` on
// the command line, then every sign-in stage through the API, with a TOTP "device" that computes
// codes like an authenticator app.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "support/http_client.h"

namespace cg::testing {

inline constexpr const char* kAdminEmail = "admin@riverton.example";
inline constexpr const char* kAdminPassword = "river bend night market";

// An authenticator app: holds the secret and hands out codes the server has not seen yet (each
// code is accepted once, so consecutive codes use the next step within the allowed drift).
struct TotpDevice {
  std::vector<std::uint8_t> secret;
  std::int64_t last_step = 0;
  std::string next_code();
  std::string next_code_json() { return R"({"code":")" + next_code() + R"("})"; }
};

void add_user(const std::string& database_url, const std::string& email, const std::string& name,
              const std::string& password, bool admin);

// Takes `client` through every stage the server asks for: the second factor (codes from
// `device`), the notice, and enrolment (which fills `device.secret`). Returns the final session.
boost::json::object sign_in(HttpClient& client, const std::string& email, const std::string& password,
                            TotpDevice& device);

}  // namespace cg::testing
