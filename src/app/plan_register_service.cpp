#include "app/plan_register_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/partnership_gate.h"
#include "app/plan_edit_rules.h"
#include "app/plan_json.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/plan_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

// A member named on a register entry must hold an open seat in this partnership.
Result<Done> check_member(store::Connection& c, std::int64_t partnership_id, std::optional<std::int64_t> id,
                          std::string_view field) {
  if (!id) return Done{};
  auto member = store::MembershipRepository(c).find(partnership_id, *id);
  if (!member || !is_open(member->status)) {
    return Error::invalid_field(std::string(field), "Choose a current member of this partnership.");
  }
  return Done{};
}

Result<Done> check_resource_links(store::Connection& c, std::int64_t partnership_id, const ResourceFields& f) {
  if (auto member = check_member(c, partnership_id, f.membership_id, "membership_id"); !member) return member;
  if (f.activity_id && !store::PlanRepository(c).find_activity(partnership_id, *f.activity_id)) {
    return Error::invalid_field("activity_id", "There is no activity with that id in this plan.");
  }
  return Done{};
}

std::map<std::int64_t, std::string> names_of(store::Connection& c, std::int64_t partnership_id,
                                             const std::vector<std::optional<std::int64_t>>& ids) {
  std::map<std::int64_t, std::string> out;
  store::MembershipRepository members(c);
  for (const auto& id : ids) {
    if (!id || out.contains(*id)) continue;
    if (auto m = members.find(partnership_id, *id)) out[*id] = display_name(*m);
  }
  return out;
}

}  // namespace

std::vector<ResourceFacts> resource_facts(store::Connection& c, std::int64_t partnership_id,
                                          const std::vector<store::ResourceRecord>& records,
                                          std::map<std::int64_t, std::string>* member_names) {
  std::vector<ResourceFacts> out;
  std::map<std::int64_t, std::optional<Membership>> seats;
  store::MembershipRepository members(c);
  for (const auto& r : records) {
    ResourceFacts facts;
    facts.id = r.stamp.id;
    facts.fields = r.fields;
    if (const auto id = r.fields.membership_id) {
      auto [seat, fresh] = seats.try_emplace(*id);
      if (fresh) seat->second = members.find(partnership_id, *id);
      if (seat->second) {
        facts.partner = display_name(*seat->second);
        facts.sector = seat->second->sector;
        if (member_names) (*member_names)[*id] = facts.partner;
      }
    }
    out.push_back(std::move(facts));
  }
  return out;
}

std::string PlanRegisterService::now() const { return format_utc(clock_()); }

Result<ResourceView> PlanRegisterService::resources(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<ResourceView> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    ResourceView out;
    out.items = store::PlanRegisterRepository(c).resources(partnership_id);
    out.summary = summarize(resource_facts(c, partnership_id, out.items, &out.member_names), utc_day(clock_()));
    return out;
  });
}

Result<store::ResourceRecord> PlanRegisterService::resource(std::int64_t partnership_id, std::int64_t id,
                                                            const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<store::ResourceRecord> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto found = store::PlanRegisterRepository(c).find_resource(partnership_id, id);
    if (!found) return not_in_plan("resource", id);
    return *found;
  });
}

Result<store::ResourceRecord> PlanRegisterService::add_resource(std::int64_t partnership_id, ResourceFields input,
                                                                const User& by, const Actor& actor) {
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  if (fields->entry == ResourceEntry::commitment && !fields->committed_on) fields->committed_on = utc_day(clock_());
  return store_.write([&](store::Connection& c) -> Result<store::ResourceRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    if (auto links = check_resource_links(c, partnership_id, *fields); !links) return std::move(links).error();
    const auto at = now();
    auto created = store::PlanRegisterRepository(c).insert_resource(partnership_id, *fields, at);
    append_audit(c, actor, at, audit_change("plan.resource.create", "plan_resource", created.stamp.id, resource_json(created)));
    return created;
  });
}

Result<store::ResourceRecord> PlanRegisterService::update_resource(std::int64_t partnership_id, std::int64_t id,
                                                                   std::optional<std::int64_t> based_on,
                                                                   ResourceFields input, const User& by,
                                                                   const Actor& actor) {
  if (!based_on) return version_required();
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::ResourceRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRegisterRepository repo(c);
    if (!repo.find_resource(partnership_id, id)) return not_in_plan("resource", id);
    if (auto links = check_resource_links(c, partnership_id, *fields); !links) return std::move(links).error();
    const auto at = now();
    if (!repo.update_resource(id, *based_on, *fields, at)) return edited_by_someone_else("this resource");
    auto updated = *repo.find_resource(partnership_id, id);
    append_audit(c, actor, at, audit_change("plan.resource.update", "plan_resource", id, resource_json(updated)));
    return updated;
  });
}

Result<Done> PlanRegisterService::remove_resource(std::int64_t partnership_id, std::int64_t id, const User& by,
                                                  const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRegisterRepository repo(c);
    auto current = repo.find_resource(partnership_id, id);
    if (!current) return not_in_plan("resource", id);
    repo.remove_resource(partnership_id, id);
    append_audit(c, actor, now(), audit_change("plan.resource.delete", "plan_resource", id, resource_json(*current)));
    return Done{};
  });
}

Result<RiskView> PlanRegisterService::risks(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<RiskView> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    RiskView out;
    out.items = store::PlanRegisterRepository(c).risks(partnership_id);
    std::vector<RiskFields> fields;
    std::vector<std::optional<std::int64_t>> owners;
    for (const auto& r : out.items) {
      fields.push_back(r.fields);
      owners.push_back(r.fields.owner_id);
    }
    out.grid = risk_grid(fields);
    out.member_names = names_of(c, partnership_id, owners);
    return out;
  });
}

Result<store::RiskRecord> PlanRegisterService::risk(std::int64_t partnership_id, std::int64_t id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<store::RiskRecord> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto found = store::PlanRegisterRepository(c).find_risk(partnership_id, id);
    if (!found) return not_in_plan("risk", id);
    return *found;
  });
}

Result<store::RiskRecord> PlanRegisterService::add_risk(std::int64_t partnership_id, RiskFields input, const User& by,
                                                        const Actor& actor) {
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::RiskRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    if (auto owner = check_member(c, partnership_id, fields->owner_id, "owner_id"); !owner) return std::move(owner).error();
    const auto at = now();
    auto created = store::PlanRegisterRepository(c).insert_risk(partnership_id, *fields, at);
    append_audit(c, actor, at, audit_change("plan.risk.create", "plan_risk", created.stamp.id, risk_json(created)));
    return created;
  });
}

Result<store::RiskRecord> PlanRegisterService::update_risk(std::int64_t partnership_id, std::int64_t id,
                                                           std::optional<std::int64_t> based_on, RiskFields input,
                                                           const User& by, const Actor& actor) {
  if (!based_on) return version_required();
  auto fields = checked(std::move(input));
  if (!fields) return std::move(fields).error();
  return store_.write([&](store::Connection& c) -> Result<store::RiskRecord> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::record_progress);
    if (!access) return std::move(access).error();
    store::PlanRegisterRepository repo(c);
    if (!repo.find_risk(partnership_id, id)) return not_in_plan("risk", id);
    if (auto owner = check_member(c, partnership_id, fields->owner_id, "owner_id"); !owner) return std::move(owner).error();
    const auto at = now();
    if (!repo.update_risk(id, *based_on, *fields, at)) return edited_by_someone_else("this risk");
    auto updated = *repo.find_risk(partnership_id, id);
    append_audit(c, actor, at, audit_change("plan.risk.update", "plan_risk", id, risk_json(updated)));
    return updated;
  });
}

}  // namespace cg::app
