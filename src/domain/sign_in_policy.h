// The rules that decide whether a sign-in may proceed and how long a session lives, with the
// CJIS Security Policy 5.9.5 numbers as defaults: 5 failures within 15 minutes lock the account,
// sessions end after 30 minutes idle and 12 hours in all. Plain functions of stored facts and
// "now", so every threshold is tested without waiting.
#pragma once

#include <chrono>
#include <optional>

namespace cg::sign_in {

using Time = std::chrono::system_clock::time_point;
using std::chrono::minutes;

struct LockoutPolicy {
  int max_failures = 5;
  minutes failure_window{15};
  // How long a lock lasts before it lifts by itself; nullopt means only an admin can unlock.
  std::optional<minutes> lock_duration = minutes(30);
  // Sign-in attempts one network address may make within the window before it gets 429.
  int max_attempts_per_address = 30;
  minutes address_window{5};
};

struct SessionPolicy {
  minutes idle_timeout{30};
  minutes absolute_timeout{12 * 60};
};

// True when this failure (counted in `failures_in_window`, itself included) should lock the account.
bool locks_account(const LockoutPolicy& policy, int failures_in_window);

// Whether an account locked at `locked_at` is still locked at `now`.
bool still_locked(const LockoutPolicy& policy, Time locked_at, Time now);

// How long until an address that made `attempts_in_window` attempts, the oldest at
// `oldest_attempt`, may try again; nullopt when it may try now.
std::optional<std::chrono::seconds> address_retry_after(const LockoutPolicy& policy, int attempts_in_window,
                                                         Time oldest_attempt, Time now);

enum class SessionState { active, idle_expired, absolute_expired };

SessionState session_state(const SessionPolicy& policy, Time created_at, Time last_seen_at, Time now);

}  // namespace cg::sign_in
