// Sign-in attempts, kept in the database so lockout and per-address limits hold across every
// instance. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/connection.h"

namespace cg::store {

struct AttemptWindow {
  std::int64_t count = 0;
  std::optional<std::string> oldest;  // time of the oldest attempt counted
};

class SignInAttemptRepository {
 public:
  explicit SignInAttemptRepository(Connection& connection) : c_(connection) {}

  void record(const std::string& email_key, const std::string& source_address, const std::string& outcome,
              const std::string& at);
  // Failed attempts ("wrong_password" or "wrong_code") for an account since `since`, counting only those after
  // its latest "success" or "unlocked" record, so a lifted lock does not return on the next typo.
  std::int64_t failures_since(const std::string& email_key, const std::string& since);
  AttemptWindow attempts_from_address_since(const std::string& source_address, const std::string& since);

 private:
  Connection& c_;
};

}  // namespace cg::store
