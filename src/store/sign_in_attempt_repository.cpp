#include "store/sign_in_attempt_repository.h"

namespace cg::store {

void SignInAttemptRepository::record(const std::string& email_key, const std::string& source_address,
                                     const std::string& outcome, const std::string& at) {
  c_.query("INSERT INTO sign_in_attempts (email_key, source_address, outcome, at) VALUES ($1, $2, $3, $4)",
           {email_key, source_address, outcome, at});
}

std::int64_t SignInAttemptRepository::failures_since(const std::string& email_key, const std::string& since) {
  const auto rows = c_.query(
      "SELECT COUNT(*) FROM sign_in_attempts a WHERE a.email_key = $1 AND a.outcome IN ('wrong_password', 'wrong_code') "
      "AND a.at > $2 AND NOT EXISTS (SELECT 1 FROM sign_in_attempts r WHERE r.email_key = $1 "
      "AND r.outcome IN ('success', 'unlocked') AND r.id > a.id)",
      {email_key, since});
  return rows.at(0).integer(0);
}

AttemptWindow SignInAttemptRepository::attempts_from_address_since(const std::string& source_address,
                                                                  const std::string& since) {
  const auto rows = c_.query(
      "SELECT COUNT(*), MIN(at) FROM sign_in_attempts WHERE source_address = $1 AND at > $2",
      {source_address, since});
  AttemptWindow window;
  window.count = rows.at(0).integer(0);
  window.oldest = rows.at(0).optional_timestamp(1);
  return window;
}

}  // namespace cg::store
