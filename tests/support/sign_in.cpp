#include "support/sign_in.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <thread>

#include "domain/base32.h"
#include "domain/totp.h"
#include "support/server_process.h"

namespace cg::testing {

// Uses the current step when it is unused, else the next one. Either stays inside the server's
// one-step drift even if a 30-second boundary passes while the request is in flight (the previous
// choice, the step before the current one, fell out of the window when that happened). When both
// are spent, waits for the clock to move on rather than sending a code the server must refuse.
std::string TotpDevice::next_code() {
  for (;;) {
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const auto current = totp::step_at(now);
    const auto step = std::max(current, last_step + 1);
    if (step <= current + 1) {
      last_step = step;
      return totp::hotp(secret, static_cast<std::uint64_t>(step));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
}

void add_user(const std::string& database_url, const std::string& email, const std::string& name,
              const std::string& password, bool admin) {
  std::vector<std::string> args = {"user", "add", "--database", database_url, "--email", email, "--name", name};
  if (admin) args.push_back("--admin");
  const auto result = run_commonground(args, {}, password + "\n");
  ASSERT_EQ(result.exit_code, 0) << result.output;
}

boost::json::object sign_in(HttpClient& client, const std::string& email, const std::string& password,
                            TotpDevice& device) {
  auto response = client.post_json("/api/v1/auth/sign-in", boost::json::serialize(boost::json::object{
                                                                {"email", email}, {"password", password}}));
  EXPECT_EQ(response.status, 200) << response.body;
  for (int step = 0; step < 4 && response.status == 200; ++step) {
    const std::string stage(response.json().at("stage").as_string());
    if (stage == "active") return response.json().as_object();
    if (stage == "notice") {
      response = client.post_json("/api/v1/auth/notice/acknowledge", "{}");
    } else if (stage == "second_factor") {
      response = client.post_json("/api/v1/auth/second-factor", device.next_code_json());
    } else if (stage == "enrol_second_factor") {
      const auto enrolment = client.post_json("/api/v1/account/second-factor/enrolment", "{}");
      EXPECT_EQ(enrolment.status, 200) << enrolment.body;
      device.secret = *base32::decode(std::string(enrolment.json().at("secret").as_string()));
      const auto confirmed = client.post_json("/api/v1/account/second-factor/enrolment/confirm", device.next_code_json());
      EXPECT_EQ(confirmed.status, 200) << confirmed.body;
      response = client.get("/api/v1/auth/session");
    }
    EXPECT_EQ(response.status, 200) << response.body;
  }
  ADD_FAILURE() << "sign-in did not finish: " << response.body;
  return {};
}

}  // namespace cg::testing
