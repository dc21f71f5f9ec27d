#include "domain/sign_in_policy.h"

namespace cg::sign_in {

bool locks_account(const LockoutPolicy& policy, int failures_in_window) {
  return failures_in_window >= policy.max_failures;
}

bool still_locked(const LockoutPolicy& policy, Time locked_at, Time now) {
  if (!policy.lock_duration) return true;
  return now < locked_at + *policy.lock_duration;
}

std::optional<std::chrono::seconds> address_retry_after(const LockoutPolicy& policy, int attempts_in_window,
                                                         Time oldest_attempt, Time now) {
  if (attempts_in_window < policy.max_attempts_per_address) return std::nullopt;
  const auto wait = std::chrono::ceil<std::chrono::seconds>(oldest_attempt + policy.address_window - now);
  return wait.count() > 0 ? wait : std::chrono::seconds(1);
}

SessionState session_state(const SessionPolicy& policy, Time created_at, Time last_seen_at, Time now) {
  if (now >= created_at + policy.absolute_timeout) return SessionState::absolute_expired;
  if (now >= last_seen_at + policy.idle_timeout) return SessionState::idle_expired;
  return SessionState::active;
}

}  // namespace cg::sign_in
