#include "app/membership_records.h"

#include "domain/text_rules.h"
#include "domain/time_format.h"

namespace cg::app {

std::string display_key(const MembershipFields& fields, const std::optional<OrganizationRef>& organization) {
  Membership probe;
  probe.fields = fields;
  probe.organization = organization;
  return text::ascii_lower(display_name(probe));
}

Membership insert_membership(store::Connection& c, store::NewMembership membership, const std::string& now) {
  store::MembershipRepository repository(c);
  const auto id = repository.insert(membership, now);
  auto stored = repository.find(membership.partnership_id, id);
  if (stored->status == MembershipStatus::active && stored->joined_on) {
    record_snapshot(c, *stored, *parse_date(*stored->joined_on));
  }
  return std::move(*stored);
}

void record_snapshot(store::Connection& c, const Membership& m, Day day) {
  MemberSnapshot snapshot;
  snapshot.membership_id = m.id;
  snapshot.effective_on = day;
  snapshot.active = m.status == MembershipStatus::active;
  snapshot.sector = m.sector;
  snapshot.decision_authority = m.fields.decision_authority;
  snapshot.perspectives = m.fields.perspectives;
  store::MembershipRepository(c).append_history(m.partnership_id, snapshot, m.fields.role);
}

}  // namespace cg::app
