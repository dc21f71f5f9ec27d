#include "app/audit_trail.h"

#include <boost/json/serialize.hpp>

#include "store/audit_repository.h"

namespace cg::app {

AuditEntry audit_change(std::string action, std::string target_type, std::int64_t target_id,
                        const std::optional<boost::json::object>& after) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = std::move(target_type);
  entry.target_id = std::to_string(target_id);
  if (after) entry.after_json = boost::json::serialize(*after);
  return entry;
}

void append_audit(store::Connection& connection, const Actor& actor, const std::string& at, AuditEntry entry) {
  store::AuditEvent event;
  event.at = at;
  event.actor_user_id = actor.user_id;
  event.actor_email = actor.email;
  event.action = std::move(entry.action);
  event.target_type = std::move(entry.target_type);
  event.target_id = std::move(entry.target_id);
  event.source_address = actor.source_address;
  event.outcome = std::move(entry.outcome);
  event.before_json = std::move(entry.before_json);
  event.after_json = std::move(entry.after_json);
  if (!actor.request_id.empty()) event.request_id = actor.request_id;
  store::AuditRepository(connection).append(event);
}

}  // namespace cg::app
