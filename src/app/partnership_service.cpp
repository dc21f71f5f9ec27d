#include "app/partnership_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/balance_service.h"
#include "app/membership_records.h"
#include "app/page_cursor.h"
#include "app/partnership_gate.h"
#include "app/partnership_json.h"
#include "domain/partnership_attention.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/charter_repository.h"
#include "store/errors.h"
#include "store/membership_repository.h"
#include "store/organization_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

Error name_taken(const std::string& name) {
  auto error = Error::make(ErrorKind::conflict, "A partnership named \"" + name + "\" already exists.");
  error.fields = {{"name", "Another partnership already has this name."}};
  return error;
}

Result<PartnershipFields> checked(PartnershipFields fields) {
  fields = normalized(std::move(fields));
  if (auto errors = validate(fields); !errors.empty()) return Error::invalid(std::move(errors));
  return fields;
}

AuditEntry audit_entry(std::string action, const Partnership* before, const Partnership* after) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = "partnership";
  entry.target_id = std::to_string(before ? before->id : after->id);
  if (before) entry.before_json = boost::json::serialize(partnership_json(*before));
  if (after) entry.after_json = boost::json::serialize(partnership_json(*after));
  return entry;
}

// The creator's own seat: the first lead, with decision authority, listed publicly.
Result<store::NewMembership> founding_lead(store::Connection& c, const NewPartnership& input, const User& creator,
                                           const std::string& today) {
  store::NewMembership seat;
  seat.user_id = creator.id;
  seat.fields.person_name = creator.display_name;
  seat.fields.person_email = creator.email;
  seat.fields.role = PartnershipRole::lead;
  seat.fields.decision_authority = true;
  seat.fields.listed_publicly = true;
  seat.fields.sector_override = input.my_sector;
  std::optional<OrganizationRef> organization;
  if (input.my_organization_id) {
    auto found = store::OrganizationRepository(c).find(*input.my_organization_id);
    if (!found) return Error::invalid_field("my_organization_id", "There is no organization with this id.");
    organization = OrganizationRef{found->id, found->fields.name, found->fields.sector};
    seat.fields.organization_id = found->id;
  }
  const auto sector = effective_sector(seat.fields, organization);
  if (!sector) return Error::invalid_field("my_sector", "Choose the sector you represent, or your organization.");
  seat.sector = *sector;
  seat.display_key = display_key(seat.fields, organization);
  seat.status = MembershipStatus::active;
  seat.joined_on = today;
  return seat;
}

}  // namespace

std::string PartnershipService::now() const { return format_utc(clock_()); }

Result<store::PartnershipView> PartnershipService::create(NewPartnership input, const User& creator, const Actor& actor) {
  auto fields = checked(std::move(input.fields));
  if (!fields) return std::move(fields).error();
  try {
    return store_.write([&](store::Connection& c) -> Result<store::PartnershipView> {
      const auto at = now();
      auto seat = founding_lead(c, input, creator, format_date(utc_day(clock_())));
      if (!seat) return std::move(seat).error();
      auto created = store::PartnershipRepository(c).insert(*fields, at);
      seat->partnership_id = created.id;
      insert_membership(c, std::move(*seat), at);
      append_audit(c, actor, at, audit_entry("partnership.create", nullptr, &created));
      return *store::PartnershipRepository(c).view(created.id, creator.id);
    });
  } catch (const store::UniqueViolation&) {
    return name_taken(fields->name);
  }
}

Result<store::PartnershipView> PartnershipService::get(std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<store::PartnershipView> {
    auto access = enter_partnership(c, id, viewer, std::nullopt);
    if (!access) return std::move(access).error();
    return std::move(access->view);
  });
}

Result<PartnershipPage> PartnershipService::list(const PartnershipQuery& query, const User& viewer) {
  if (query.limit < 1 || query.limit > 200) return Error::invalid_field("limit", "Must be between 1 and 200.");
  store::PartnershipFilter filter;
  filter.viewer_user_id = viewer.id;
  filter.viewer_sees_all = viewer.site_role == SiteRole::admin;
  filter.mine_only = query.mine_only;
  filter.status = query.status;
  filter.name_contains = text::ascii_lower(query.name_contains);
  filter.limit = query.limit + 1;
  if (query.after) {
    auto position = decode_cursor(*query.after);
    if (!position) return Error::invalid_field("after", "This page link is not valid; start again from the first page.");
    filter.after = store::PartnershipPosition{position->key, position->id};
  }
  auto rows = store_.read([&](store::Connection& c) { return store::PartnershipRepository(c).list(filter); });
  PartnershipPage page;
  if (rows.size() > static_cast<std::size_t>(query.limit)) {
    rows.resize(static_cast<std::size_t>(query.limit));
    const auto& last = rows.back().partnership;
    page.next = encode_cursor({text::ascii_lower(last.fields.name), last.id});
  }
  page.items = std::move(rows);
  return page;
}

Result<store::PartnershipView> PartnershipService::update(std::int64_t id, std::optional<std::int64_t> based_on_version,
                                                          const PartnershipPatch& patch, const User& editor,
                                                          const Actor& actor) {
  if (!based_on_version) {
    return version_required();
  }
  try {
    return store_.write([&](store::Connection& c) -> Result<store::PartnershipView> {
      auto access = enter_partnership(c, id, editor, PartnershipAction::edit_details);
      if (!access) return std::move(access).error();
      const auto& current = access->partnership();
      if (current.version != *based_on_version) {
        return Error::make(ErrorKind::precondition_failed,
                           "Someone else changed this partnership after you opened it. Review their changes and "
                           "apply yours again.");
      }
      auto fields = checked(apply(patch, current.fields));
      if (!fields) return std::move(fields).error();
      if (*fields == current.fields) return std::move(access->view);
      const auto at = now();
      auto updated = store::PartnershipRepository(c).update(id, *based_on_version, *fields, at);
      append_audit(c, actor, at, audit_entry("partnership.update", &current, &*updated));
      return *store::PartnershipRepository(c).view(id, editor.id);
    });
  } catch (const store::UniqueViolation&) {
    return name_taken(patch.name.value_or(""));
  }
}

Result<std::vector<Finding>> PartnershipService::attention(std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<std::vector<Finding>> {
    auto access = enter_partnership(c, id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    const auto& partnership = access->partnership();
    const auto now_text = now();
    AttentionFacts facts;
    facts.status = partnership.fields.status;
    const auto invitations = store::MembershipRepository(c).count_invitations(id, now_text);
    facts.invitations_pending = invitations.pending;
    facts.invitations_expired = invitations.expired;
    store::CharterRepository charters(c);
    for (const auto& version : charters.list(id)) {
      if (version.status == CharterStatus::draft || version.status == CharterStatus::proposed) {
        facts.open_charter = version.status;
      }
    }
    if (auto adopted = charters.adopted(id)) {
      facts.charter_adopted = true;
      facts.endorsed = static_cast<int>(charters.endorsements(adopted->id).size());
      facts.eligible_endorsers = store::MembershipRepository(c).count_active_in_roles(id, roles_allowed_to(PartnershipAction::endorse_charter));
    }
    facts.balance_findings = balance_on(c, partnership, utc_day(clock_())).findings;
    return partnership_attention(facts);
  });
}

std::vector<Partnership> PartnershipService::public_list() {
  return store_.read([](store::Connection& c) { return store::PartnershipRepository(c).list_public(); });
}

Result<PublicProfile> PartnershipService::public_profile(std::int64_t id) {
  return store_.read([&](store::Connection& c) -> Result<PublicProfile> {
    auto partnership = store::PartnershipRepository(c).find(id);
    if (!partnership || partnership->fields.visibility != Visibility::public_profile) return partnership_not_found(id);
    PublicProfile profile;
    profile.partnership = std::move(*partnership);
    if (auto adopted = store::CharterRepository(c).adopted(id)) profile.charter = adopted->text;
    std::vector<int> counts(all_sectors().size(), 0);
    for (const auto& m : store::MembershipRepository(c).active(id)) {
      ++counts[static_cast<std::size_t>(m.sector)];
      if (!m.fields.listed_publicly) continue;
      // Never an email address on a public page: the person's name, else their organisation.
      std::optional<std::string> name = m.fields.person_name;
      if (!name && m.organization) name = m.organization->name;
      if (!name) continue;
      std::optional<std::string> organization;
      if (m.organization) organization = m.organization->name;
      profile.members.push_back(PublicMember{*name, organization, m.sector});
    }
    for (const auto& s : all_sectors()) {
      const int n = counts[static_cast<std::size_t>(s.sector)];
      if (n > 0) profile.sectors.emplace_back(s.sector, n);
    }
    return profile;
  });
}

}  // namespace cg::app
