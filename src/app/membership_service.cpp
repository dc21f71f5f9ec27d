#include "app/membership_service.h"

#include <boost/json/serialize.hpp>

#include "app/audit_trail.h"
#include "app/edit_conflicts.h"
#include "app/membership_records.h"
#include "app/page_cursor.h"
#include "app/partnership_gate.h"
#include "app/partnership_json.h"
#include "app/secrets.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/errors.h"
#include "store/membership_repository.h"
#include "store/organization_repository.h"
#include "store/partnership_repository.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

Error member_not_found(std::int64_t id) {
  return Error::make(ErrorKind::not_found, "There is no member with id " + std::to_string(id) + " in this partnership.");
}

Error already_at_table() {
  return Error::make(ErrorKind::conflict,
                     "This person or organization already has an open seat (invited or active) in the partnership.");
}

Error last_lead() {
  return Error::make(ErrorKind::rule_violated,
                     "A partnership always keeps at least one lead. Name another lead before this one steps down.");
}

AuditEntry audit_entry(std::string action, const Membership* before, const Membership& after) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = "membership";
  entry.target_id = std::to_string(after.id);
  if (before) entry.before_json = boost::json::serialize(membership_json(*before));
  entry.after_json = boost::json::serialize(membership_json(after));
  return entry;
}

// Leads are named and changed by leads only: the seed's "leaders with authority to decide".
Result<Done> require_manage(const PartnershipAccess& access, bool touches_a_lead) {
  if (auto allowed = require(access, PartnershipAction::manage_members); !allowed) return allowed;
  if (touches_a_lead) return require(access, PartnershipAction::manage_leads);
  return Done{};
}

// A date the caller gave (or today), which may not lie in the future.
Result<Day> past_or_today(const std::optional<std::string>& given, Day today, const char* field) {
  if (!given) return today;
  auto day = parse_date(*given);
  if (!day) return Error::invalid_field(field, "Use a date like 2026-03-31.");
  if (*day > today) return Error::invalid_field(field, "Must not be in the future.");
  return *day;
}

Result<std::optional<OrganizationRef>> organization_ref(store::Connection& c, std::optional<std::int64_t> id) {
  if (!id) return std::optional<OrganizationRef>();
  auto found = store::OrganizationRepository(c).find(*id);
  if (!found) return Error::invalid_field("organization_id", "There is no organization with this id.");
  return std::optional(OrganizationRef{found->id, found->fields.name, found->fields.sector});
}

// How an invitation stands now: 404 unknown, 409 answered, 410 expired.
Result<Membership> usable_invitation(store::Connection& c, std::string_view token, const std::string& now) {
  auto m = store::MembershipRepository(c).find_by_token_hash(fingerprint(token));
  if (!m) return Error::make(ErrorKind::not_found, "This invitation link is not valid. Check that it was copied whole.");
  if (m->status != MembershipStatus::invited) {
    return Error::make(ErrorKind::conflict, "This invitation has already been answered.");
  }
  if (!m->invitation_expires_at || *m->invitation_expires_at <= now) {
    return Error::make(ErrorKind::gone, "This invitation has expired. Ask the partnership's coordinator to send a new one.");
  }
  return std::move(*m);
}

}  // namespace

std::string MembershipService::now() const { return format_utc(clock_()); }
Day MembershipService::today() const { return utc_day(clock_()); }

Result<MemberPage> MembershipService::list(std::int64_t partnership_id, const MemberQuery& query, const User& viewer) {
  if (query.limit < 1 || query.limit > 1000) return Error::invalid_field("limit", "Must be between 1 and 1000.");
  store::MembershipFilter filter;
  filter.partnership_id = partnership_id;
  filter.status = query.status;
  filter.role = query.role;
  filter.sector = query.sector;
  filter.name_contains = text::ascii_lower(query.name_contains);
  filter.limit = query.limit + 1;
  if (query.after) {
    auto position = decode_cursor(*query.after);
    if (!position) return Error::invalid_field("after", "This page link is not valid; start again from the first page.");
    filter.after = store::MembershipPosition{position->key, position->id};
  }
  return store_.read([&](store::Connection& c) -> Result<MemberPage> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto rows = store::MembershipRepository(c).list(filter);
    MemberPage page;
    if (rows.size() > static_cast<std::size_t>(query.limit)) {
      rows.resize(static_cast<std::size_t>(query.limit));
      const auto& last = rows.back();
      page.next = encode_cursor({display_key(last.fields, last.organization), last.id});
    }
    page.items = std::move(rows);
    return page;
  });
}

Result<Membership> MembershipService::get(std::int64_t partnership_id, std::int64_t membership_id, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<Membership> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    auto found = store::MembershipRepository(c).find(partnership_id, membership_id);
    if (!found) return member_not_found(membership_id);
    return std::move(*found);
  });
}

Result<Membership> MembershipService::add(std::int64_t partnership_id, NewMember input, const User& by,
                                          const Actor& actor) {
  input.fields = normalized(std::move(input.fields));
  auto errors = validate(input.fields);
  if (input.invite && !input.fields.person_email) errors.push_back({"email", "An invitation needs an email address."});
  if (input.invite && input.joined_on) errors.push_back({"joined_on", "Invited members join when they accept."});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  std::string token;
  std::string partnership_name;
  try {
    auto added = store_.write([&](store::Connection& c) -> Result<Membership> {
      auto access = enter_partnership(c, partnership_id, by, std::nullopt);
      if (!access) return std::move(access).error();
      if (auto allowed = require_manage(*access, input.fields.role == PartnershipRole::lead); !allowed) {
        return std::move(allowed).error();
      }
      if (access->partnership().fields.status == PartnershipStatus::closed) {
        return Error::make(ErrorKind::rule_violated, "This partnership is closed: reopen it before adding members.");
      }
      partnership_name = access->partnership().fields.name;
      auto organization = organization_ref(c, input.fields.organization_id);
      if (!organization) return std::move(organization).error();
      const auto sector = effective_sector(input.fields, *organization);
      if (!sector) return Error::invalid_field("sector", "Choose the sector this member represents, or their organization.");
      auto joined = past_or_today(input.joined_on, today(), "joined_on");
      if (!joined) return std::move(joined).error();
      const auto at = now();
      store::NewMembership seat;
      seat.partnership_id = partnership_id;
      seat.fields = input.fields;
      seat.sector = *sector;
      seat.display_key = display_key(input.fields, *organization);
      if (input.fields.person_email) {
        if (auto account = store::UserRepository(c).find_by_email(*input.fields.person_email)) seat.user_id = account->id;
      }
      if (input.invite) {
        token = random_token();
        seat.status = MembershipStatus::invited;
        seat.invitation_token_hash = fingerprint(token);
        seat.invited_at = at;
        seat.invitation_expires_at = format_utc(clock_() + settings_.invitation_lifetime);
        seat.invited_by = by.id;
      } else {
        seat.status = MembershipStatus::active;
        seat.joined_on = format_date(*joined);
      }
      auto created = insert_membership(c, std::move(seat), at);
      append_audit(c, actor, at, audit_entry(input.invite ? "membership.invite" : "membership.add", nullptr, created));
      return created;
    });
    if (!added || !input.invite) return added;
    if (auto sent = send_invitation(*added, partnership_name, by.display_name, token); !sent) return std::move(sent).error();
    return added;
  } catch (const store::UniqueViolation&) {
    return already_at_table();
  }
}

Result<Membership> MembershipService::update(std::int64_t partnership_id, std::int64_t membership_id,
                                             std::optional<std::int64_t> based_on_version, const MembershipPatch& patch,
                                             const User& by, const Actor& actor) {
  if (!based_on_version) {
    return version_required();
  }
  return store_.write([&](store::Connection& c) -> Result<Membership> {
    auto access = enter_partnership(c, partnership_id, by, std::nullopt);
    if (!access) return std::move(access).error();
    store::MembershipRepository repository(c);
    auto current = repository.find(partnership_id, membership_id);
    if (!current) return member_not_found(membership_id);
    const bool touches_lead = current->fields.role == PartnershipRole::lead || patch.role == PartnershipRole::lead;
    if (auto allowed = require_manage(*access, touches_lead); !allowed) return std::move(allowed).error();
    if (current->version != *based_on_version) {
      return Error::make(ErrorKind::precondition_failed,
                         "Someone else changed this member after you opened it. Review their changes and apply yours again.");
    }
    auto fields = current->fields;
    if (patch.person_name) fields.person_name = *patch.person_name;
    if (patch.sector) fields.sector_override = *patch.sector;
    if (patch.perspectives) fields.perspectives = *patch.perspectives;
    if (patch.role) fields.role = *patch.role;
    if (patch.decision_authority) fields.decision_authority = *patch.decision_authority;
    if (patch.listed_publicly) fields.listed_publicly = *patch.listed_publicly;
    fields = normalized(std::move(fields));
    if (auto errors = validate(fields); !errors.empty()) return Error::invalid(std::move(errors));
    const auto sector = effective_sector(fields, current->organization);
    if (!sector) return Error::invalid_field("sector", "This member has no organization: choose a sector.");
    const bool demotes_lead = current->status == MembershipStatus::active &&
                              current->fields.role == PartnershipRole::lead && fields.role != PartnershipRole::lead;
    if (demotes_lead && repository.count_active_leads(partnership_id) <= 1) return last_lead();
    const auto at = now();
    if (!repository.update_fields(membership_id, *based_on_version, fields, *sector,
                                  display_key(fields, current->organization), at)) {
      return Error::make(ErrorKind::precondition_failed, "Someone else changed this member at the same moment.");
    }
    auto updated = *repository.find(partnership_id, membership_id);
    if (updated.status == MembershipStatus::active) record_snapshot(c, updated, today());
    append_audit(c, actor, at, audit_entry("membership.update", &*current, updated));
    return updated;
  });
}

Result<Membership> MembershipService::cease(std::int64_t partnership_id, std::int64_t membership_id,
                                            const Cessation& cessation, const User& by, const Actor& actor) {
  const auto reason = text::trim(cessation.reason);
  if (reason.empty()) return Error::invalid_field("reason", "Say briefly why this membership ends.");
  if (auto problem = text::check_length(reason, 1, kCeaseReasonMax)) return Error::invalid_field("reason", *problem);
  if (auto problem = text::check_characters(reason, text::Lines::multi)) return Error::invalid_field("reason", *problem);
  return store_.write([&](store::Connection& c) -> Result<Membership> {
    auto access = enter_partnership(c, partnership_id, by, std::nullopt);
    if (!access) return std::move(access).error();
    store::MembershipRepository repository(c);
    auto current = repository.find(partnership_id, membership_id);
    if (!current) return member_not_found(membership_id);
    const bool leaving = current->user_id == by.id;
    if (!leaving) {
      if (auto allowed = require_manage(*access, current->fields.role == PartnershipRole::lead); !allowed) {
        return std::move(allowed).error();
      }
    }
    if (!is_open(current->status)) {
      return Error::make(ErrorKind::conflict, "This membership has already ended.");
    }
    const bool active = current->status == MembershipStatus::active;
    if (active && current->fields.role == PartnershipRole::lead && repository.count_active_leads(partnership_id) <= 1) {
      return last_lead();
    }
    auto day = past_or_today(cessation.ceased_on, today(), "ceased_on");
    if (!day) return std::move(day).error();
    if (current->joined_on && format_date(*day) < *current->joined_on) {
      return Error::invalid_field("ceased_on", "Must not be before the member joined (" + *current->joined_on + ").");
    }
    const auto at = now();
    repository.close(membership_id, MembershipStatus::ceased, format_date(*day), reason, at);
    auto updated = *repository.find(partnership_id, membership_id);
    if (active) record_snapshot(c, updated, *day);
    append_audit(c, actor, at, audit_entry(leaving ? "membership.leave" : "membership.cease", &*current, updated));
    return updated;
  });
}

Result<Membership> MembershipService::resend_invitation(std::int64_t partnership_id, std::int64_t membership_id,
                                                        const User& by, const Actor& actor) {
  const auto token = random_token();
  std::string partnership_name;
  auto resent = store_.write([&](store::Connection& c) -> Result<Membership> {
    auto access = enter_partnership(c, partnership_id, by, std::nullopt);
    if (!access) return std::move(access).error();
    store::MembershipRepository repository(c);
    auto current = repository.find(partnership_id, membership_id);
    if (!current) return member_not_found(membership_id);
    if (auto allowed = require_manage(*access, current->fields.role == PartnershipRole::lead); !allowed) {
      return std::move(allowed).error();
    }
    if (current->status != MembershipStatus::invited) {
      return Error::make(ErrorKind::conflict, "Only open invitations can be sent again.");
    }
    partnership_name = access->partnership().fields.name;
    const auto at = now();
    repository.reissue_invitation(membership_id, fingerprint(token), at,
                                  format_utc(clock_() + settings_.invitation_lifetime));
    auto updated = *repository.find(partnership_id, membership_id);
    append_audit(c, actor, at, audit_entry("membership.resend_invitation", &*current, updated));
    return updated;
  });
  if (!resent) return resent;
  if (auto sent = send_invitation(*resent, partnership_name, by.display_name, token); !sent) return std::move(sent).error();
  return resent;
}

Result<Done> MembershipService::send_invitation(const Membership& m, const std::string& partnership_name,
                                                const std::string& inviter, const std::string& token) {
  const auto days = settings_.invitation_lifetime.count() / 24;
  std::string body = "Hello";
  if (m.fields.person_name) body += " " + *m.fields.person_name;
  body += ",\n\n" + inviter + " invites you to join " + partnership_name + " on CommonGround as ";
  body += m.fields.role == PartnershipRole::observer ? "an observer" : std::string("a ") + std::string(to_key(m.fields.role));
  body += ".\n\nTo accept or decline, open this link within " + std::to_string(days) + " days:\n\n";
  body += settings_.public_url + "/invitations/" + token + "\n";
  try {
    mailer_.send({*m.fields.person_email, "Invitation to join " + partnership_name, body});
  } catch (const std::exception& e) {
    return Error::make(ErrorKind::unavailable, "The invitation is saved, but the email could not be sent (" +
                                                   std::string(e.what()) +
                                                   "). Use \"Resend invitation\" on the members page later.");
  }
  return Done{};
}

Result<InvitationView> MembershipService::invitation(std::string_view token) {
  return store_.read([&](store::Connection& c) -> Result<InvitationView> {
    auto m = usable_invitation(c, token, now());
    if (!m) return std::move(m).error();
    auto partnership = store::PartnershipRepository(c).find(m->partnership_id);
    if (partnership->fields.status == PartnershipStatus::closed) {
      return Error::make(ErrorKind::rule_violated, "This partnership has closed, so its invitations no longer apply.");
    }
    InvitationView view;
    view.partnership_id = m->partnership_id;
    view.partnership_name = partnership->fields.name;
    view.role = m->fields.role;
    view.email = m->fields.person_email.value_or("");
    view.account_exists = store::UserRepository(c).find_by_email(view.email).has_value();
    view.status = m->status;
    view.expires_at = *m->invitation_expires_at;
    return view;
  });
}

Result<Membership> MembershipService::accept(std::string_view token, const std::optional<User>& signed_in,
                                             const std::optional<NewAccount>& account, const Actor& actor) {
  auto invited = invitation(token);
  if (!invited) return std::move(invited).error();
  std::optional<User> user = signed_in;
  if (user) {
    if (email_key(user->email) != email_key(invited->email)) {
      return Error::make(ErrorKind::forbidden, "This invitation was sent to " + invited->email +
                                                   ". Sign in with that address to accept it.");
    }
  } else if (invited->account_exists) {
    return Error::make(ErrorKind::unauthenticated, "Sign in as " + invited->email + " to accept this invitation.");
  } else {
    if (!account) return Error::invalid_field("password", "Choose a password for your new account.");
    auto created = auth_.create_user(invited->email, account->display_name, account->password, SiteRole::user, actor);
    if (!created) return std::move(created).error();
    user = std::move(*created);
  }
  try {
    return store_.write([&](store::Connection& c) -> Result<Membership> {
      const auto at = now();
      auto current = usable_invitation(c, token, at);
      if (!current) return std::move(current).error();
      store::MembershipRepository repository(c);
      repository.activate(current->id, user->id, format_date(today()), at);
      auto accepted = *repository.find(current->partnership_id, current->id);
      record_snapshot(c, accepted, today());
      Actor who = actor;
      who.user_id = user->id;
      who.email = user->email;
      append_audit(c, who, at, audit_entry("membership.accept", &*current, accepted));
      return accepted;
    });
  } catch (const store::UniqueViolation&) {
    return already_at_table();
  }
}

Result<Done> MembershipService::decline(std::string_view token, const Actor& actor) {
  return store_.write([&](store::Connection& c) -> Result<Done> {
    const auto at = now();
    auto current = usable_invitation(c, token, at);
    if (!current) return std::move(current).error();
    store::MembershipRepository repository(c);
    repository.close(current->id, MembershipStatus::declined, std::nullopt, std::nullopt, at);
    append_audit(c, actor, at, audit_entry("membership.decline", &*current, *repository.find(current->partnership_id, current->id)));
    return Done{};
  });
}

}  // namespace cg::app
