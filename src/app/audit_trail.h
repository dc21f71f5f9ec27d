// Appends audit records in the caller's transaction, so a change and its record commit together.
// Before/after are JSON snapshots of what changed (never secrets).
#pragma once

#include <optional>
#include <string>

#include "app/actor.h"
#include "store/connection.h"

namespace cg::app {

struct AuditEntry {
  std::string action;   // "auth.sign_in", "organization.update", ...
  std::string outcome;  // "success", "wrong_password", "locked", ...
  std::optional<std::string> target_type;
  std::optional<std::string> target_id;
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
};

void append_audit(store::Connection& connection, const Actor& actor, const std::string& at, AuditEntry entry);

}  // namespace cg::app
