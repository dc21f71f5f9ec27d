// Appends audit records in the caller's transaction, so a change and its record commit together.
// Before/after are JSON snapshots of what changed (never secrets).
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
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

// The usual record: `action` succeeded on one target, with what it looks like afterwards if given.
AuditEntry audit_change(std::string action, std::string target_type, std::int64_t target_id,
                        const std::optional<boost::json::object>& after = std::nullopt);

void append_audit(store::Connection& connection, const Actor& actor, const std::string& at, AuditEntry entry);

}  // namespace cg::app
