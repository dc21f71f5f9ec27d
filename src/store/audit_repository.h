// The append-only audit trail (the database refuses updates and deletes). Runs inside the
// caller's transaction, so a change and its audit record commit or vanish together.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct AuditEvent {
  std::int64_t id = 0;
  std::string at;
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::string> actor_email;
  std::string action;  // e.g. "auth.sign_in", "organization.update"
  std::optional<std::string> target_type;
  std::optional<std::string> target_id;
  std::optional<std::string> source_address;
  std::string outcome;  // "success", "denied", "wrong_password", ...
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
  std::optional<std::string> request_id;
};

struct AuditFilter {
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::string> action_prefix;  // "auth." matches every sign-in event
  std::optional<std::string> outcome;
  std::optional<std::string> from;   // inclusive, UTC ISO-8601
  std::optional<std::string> until;  // exclusive
  std::optional<std::int64_t> before_id;  // keyset: newest first, rows with a smaller id
  int limit = 50;
};

class AuditRepository {
 public:
  explicit AuditRepository(Connection& connection) : c_(connection) {}

  std::int64_t append(const AuditEvent& event);
  // Newest first.
  std::vector<AuditEvent> list(const AuditFilter& filter);

 private:
  Connection& c_;
};

}  // namespace cg::store
