#include "app/charter_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/partnership_gate.h"
#include "app/partnership_json.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/charter_repository.h"
#include "store/errors.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {
namespace {

Error version_not_found(int number) {
  return Error::make(ErrorKind::not_found, "There is no charter version " + std::to_string(number) + ".");
}

bool may_endorse(const Membership& m) { return partnership_allows(m.fields.role, PartnershipAction::endorse_charter); }

// Active members who may endorse: counted once per request, whatever the number of versions.
int eligible_endorsers(store::Connection& c, std::int64_t partnership_id) {
  return store::MembershipRepository(c).count_active_in_roles(partnership_id,
                                                              roles_allowed_to(PartnershipAction::endorse_charter));
}

CharterVersionView view_of(store::Connection& c, CharterVersion version, const std::optional<std::int64_t>& my_seat,
                           int eligible) {
  CharterVersionView view;
  view.eligible = eligible;
  if (version.status == CharterStatus::adopted || version.status == CharterStatus::superseded) {
    for (const auto& e : store::CharterRepository(c).endorsements(version.id)) {
      ++view.endorsed;
      if (my_seat && e.membership_id == *my_seat) view.my_endorsement_at = e.endorsed_at;
    }
  }
  view.version = std::move(version);
  return view;
}

AuditEntry audit_entry(std::string action, const CharterVersion& version) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = "charter_version";
  entry.target_id = std::to_string(version.id);
  entry.after_json = boost::json::serialize(charter_version_json(version));
  return entry;
}

std::string action_name(CharterStatus to) {
  switch (to) {
    case CharterStatus::proposed: return "charter.propose";
    case CharterStatus::adopted: return "charter.adopt";
    case CharterStatus::draft: return "charter.send_back";
    case CharterStatus::superseded: return "charter.supersede";
  }
  return "charter.move";
}

}  // namespace

std::string CharterService::now() const { return format_utc(clock_()); }

Result<CharterOverview> CharterService::overview(std::int64_t partnership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<CharterOverview> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    CharterOverview out;
    const int eligible = eligible_endorsers(c, partnership_id);
    for (auto& version : store::CharterRepository(c).list(partnership_id)) {
      auto view = view_of(c, std::move(version), access->view.my_membership_id, eligible);
      if (view.version.status == CharterStatus::adopted) out.adopted = view;
      if (view.version.status == CharterStatus::draft || view.version.status == CharterStatus::proposed) out.open = view;
      out.versions.push_back(std::move(view));
    }
    return out;
  });
}

Result<CharterVersionView> CharterService::get(std::int64_t partnership_id, int number, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<CharterVersionView> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto version = store::CharterRepository(c).find(partnership_id, number);
    if (!version) return version_not_found(number);
    return view_of(c, std::move(*version), access->view.my_membership_id, eligible_endorsers(c, partnership_id));
  });
}

Result<CharterVersionView> CharterService::create_draft(std::int64_t partnership_id, CharterText text, const User& by,
                                                        const Actor& actor) {
  text = normalized(std::move(text));
  if (auto errors = validate_draft(text); !errors.empty()) return Error::invalid(std::move(errors));
  try {
    return store_.write([&](store::Connection& c) -> Result<CharterVersionView> {
      auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_charter);
      if (!access) return std::move(access).error();
      const auto at = now();
      auto created = store::CharterRepository(c).insert_draft(partnership_id, text, by.id, at);
      append_audit(c, actor, at, audit_entry("charter.draft", created));
      return view_of(c, std::move(created), access->view.my_membership_id, eligible_endorsers(c, partnership_id));
    });
  } catch (const store::UniqueViolation&) {
    return Error::make(ErrorKind::conflict,
                       "A charter version is already being drafted or proposed. Finish or send back that one first.");
  }
}

Result<CharterVersionView> CharterService::edit_draft(std::int64_t partnership_id, int number,
                                                      std::optional<std::int64_t> based_on, CharterText text,
                                                      const User& by, const Actor& actor) {
  if (!based_on) {
    return version_required();
  }
  text = normalized(std::move(text));
  if (auto errors = validate_draft(text); !errors.empty()) return Error::invalid(std::move(errors));
  return store_.write([&](store::Connection& c) -> Result<CharterVersionView> {
    auto access = enter_partnership(c, partnership_id, by, PartnershipAction::edit_charter);
    if (!access) return std::move(access).error();
    store::CharterRepository charters(c);
    auto current = charters.find(partnership_id, number);
    if (!current) return version_not_found(number);
    if (current->status != CharterStatus::draft) {
      return Error::make(ErrorKind::rule_violated, "Only a draft can be edited. Send a proposed version back to draft first.");
    }
    const auto at = now();
    if (current->version != *based_on || !charters.update_text(current->id, *based_on, text, at)) {
      return Error::make(ErrorKind::precondition_failed,
                         "Someone else changed this draft after you opened it. Review their changes and apply yours again.");
    }
    auto updated = *charters.find(partnership_id, number);
    append_audit(c, actor, at, audit_entry("charter.edit", updated));
    return view_of(c, std::move(updated), access->view.my_membership_id, eligible_endorsers(c, partnership_id));
  });
}

Result<CharterVersionView> CharterService::move(std::int64_t partnership_id, int number, CharterStatus to, const User& by,
                                                const Actor& actor) {
  const auto action = to == CharterStatus::adopted ? PartnershipAction::adopt_charter : PartnershipAction::edit_charter;
  return store_.write([&](store::Connection& c) -> Result<CharterVersionView> {
    auto access = enter_partnership(c, partnership_id, by, action);
    if (!access) return std::move(access).error();
    store::CharterRepository charters(c);
    auto current = charters.find(partnership_id, number);
    if (!current) return version_not_found(number);
    if (auto refusal = transition_refusal(current->status, to)) return Error::make(ErrorKind::rule_violated, *refusal);
    if (to == CharterStatus::proposed) {
      if (auto errors = validate_for_proposal(current->text); !errors.empty()) {
        return Error::invalid(std::move(errors), "The charter is not complete yet.");
      }
    }
    const auto at = now();
    if (to == CharterStatus::adopted) {
      if (auto previous = charters.adopted(partnership_id)) {
        charters.set_status(previous->id, CharterStatus::superseded, std::nullopt, at);
      }
    }
    charters.set_status(current->id, to, by.id, at);
    auto moved = *charters.find(partnership_id, number);
    append_audit(c, actor, at, audit_entry(action_name(to), moved));
    return view_of(c, std::move(moved), access->view.my_membership_id, eligible_endorsers(c, partnership_id));
  });
}

Result<CharterVersionView> CharterService::endorse(std::int64_t partnership_id, int number,
                                                   std::optional<std::string> note, const User& by, const Actor& actor) {
  if (note) {
    *note = text::trim(*note);
    if (note->empty()) note.reset();
    else if (auto problem = text::check_length(*note, 1, 1000)) return Error::invalid_field("note", *problem);
  }
  try {
    return store_.write([&](store::Connection& c) -> Result<CharterVersionView> {
      auto access = enter_partnership(c, partnership_id, by, PartnershipAction::view_workspace);
      if (!access) return std::move(access).error();
      // Endorsement is personal: a site admin's repair powers do not let them commit a table
      // they do not sit at.
      if (!partnership_allows(access->view.my_role, PartnershipAction::endorse_charter)) {
        return Error::make(ErrorKind::forbidden, "Only the partnership's leads, coordinators and members can endorse its charter.");
      }
      store::CharterRepository charters(c);
      auto version = charters.find(partnership_id, number);
      if (!version) return version_not_found(number);
      if (version->status != CharterStatus::adopted) {
        return Error::make(ErrorKind::rule_violated, "Only the adopted charter can be endorsed.");
      }
      const auto at = now();
      charters.endorse(version->id, *access->view.my_membership_id, by.id, note, at);
      auto entry = audit_entry("charter.endorse", *version);
      entry.after_json = boost::json::serialize(boost::json::object{
          {"charter_version", version->number}, {"membership_id", *access->view.my_membership_id}});
      append_audit(c, actor, at, std::move(entry));
      return view_of(c, std::move(*version), access->view.my_membership_id, eligible_endorsers(c, partnership_id));
    });
  } catch (const store::UniqueViolation&) {
    return Error::make(ErrorKind::conflict, "You have already endorsed this version of the charter.");
  }
}

Result<std::vector<EndorsementEntry>> CharterService::endorsements(std::int64_t partnership_id, int number,
                                                                   const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<std::vector<EndorsementEntry>> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::CharterRepository charters(c);
    auto version = charters.find(partnership_id, number);
    if (!version) return version_not_found(number);
    const auto given = charters.endorsements(version->id);
    std::vector<EndorsementEntry> out;
    for (auto& m : store::MembershipRepository(c).active(partnership_id)) {
      if (!may_endorse(m)) continue;
      EndorsementEntry entry;
      for (const auto& e : given) {
        if (e.membership_id == m.id) {
          entry.endorsed_at = e.endorsed_at;
          entry.note = e.note;
        }
      }
      entry.member = std::move(m);
      out.push_back(std::move(entry));
    }
    return out;
  });
}

Result<std::vector<FieldDiff>> CharterService::diff(std::int64_t partnership_id, int from, int to, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<std::vector<FieldDiff>> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    store::CharterRepository charters(c);
    auto before = charters.find(partnership_id, from);
    if (!before) return version_not_found(from);
    auto after = charters.find(partnership_id, to);
    if (!after) return version_not_found(to);
    return std::vector<FieldDiff>{
        {"mission", diff_words(before->text.mission, after->text.mission)},
        {"vision", diff_words(before->text.vision, after->text.vision)},
        {"values", diff_words(values_as_text(before->text.values), values_as_text(after->text.values))}};
  });
}

}  // namespace cg::app
