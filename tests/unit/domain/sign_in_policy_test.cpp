#include "domain/sign_in_policy.h"

#include <gtest/gtest.h>

#include "domain/time_format.h"

namespace cg::sign_in {
namespace {

using namespace std::chrono_literals;

Time at(const char* iso) { return *parse_utc(iso); }

TEST(Lockout, TheFifthFailureLocks) {
  const LockoutPolicy policy;
  EXPECT_FALSE(locks_account(policy, 4));
  EXPECT_TRUE(locks_account(policy, 5));
}

TEST(Lockout, ALockLiftsAfterItsDurationOrOnlyByAnAdmin) {
  LockoutPolicy policy;
  const auto locked = at("2026-03-01T10:00:00.000Z");
  EXPECT_TRUE(still_locked(policy, locked, locked + 29min));
  EXPECT_FALSE(still_locked(policy, locked, locked + 30min));
  policy.lock_duration = std::nullopt;
  EXPECT_TRUE(still_locked(policy, locked, locked + 24h * 365));
}

TEST(Lockout, AnAddressWaitsUntilItsOldestAttemptLeavesTheWindow) {
  const LockoutPolicy policy;
  const auto oldest = at("2026-03-01T10:00:00.000Z");
  EXPECT_EQ(address_retry_after(policy, 29, oldest, oldest + 1min), std::nullopt);
  EXPECT_EQ(address_retry_after(policy, 30, oldest, oldest + 1min), std::chrono::seconds(240));
  EXPECT_EQ(address_retry_after(policy, 30, oldest, oldest + 5min), std::chrono::seconds(1)) << "never zero";
}

TEST(Sessions, EndAfterThirtyIdleMinutesOrTwelveHours) {
  const SessionPolicy policy;
  const auto created = at("2026-03-01T08:00:00.000Z");
  EXPECT_EQ(session_state(policy, created, created, created + 29min), SessionState::active);
  EXPECT_EQ(session_state(policy, created, created, created + 30min), SessionState::idle_expired);
  EXPECT_EQ(session_state(policy, created, created + 11h + 50min, created + 11h + 59min), SessionState::active);
  EXPECT_EQ(session_state(policy, created, created + 11h + 59min, created + 12h), SessionState::absolute_expired);
}

}  // namespace
}  // namespace cg::sign_in
