#include "app/audit_trail.h"

#include "store/audit_repository.h"

namespace cg::app {

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
