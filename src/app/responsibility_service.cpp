#include "app/responsibility_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/partnership_gate.h"
#include "app/partnership_json.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

Error responsibility_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no responsibility with id " + std::to_string(id) + ".");
}

Result<ResponsibilityText> checked(ResponsibilityText text) {
  text.title = text::trim(text.title);
  text.description = text::trimmed_or_absent(text.description);
  std::vector<FieldError> errors;
  if (auto problem = text::check_text(text.title, 1, kResponsibilityTitleMax, text::Lines::single)) {
    errors.push_back({"title", *problem});
  }
  if (text.description) {
    if (auto problem = text::check_text(*text.description, 1, 2000, text::Lines::multi)) {
      errors.push_back({"description", *problem});
    }
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return text;
}

AuditEntry audit_entry(std::string action, const store::Responsibility& r) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = "responsibility";
  entry.target_id = std::to_string(r.id);
  entry.after_json = boost::json::serialize(responsibility_json(r));
  return entry;
}

}  // namespace

std::string ResponsibilityService::now() const { return format_utc(clock_()); }

Result<ResponsibilityMatrix> ResponsibilityService::matrix(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<ResponsibilityMatrix> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    ResponsibilityMatrix out;
    out.items = store::ResponsibilityRepository(c).list(partnership_id);
    store::MembershipRepository members(c);
    for (const auto& r : out.items) {
      for (const auto& a : r.assignments) {
        if (out.member_names.count(a.membership_id)) continue;
        if (auto m = members.find(partnership_id, a.membership_id)) out.member_names[m->id] = display_name(*m);
      }
    }
    return out;
  });
}

Result<store::Responsibility> ResponsibilityService::create(std::int64_t partnership_id, ResponsibilityText input,
                                                            const User& by, const Actor& actor) {
  auto text = checked(std::move(input));
  if (!text) return std::move(text).error();
  return store_.write([&](store::Connection& c) -> Result<store::Responsibility> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_responsibilities);
    if (!access) return std::move(access).error();
    const auto at = now();
    auto created = store::ResponsibilityRepository(c).insert(partnership_id, text->title, text->description, at);
    append_audit(c, actor, at, audit_entry("responsibility.create", created));
    return created;
  });
}

Result<store::Responsibility> ResponsibilityService::update(std::int64_t partnership_id, std::int64_t id,
                                                            std::optional<std::int64_t> based_on, ResponsibilityText input,
                                                            const User& by, const Actor& actor) {
  if (!based_on) {
    return version_required();
  }
  auto text = checked(std::move(input));
  if (!text) return std::move(text).error();
  return store_.write([&](store::Connection& c) -> Result<store::Responsibility> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_responsibilities);
    if (!access) return std::move(access).error();
    store::ResponsibilityRepository repository(c);
    if (!repository.find(partnership_id, id)) return responsibility_not_found(id);
    const auto at = now();
    if (!repository.update(id, *based_on, text->title, text->description, at)) {
      return edited_by_someone_else("this responsibility");
    }
    auto updated = *repository.find(partnership_id, id);
    append_audit(c, actor, at, audit_entry("responsibility.update", updated));
    return updated;
  });
}

Result<Done> ResponsibilityService::remove(std::int64_t partnership_id, std::int64_t id, const User& by,
                                           const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_responsibilities);
    if (!access) return std::move(access).error();
    store::ResponsibilityRepository repository(c);
    auto current = repository.find(partnership_id, id);
    if (!current) return responsibility_not_found(id);
    repository.remove(id);
    append_audit(c, actor, now(), audit_entry("responsibility.delete", *current));
    return Done{};
  });
}

Result<store::Responsibility> ResponsibilityService::assign(std::int64_t partnership_id, std::int64_t id,
                                                            std::int64_t membership_id, std::optional<std::string> note,
                                                            const User& by, const Actor& actor) {
  if (note) {
    *note = text::trim(*note);
    if (note->empty()) note.reset();
    else if (auto problem = text::check_length(*note, 1, 500)) return Error::invalid_field("note", *problem);
  }
  return store_.write([&](store::Connection& c) -> Result<store::Responsibility> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_responsibilities);
    if (!access) return std::move(access).error();
    store::ResponsibilityRepository repository(c);
    if (!repository.find(partnership_id, id)) return responsibility_not_found(id);
    auto member = store::MembershipRepository(c).find(partnership_id, membership_id);
    if (!member || !is_open(member->status)) {
      return Error::invalid_field("membership_id", "Choose a current member of this partnership.");
    }
    repository.assign(id, membership_id, note);
    auto updated = *repository.find(partnership_id, id);
    append_audit(c, actor, now(), audit_entry("responsibility.assign", updated));
    return updated;
  });
}

Result<Done> ResponsibilityService::unassign(std::int64_t partnership_id, std::int64_t id, std::int64_t membership_id,
                                             const User& by, const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_responsibilities);
    if (!access) return std::move(access).error();
    store::ResponsibilityRepository repository(c);
    if (!repository.find(partnership_id, id)) return responsibility_not_found(id);
    if (!repository.unassign(id, membership_id)) {
      return Error::make(ErrorKind::not_found, "This member does not carry this responsibility.");
    }
    append_audit(c, actor, now(), audit_entry("responsibility.unassign", *repository.find(partnership_id, id)));
    return Done{};
  });
}

}  // namespace cg::app
