#include "app/demo_partnerships.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/audit_trail.h"
#include "app/membership_records.h"
#include "app/secrets.h"
#include "domain/charter.h"
#include "domain/partnership.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/charter_repository.h"
#include "store/membership_repository.h"
#include "store/organization_repository.h"
#include "store/partnership_repository.h"
#include "store/responsibility_repository.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

using std::chrono::days;
using P = Perspective;
using S = Sector;

constexpr const char* kCoordinatorEmail = "coordinator@riverton.example";
constexpr const char* kAdminEmail = "admin@riverton.example";
constexpr int kDaysPerYear = 365;

// ---- Building blocks ----------------------------------------------------------------------------

// std::mt19937 gives the same numbers on every platform but the standard distributions do not, so
// draws use plain arithmetic and the demo comes out identical everywhere (for the same today).
class Dice {
 public:
  explicit Dice(std::uint32_t seed) : engine_(seed) {}
  int below(int n) { return static_cast<int>(engine_() % static_cast<std::uint32_t>(n)); }
  bool percent(int chance) { return below(100) < chance; }
  Day day_between(Day first, Day last) {
    if (last <= first) return first;
    return first + days(below(static_cast<int>((last - first).count()) + 1));
  }

 private:
  std::mt19937 engine_;
};

// Back-dated records are stamped mid-afternoon UTC on their day.
std::string stamp(Day day) { return format_utc(day + std::chrono::hours(16)); }

// "Maria K. Alvarez" -> "maria.k.alvarez".
std::string email_local_part(std::string_view name) {
  std::string out;
  for (char ch : text::ascii_lower(name)) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    if (ch == ' ') out += '.';
  }
  return out;
}

// Staff get addresses at their organization's domain (all reserved example domains).
std::string email_domain(const OrganizationFields& f) {
  if (f.website) {
    std::string_view host = *f.website;
    if (const auto scheme = host.find("://"); scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
    return std::string(host.substr(0, host.find('/')));
  }
  if (f.email) return f.email->substr(f.email->find('@') + 1);
  return "mail.example";
}

struct DemoOrganization {
  OrganizationRef ref;
  std::string email_domain;
};

// The demo organizations members represent, found by name: load_demo_data creates them.
class Organizations {
 public:
  explicit Organizations(store::Connection& c) : c_(c) {}

  const DemoOrganization& get(const std::string& name) {
    if (auto it = found_.find(name); it != found_.end()) return it->second;
    auto organization = store::OrganizationRepository(c_).find_by_name(name);
    if (!organization) throw std::logic_error("demo organization " + name + " is missing: load the demo data first");
    const auto& f = organization->fields;
    DemoOrganization demo{OrganizationRef{organization->id, f.name, f.sector}, email_domain(f)};
    return found_.emplace(name, std::move(demo)).first->second;
  }

 private:
  store::Connection& c_;
  std::map<std::string, DemoOrganization, std::less<>> found_;
};

// One person at the table, before it is written.
struct Seat {
  std::string person_name;
  std::optional<std::string> person_email;
  const DemoOrganization* organization = nullptr;  // nullptr: speaks for themselves, in `sector`
  std::optional<Sector> sector;
  std::vector<Perspective> perspectives;
  PartnershipRole role = PartnershipRole::member;
  bool decision_authority = false;
  std::optional<std::int64_t> user_id;
};

std::optional<OrganizationRef> organization_of(const Seat& seat) {
  if (!seat.organization) return std::nullopt;
  return seat.organization->ref;
}

MembershipFields fields_of(const Seat& seat) {
  MembershipFields f;
  f.person_name = seat.person_name;
  f.person_email = seat.person_email;
  if (seat.organization) f.organization_id = seat.organization->ref.id;
  f.sector_override = seat.sector;
  f.perspectives = seat.perspectives;
  f.role = seat.role;
  f.decision_authority = seat.decision_authority;
  // People speaking for themselves are not named on the public profile; agency staff are.
  f.listed_publicly = seat.organization != nullptr;
  f = normalized(std::move(f));
  if (auto errors = validate(f); !errors.empty()) {
    throw std::logic_error("demo member " + seat.person_name + " is invalid: " + errors.front().message);
  }
  return f;
}

store::NewMembership new_membership(std::int64_t partnership_id, const Seat& seat) {
  store::NewMembership m;
  m.partnership_id = partnership_id;
  m.user_id = seat.user_id;
  m.fields = fields_of(seat);
  const auto organization = organization_of(seat);
  const auto sector = effective_sector(m.fields, organization);
  if (!sector) throw std::logic_error("demo member " + seat.person_name + " has no sector");
  m.sector = *sector;
  m.display_key = display_key(m.fields, organization);
  return m;
}

// A membership as the demo wrote it, with the dates the charter and duties need.
struct Record {
  Membership membership;
  Day joined{};
  std::optional<Day> ceased;
};

// Writes one partnership's memberships through insert_membership and record_snapshot, so the
// history behind balance at a past date is the same as if people had done it on those days.
class Table {
 public:
  Table(store::Connection& c, std::int64_t partnership_id) : c_(c), partnership_id_(partnership_id) {}

  std::int64_t id() const { return partnership_id_; }
  const std::deque<Record>& members() const { return members_; }
  std::size_t memberships_created() const { return members_.size() + invited_; }

  Record& join(const Seat& seat, Day joined) {
    auto m = new_membership(partnership_id_, seat);
    m.status = MembershipStatus::active;
    m.joined_on = format_date(joined);
    members_.push_back(Record{insert_membership(c_, std::move(m), stamp(joined)), joined, std::nullopt});
    return members_.back();
  }

  // The link is never sent: its token is random and only its fingerprint is kept.
  void invite(const Seat& seat, Day invited, std::optional<std::int64_t> invited_by) {
    auto m = new_membership(partnership_id_, seat);
    m.status = MembershipStatus::invited;
    m.invitation_token_hash = fingerprint(random_token());
    m.invited_at = stamp(invited);
    m.invitation_expires_at = stamp(invited + days(14));
    m.invited_by = invited_by;
    insert_membership(c_, std::move(m), stamp(invited));
    ++invited_;
  }

  void change(Record& r, const MembershipFields& fields, Day day) {
    store::MembershipRepository repository(c_);
    const auto& current = r.membership;
    const auto sector = effective_sector(fields, current.organization);
    repository.update_fields(current.id, current.version, fields, *sector, display_key(fields, current.organization),
                             stamp(day));
    r.membership = *repository.find(partnership_id_, current.id);
    record_snapshot(c_, r.membership, day);
  }

  void cease(Record& r, Day day, const std::string& reason) {
    store::MembershipRepository repository(c_);
    repository.close(r.membership.id, MembershipStatus::ceased, format_date(day), reason, stamp(day));
    r.membership = *repository.find(partnership_id_, r.membership.id);
    r.ceased = day;
    record_snapshot(c_, r.membership, day);
  }

 private:
  store::Connection& c_;
  std::int64_t partnership_id_;
  std::deque<Record> members_;  // a deque, so the references join() hands out stay valid
  std::size_t invited_ = 0;
};

struct Context {
  store::Connection& c;
  Organizations organizations;
  Day today;
  std::string now;  // when the demo is loaded: the audit records' time
};

Seat staff(Context& ctx, const std::string& name, const std::string& organization, std::vector<Perspective> perspectives,
           PartnershipRole role, bool decides) {
  Seat seat;
  seat.organization = &ctx.organizations.get(organization);
  seat.person_name = name;
  seat.person_email = email_local_part(name) + "@" + seat.organization->email_domain;
  seat.perspectives = std::move(perspectives);
  seat.role = role;
  seat.decision_authority = decides;
  return seat;
}

// A demo account's own seat, so signing in as it shows the partnership as "mine".
Seat account_seat(Context& ctx, const std::string& email, const std::string& organization, PartnershipRole role,
                  bool decides) {
  auto user = store::UserRepository(ctx.c).find_by_email(email);
  if (!user) throw std::logic_error("demo account " + email + " is missing: load the demo accounts first");
  Seat seat = staff(ctx, user->display_name, organization, {}, role, decides);
  seat.person_email = user->email;
  seat.user_id = user->id;
  return seat;
}

std::optional<std::int64_t> account_id(Context& ctx, const std::string& email) {
  auto user = store::UserRepository(ctx.c).find_by_email(email);
  return user ? std::optional(user->id) : std::nullopt;
}


// Inserts the partnership as created on `started`, with its audit record.
Table found_partnership(Context& ctx, PartnershipFields fields, Day started) {
  fields = normalized(std::move(fields));
  if (auto errors = validate(fields); !errors.empty()) {
    throw std::logic_error("demo partnership " + fields.name + " is invalid: " + errors.front().message);
  }
  const auto created = store::PartnershipRepository(ctx.c).insert(fields, stamp(started));
  AuditEntry entry;
  entry.action = "partnership.demo_create";
  entry.outcome = "success";
  entry.target_type = "partnership";
  entry.target_id = std::to_string(created.id);
  append_audit(ctx.c, command_line_actor(), ctx.now, std::move(entry));
  return Table(ctx.c, created.id);
}

// ---- Generated members ------------------------------------------------------------------------

// Fictional people: every pairing of these first and last names, in an order the seed shuffles, so
// no two members of a partnership share a name until it has more members than there are pairings.
constexpr const char* kFirstNames[] = {
    "Maria", "James", "Aisha", "Daniel", "Mei", "Carlos", "Grace", "Andre", "Fatima", "Tyrone", "Elena", "Samuel",
    "Priya", "Marcus", "Hannah", "Luis", "Keisha", "Omar", "Rosa", "Kevin", "Lena", "Darnell", "Sofia", "Brian",
    "Nadia", "Victor", "Tanya", "Hector", "Ruth", "Malik", "Chloe", "Ibrahim", "Joy", "Raymond", "Ana", "Trevor",
    "Lucia", "Dwayne", "Yasmin", "Patrick", "Imani", "Gregory", "Rania", "Terrence", "Monica", "Jamal", "Ingrid", "Wei"};
constexpr const char* kLastNames[] = {
    "Alvarez", "Okafor", "Nguyen", "Johnson", "Patel", "Washington", "Kowalski", "Reyes", "Chen", "Brooks",
    "Haddad", "Murphy", "Santos", "Fitzgerald", "Oyelaran", "Kim", "Delgado", "Thompson", "Novak", "Abdi",
    "Carter", "Lindqvist", "Morales", "Bennett", "Yamamoto", "Hughes", "Osei", "Ramirez", "Sullivan", "Mensah",
    "Foster", "Castillo", "Ito", "Greene", "Petrov", "Coleman", "Suarez", "Whitaker", "Nakamura", "Price",
    "Vasquez", "Holloway", "Adeyemi", "Park", "Romero", "Bishop", "Farah", "Lozano"};

class Names {
 public:
  explicit Names(Dice& dice) {
    for (std::size_t first = 0; first < std::size(kFirstNames); ++first) {
      for (std::size_t last = 0; last < std::size(kLastNames); ++last) pairs_.emplace_back(first, last);
    }
    for (std::size_t i = pairs_.size() - 1; i > 0; --i) {
      std::swap(pairs_[i], pairs_[static_cast<std::size_t>(dice.below(static_cast<int>(i + 1)))]);
    }
  }

  // The n-th person; past the pairings, a middle initial and a number in the address keep them apart.
  std::pair<std::string, std::string> person(std::size_t n) const {
    const auto [first, last] = pairs_[n % pairs_.size()];
    const auto round = n / pairs_.size();
    std::string name = kFirstNames[first];
    name += ' ';
    if (round > 0) {
      name += static_cast<char>('A' + (round - 1) % 26);
      name += ". ";
    }
    name += kLastNames[last];
    std::string local = email_local_part(name);
    if (round > 0) local += std::to_string(round);
    return {name, local};
  }

 private:
  std::vector<std::pair<std::size_t, std::size_t>> pairs_;
};

// Where generated members come from: a demo organization (or nobody's: people speaking for
// themselves in `sector`), how often, and what seats from there usually carry.
struct Source {
  std::string organization;  // empty: people speaking for themselves
  Sector sector = Sector::other;
  int weight = 1;
  int decision_percent = 0;  // chance a seat from here carries decision authority
  std::vector<Perspective> perspectives;
  PartnershipRole role = PartnershipRole::member;
  int joins_after_percent = 0;  // seats from here join only after this share of the history
};

Source from(std::string organization, int weight, int decision_percent, std::vector<Perspective> perspectives = {}) {
  Source s;
  s.organization = std::move(organization);
  s.weight = weight;
  s.decision_percent = decision_percent;
  s.perspectives = std::move(perspectives);
  return s;
}

Source themselves(Sector sector, int weight, std::vector<Perspective> perspectives) {
  Source s = from("", weight, 0, std::move(perspectives));
  s.sector = sector;
  return s;
}

Source joining_late(Source s, int after_percent) {
  s.joins_after_percent = after_percent;
  return s;
}

Source observing(Source s) {
  s.role = PartnershipRole::observer;
  return s;
}

struct Plan {
  std::uint32_t seed = 1;
  int history_days = kDaysPerYear;
  int active = 0;   // active members today
  int ceased = 0;   // seats that ended along the way
  int changes = 0;  // active members whose role or sector changed along the way
  int founders_percent = 15;
  // The first is the convener, whose first seat leads. Each source gets at least one seat that
  // stays active and unchanged, so a sector put in a plan is present today.
  std::vector<Source> sources;
};

// Reasons that fit any seat, whoever it speaks for.
constexpr const char* kCeaseReasons[] = {
    "Changed jobs and moved out of the county.",
    "Could no longer attend the evening meetings.",
    "Stepped down to make room for a colleague.",
    "Retired.",
    "Moved on to a new role; a successor has not been named yet.",
    "Family commitments.",
};

int weighted_source(const Plan& plan, Dice& dice) {
  int total = 0;
  for (const auto& s : plan.sources) total += s.weight;
  int pick = dice.below(total);
  for (std::size_t i = 0; i < plan.sources.size(); ++i) {
    pick -= plan.sources[i].weight;
    if (pick < 0) return static_cast<int>(i);
  }
  return 0;  // unreachable: pick < total
}

// `count` distinct seat numbers from [first, end), each marked in `marks`.
void mark_some(std::vector<bool>& marks, std::size_t first, int count, Dice& dice, const std::vector<bool>& skip) {
  std::vector<std::size_t> candidates;
  for (std::size_t i = first; i < marks.size(); ++i) {
    if (!skip[i]) candidates.push_back(i);
  }
  for (int n = 0; n < count && !candidates.empty(); ++n) {
    const auto pick = static_cast<std::size_t>(dice.below(static_cast<int>(candidates.size())));
    marks[candidates[pick]] = true;
    candidates[pick] = candidates.back();
    candidates.pop_back();
  }
}

Seat seat_from(Context& ctx, const Source& source, const std::pair<std::string, std::string>& person) {
  Seat seat;
  seat.person_name = person.first;
  if (source.organization.empty()) {
    seat.sector = source.sector;
    seat.person_email = person.second + "@mail.example";
  } else {
    seat.organization = &ctx.organizations.get(source.organization);
    seat.person_email = person.second + "@" + seat.organization->email_domain;
  }
  seat.perspectives = source.perspectives;
  seat.role = source.role;
  return seat;
}

// Half the changes are promotions (member to coordinator, with decision authority); the other
// half are staff who left their agency and stayed at the table for their own neighborhood.
MembershipFields changed(const Membership& m, bool promotion) {
  auto fields = m.fields;
  if (promotion) {
    fields.role = PartnershipRole::coordinator;
    fields.decision_authority = true;
  } else {
    fields.sector_override = Sector::residents_neighborhood;
    fields.perspectives.push_back(Perspective::resident_voice);
  }
  return normalized(std::move(fields));
}

// Seats plan.active + plan.ceased members over plan.history_days, up to yesterday: founders on the
// first day, the rest joining on random days; the ceased leave and the changed change on random
// days after joining.
void seat_generated(Context& ctx, Table& table, const Plan& plan) {
  Dice dice(plan.seed);
  const Names names(dice);
  const Day start = ctx.today - days(plan.history_days);
  const Day yesterday = ctx.today - days(1);
  const auto total = static_cast<std::size_t>(plan.active + plan.ceased);
  const auto guaranteed = plan.sources.size();
  std::vector<bool> ceasing(total, false);
  std::vector<bool> changing(total, false);
  mark_some(ceasing, guaranteed, plan.ceased, dice, changing);
  mark_some(changing, guaranteed, plan.changes, dice, ceasing);
  int promotions = 0;
  for (std::size_t i = 0; i < total; ++i) {
    const auto& source = plan.sources[i < guaranteed ? i : static_cast<std::size_t>(weighted_source(plan, dice))];
    Seat seat = seat_from(ctx, source, names.person(i));
    seat.decision_authority = i == 0 || dice.percent(source.decision_percent);
    if (i == 0) seat.role = PartnershipRole::lead;
    const bool promoted = changing[i] && promotions++ % 2 == 0;  // every other change
    if (promoted) {  // starts without the powers it gains
      seat.role = PartnershipRole::member;
      seat.decision_authority = false;
    }
    const Day earliest = start + days(plan.history_days * source.joins_after_percent / 100);
    const bool founder = i == 0 || (source.joins_after_percent == 0 && dice.percent(plan.founders_percent));
    // Members who will leave or change join early enough for that to happen a month later or more.
    const Day latest = ceasing[i] ? ctx.today - days(90) : changing[i] ? ctx.today - days(60) : yesterday;
    const Day joined = founder ? start : dice.day_between(earliest, latest);
    Record& record = table.join(seat, joined);
    if (changing[i]) {
      table.change(record, changed(record.membership, promoted), dice.day_between(joined + days(30), yesterday));
    }
    if (ceasing[i]) {
      const auto reason = kCeaseReasons[dice.below(static_cast<int>(std::size(kCeaseReasons)))];
      table.cease(record, dice.day_between(joined + days(30), yesterday), reason);
    }
  }
}

// ---- Charter and duties -------------------------------------------------------------------------

CharterText charter_text(std::string mission, std::string vision, std::vector<std::string> values) {
  CharterText text;
  text.mission = std::move(mission);
  text.vision = std::move(vision);
  text.values = std::move(values);
  return normalized(std::move(text));
}

struct CharterStage {
  CharterText text;
  Day drafted{};
  std::optional<Day> proposed;
  std::optional<Day> adopted;
};

// Writes one version through its stages on their dates; adopting supersedes the version adopted
// before. Returns the version's id.
std::int64_t write_charter_version(Context& ctx, const Table& table, const CharterStage& stage,
                                   std::optional<std::int64_t> author, std::optional<std::int64_t> adopter) {
  const auto errors = stage.proposed ? validate_for_proposal(stage.text) : validate_draft(stage.text);
  if (!errors.empty()) throw std::logic_error("a demo charter is invalid: " + errors.front().message);
  store::CharterRepository charters(ctx.c);
  const auto version = charters.insert_draft(table.id(), stage.text, author, stamp(stage.drafted));
  if (stage.proposed) charters.set_status(version.id, CharterStatus::proposed, author, stamp(*stage.proposed));
  if (stage.adopted) {
    if (auto previous = charters.adopted(table.id())) {
      charters.set_status(previous->id, CharterStatus::superseded, std::nullopt, stamp(*stage.adopted));
    }
    charters.set_status(version.id, CharterStatus::adopted, adopter, stamp(*stage.adopted));
  }
  return version.id;
}

// About `percent` of the members at the table when the version was adopted endorse it within three
// weeks (observers cannot). The demo accounts' own endorsements are left for people to try.
void endorse_some(Context& ctx, const Table& table, std::int64_t version_id, Day adopted, int percent, Dice& dice) {
  store::CharterRepository charters(ctx.c);
  for (const auto& r : table.members()) {
    const auto& m = r.membership;
    if (m.user_id || m.fields.role == PartnershipRole::observer || r.joined > adopted) continue;
    const Day day = std::min(adopted + days(1 + dice.below(21)), ctx.today - days(1));
    if ((r.ceased && *r.ceased <= day) || !dice.percent(percent)) continue;
    charters.endorse(version_id, m.id, std::nullopt, std::nullopt, stamp(day));
  }
}

struct Duty {
  std::string title;
  std::optional<std::string> description;
  Sector sector = Sector::other;  // carried by active members of this sector
  int people = 1;
};

Duty duty(std::string title, std::string description, Sector sector, int people) {
  Duty d;
  d.title = std::move(title);
  if (!description.empty()) d.description = std::move(description);
  d.sector = sector;
  d.people = people;
  return d;
}

void assign_duties(Context& ctx, const Table& table, const std::vector<Duty>& duties, Day created) {
  store::ResponsibilityRepository responsibilities(ctx.c);
  for (const auto& d : duties) {
    const auto responsibility = responsibilities.insert(table.id(), d.title, d.description, stamp(created));
    int assigned = 0;
    for (const auto& r : table.members()) {
      if (assigned == d.people) break;
      if (r.ceased || r.membership.sector != d.sector) continue;
      responsibilities.assign(responsibility.id, r.membership.id, std::nullopt);
      ++assigned;
    }
  }
}

PartnershipFields partnership_fields(std::string name, std::string short_name, std::string area,
                                     std::vector<std::string> focus, std::string description, Visibility visibility,
                                     std::vector<Sector> essential) {
  PartnershipFields f;
  f.name = std::move(name);
  f.short_name = std::move(short_name);
  f.area_served = std::move(area);
  f.focus_problems = std::move(focus);
  f.description = std::move(description);
  f.status = PartnershipStatus::active;
  f.visibility = visibility;
  f.essential_sectors = std::move(essential);
  return f;
}

// ---- 1. Eastside Neighborhood Safety Table ------------------------------------------------------

// Six people, five months old. Schools and businesses are essential here but missing, and nobody
// at the table is a critic: three findings for the analysis. The schools' safety officer is invited.
std::size_t eastside(Context& ctx) {
  const Day started = ctx.today - days(150);
  auto fields = partnership_fields(
      "Eastside Neighborhood Safety Table", "Eastside Table",
      "Eastside neighborhood, Riverton (between the river, 5th Street and the rail yard)",
      {"Drug dealing around Lincoln Park", "Car break-ins near the Eastside transit center", "Speeding on Alder Avenue"},
      "Residents, the police and local agencies meeting monthly at the library branch to work through the "
      "problems neighbors raise at the neighborhood association.",
      Visibility::public_profile,
      {S::law_enforcement, S::health_social_services, S::government, S::courts_corrections, S::faith, S::business,
       S::residents_neighborhood, S::schools_education});
  fields.review_cadence_days = 30;
  Table table = found_partnership(ctx, std::move(fields), started);
  const auto coordinator = account_id(ctx, kCoordinatorEmail);
  using R = PartnershipRole;
  table.join(account_seat(ctx, kCoordinatorEmail, "City of Riverton Office of Neighborhood Services", R::lead, true),
             started);
  table.join(staff(ctx, "Maria Alvarez", "Riverton Police Department", {P::frontline_staff}, R::coordinator, true),
             started);
  table.join(staff(ctx, "Denise Carter", "Eastside Neighborhood Association", {P::resident_voice}, R::member, true),
             started);
  table.join(staff(ctx, "Samuel Reed", "Greater Hope Baptist Church", {P::faith_leader}, R::member, false), started);
  table.join(staff(ctx, "Keisha Brooks", "Eastside Family Resource Center", {P::frontline_staff}, R::member, false),
             started);
  table.join(staff(ctx, "Tom Nguyen", "Marlow County Probation Department", {}, R::member, false),
             ctx.today - days(95));
  table.invite(staff(ctx, "Grace Okafor", "Riverton Unified School District", {}, R::member, false),
               ctx.today - days(4), coordinator);

  CharterStage v1;
  v1.text = charter_text(
      "Make the Eastside's streets, parks and transit stops safe and welcoming by working through problems "
      "together: residents, the police and the agencies that serve the neighborhood.",
      "An Eastside where neighbors know each other, children walk to school without fear, and residents have a "
      "real say in how their neighborhood is kept safe.",
      {"Residents define the problems we work on.", "We share information openly and promptly.",
       "We judge our work by results on the street, not by activity.", "Disagreement is welcome at the table."});
  v1.drafted = started + days(14);
  v1.proposed = started + days(35);
  v1.adopted = started + days(56);
  Dice dice(11);
  endorse_some(ctx, table, write_charter_version(ctx, table, v1, coordinator, coordinator), *v1.adopted, 75, dice);
  return table.memberships_created();
}

// ---- 2. Riverton Youth Violence Reduction Partnership -------------------------------------------

std::vector<Source> youth_sources() {
  return {from("Riverton Police Department", 8, 80),
          from("Marlow County Sheriff's Office", 3, 70),
          from("Riverton Transit Police", 1, 60),
          from("Marlow County District Attorney's Office", 2, 50),
          from("Marlow County Probation Department", 2, 20),
          from("Marlow County Public Health Department", 3, 20),
          from("Marlow County Behavioral Health", 2, 10, {P::frontline_staff}),
          from("Eastside Family Resource Center", 2, 0, {P::frontline_staff}),
          from("Riverton City Council, District 3", 1, 100),
          from("Greater Hope Baptist Church", 2, 0, {P::faith_leader}),
          from("Masjid Al-Noor", 1, 0, {P::faith_leader}),
          joining_late(from("Riverton Unified School District", 2, 10), 25),
          from("Boys & Girls Club of Riverton", 3, 0, {P::frontline_staff}),
          from("Riverton Youth Council", 3, 0, {P::youth_voice}),
          themselves(S::residents_neighborhood, 2, {P::resident_voice}),
          from("Marlow Victim Advocacy Network", 1, 0, {P::victim_advocate}),
          joining_late(from("Riverton Coalition for Police Accountability", 1, 0, {P::critic_watchdog}), 50)};
}

// Forty members after two years: police and sheriff's staff hold most of the votes (a dominance
// finding); the schools joined after six months and the critic after a year, so balance two years
// ago finds them missing. Charter v1 was superseded by v2; v3 is being drafted.
std::size_t youth(Context& ctx) {
  const Day started = ctx.today - days(2 * kDaysPerYear);
  Table table = found_partnership(
      ctx,
      partnership_fields(
          "Riverton Youth Violence Reduction Partnership", "Youth Violence Partnership", "City of Riverton",
          {"Shootings involving young people", "Group-involved violence", "Retaliation after violent incidents"},
          "A city-wide partnership combining focused deterrence with outreach, jobs and family support for the "
          "young people most at risk of shooting or being shot.",
          Visibility::public_profile,
          {S::law_enforcement, S::health_social_services, S::public_health, S::government, S::courts_corrections,
           S::faith, S::schools_education, S::residents_neighborhood, S::youth}),
      started);
  Plan plan;
  plan.seed = 2;
  plan.history_days = 2 * kDaysPerYear;
  plan.active = 39;
  plan.ceased = 8;
  plan.changes = 2;
  plan.sources = youth_sources();
  seat_generated(ctx, table, plan);
  const auto coordinator = account_id(ctx, kCoordinatorEmail);
  table.join(account_seat(ctx, kCoordinatorEmail, "City of Riverton Office of Neighborhood Services",
                          PartnershipRole::coordinator, false),
             ctx.today - days(670));
  table.invite(staff(ctx, "Angela Moreno", "Riverton Unified School District", {}, PartnershipRole::member, false),
               ctx.today - days(3), coordinator);
  table.invite(staff(ctx, "Rev. Thomas Hale", "Riverton Interfaith Council", {P::faith_leader},
                     PartnershipRole::member, false),
               ctx.today - days(6), coordinator);
  table.invite(staff(ctx, "Derek Lyons", "Riverside Mall Management", {}, PartnershipRole::member, false),
               ctx.today - days(30), coordinator);  // expired 16 days ago

  const std::string mission_v2 =
      "Reduce shootings and serious violence involving young people in Riverton by combining focused deterrence "
      "with outreach, jobs and support that young people and their families help design";
  const std::string vision_v2 =
      "A Riverton where every young person is safe from violence and has a path to school, work and a future in "
      "the city.";
  CharterStage v1;
  v1.text = charter_text("Reduce shootings and serious violence involving young people in Riverton through focused "
                         "deterrence, outreach and support.",
                         "A Riverton where young people are safe from violence.",
                         {"Act on data.", "Hold offenders accountable.", "Work together."});
  v1.drafted = started + days(30);
  v1.proposed = started + days(75);
  v1.adopted = ctx.today - days(608);  // about twenty months ago
  CharterStage v2;
  v2.text = charter_text(mission_v2 + ".", vision_v2,
                         {"Act on data, and share it with the community.",
                          "Hold people accountable and offer them real help.",
                          "Young people and families have a voice in every decision.",
                          "Work together and keep our commitments."});
  v2.drafted = ctx.today - days(240);
  v2.proposed = ctx.today - days(210);
  v2.adopted = ctx.today - days(182);  // about six months ago
  CharterStage v3;
  v3.text = charter_text(mission_v2 + ", and by helping victims and their families heal.", vision_v2,
                         {"Act on data, and share it with the community.",
                          "Hold people accountable and offer them real help.",
                          "Young people and families have a voice in every decision.",
                          "Care for victims and their families.", "Work together and keep our commitments."});
  v3.drafted = ctx.today - days(20);
  Dice dice(22);
  endorse_some(ctx, table, write_charter_version(ctx, table, v1, coordinator, std::nullopt), *v1.adopted, 70, dice);
  endorse_some(ctx, table, write_charter_version(ctx, table, v2, coordinator, std::nullopt), *v2.adopted, 45, dice);
  write_charter_version(ctx, table, v3, coordinator, std::nullopt);

  assign_duties(
      ctx, table,
      {duty("Convene the monthly partnership meeting", "Agenda, room, minutes and follow-up of action items.",
            S::government, 1),
       duty("Share shooting and serious-assault data", "A monthly extract of incidents and the group review.",
            S::law_enforcement, 2),
       duty("Run hospital-based violence interruption referrals",
            "Connect young people treated for violent injuries with outreach workers within 24 hours.",
            S::health_social_services, 1),
       duty("Recruit young people for the youth advisory panel", "", S::youth, 2)},
      ctx.today - days(500));
  return table.memberships_created();
}

// ---- 3. Marlow County Public Safety Collaborative -----------------------------------------------

std::vector<Source> county_sources() {
  return {from("Marlow County Sheriff's Office", 10, 60),
          from("Riverton Police Department", 10, 50),
          from("Riverton Transit Police", 3, 30),
          from("Marlow County Behavioral Health", 8, 10, {P::frontline_staff}),
          from("Eastside Family Resource Center", 5, 10, {P::frontline_staff}),
          from("Riverton Housing First Coalition", 5, 10, {P::lived_experience}),
          from("Marlow County Public Health Department", 8, 30),
          from("City of Riverton Office of Neighborhood Services", 6, 30),
          from("Riverton City Council, District 3", 2, 100),
          from("Marlow County District Attorney's Office", 5, 40),
          from("Marlow County Probation Department", 6, 20),
          from("Riverton Community Court", 3, 20),
          from("Greater Hope Baptist Church", 4, 0, {P::faith_leader}),
          from("Riverton Interfaith Council", 4, 10, {P::faith_leader}),
          from("Masjid Al-Noor", 3, 0, {P::faith_leader}),
          from("Downtown Riverton Business Alliance", 4, 20),
          from("Riverside Mall Management", 2, 0),
          from("Eastside Merchants Association", 3, 0),
          from("Riverton Unified School District", 6, 20),
          from("Marlow Community College", 3, 10),
          from("Eastside Neighborhood Association", 5, 10, {P::resident_voice}),
          from("Parkview Tenants Union", 4, 10, {P::resident_voice}),
          themselves(S::residents_neighborhood, 12, {P::resident_voice}),
          from("Riverton Youth Council", 3, 0, {P::youth_voice}),
          from("Boys & Girls Club of Riverton", 3, 0),
          from("Riverton Coalition for Police Accountability", 2, 10, {P::critic_watchdog}),
          from("Marlow Victim Advocacy Network", 3, 10, {P::victim_advocate}),
          observing(from("Riverton Gazette", 1, 0)),
          from("Riverton Public Library", 2, 0)};
}

// Two hundred members over three years, members-only. No private security company has joined
// though the county counts them as essential; the charter has been proposed but not adopted.
std::size_t county(Context& ctx) {
  const Day started = ctx.today - days(3 * kDaysPerYear);
  Table table = found_partnership(
      ctx,
      partnership_fields(
          "Marlow County Public Safety Collaborative", "County Collaborative", "Marlow County",
          {"Opioid overdoses and related crime", "Repeat domestic violence", "Property crime in rural areas",
           "Reentry after jail"},
          "The county-wide table where agencies, service providers, congregations, businesses and residents plan "
          "prevention together and track what works.",
          Visibility::members_only, default_essential_sectors()),
      started);
  Plan plan;
  plan.seed = 3;
  plan.history_days = 3 * kDaysPerYear;
  plan.active = 199;
  plan.ceased = 41;
  plan.changes = 12;
  plan.sources = county_sources();
  seat_generated(ctx, table, plan);
  const auto admin = account_id(ctx, kAdminEmail);
  table.join(account_seat(ctx, kAdminEmail, "Riverton Police Department", PartnershipRole::member, false),
             ctx.today - days(2 * kDaysPerYear));

  CharterStage v1;
  v1.text = charter_text(
      "Bring Marlow County's agencies, service providers, faith communities, businesses and residents together to "
      "prevent crime and disorder and to respond to it fairly.",
      "Every community in Marlow County is safe, and every resident trusts that public safety is done with them, "
      "not to them.",
      {"Prevention before enforcement.", "Decisions informed by data and by residents' experience.",
       "Fair and respectful treatment for everyone.", "Shared responsibility and open reporting of results."});
  v1.drafted = ctx.today - days(60);
  v1.proposed = ctx.today - days(30);
  write_charter_version(ctx, table, v1, admin, std::nullopt);

  assign_duties(
      ctx, table,
      {duty("Chair the steering committee", "Sets agendas with the coordinators and chairs the quarterly meeting.",
            S::law_enforcement, 1),
       duty("Keep the partner directory and meeting calendar", "", S::government, 1),
       duty("Publish the quarterly public safety data brief",
            "Overdoses, domestic violence calls and property crime by town, with a plain-words summary.",
            S::public_health, 2),
       duty("Coordinate the mobile crisis response protocol", "Who responds to mental-health calls, and how.",
            S::health_social_services, 2),
       duty("Organize the community listening sessions", "One in each town every spring.",
            S::residents_neighborhood, 3),
       duty("Connect returning residents with reentry services", "", S::courts_corrections, 2),
       duty("Coordinate faith-based volunteers for community walks", "", S::faith, 2),
       duty("Liaise with schools on student safety", "", S::schools_education, 2)},
      ctx.today - days(900));
  return table.memberships_created();
}

}  // namespace

std::optional<std::int64_t> find_demo_partnership(store::Connection& c, const std::string& name) {
  store::PartnershipFilter filter;
  filter.viewer_sees_all = true;
  filter.name_contains = text::ascii_lower(name);
  filter.limit = 100;
  for (const auto& view : store::PartnershipRepository(c).list(filter)) {
    if (text::ascii_lower(view.partnership.fields.name) == filter.name_contains) return view.partnership.id;
  }
  return std::nullopt;
}

DemoPartnershipSummary load_demo_partnerships(store::Store& store, const Clock& clock) {
  using Builder = std::size_t (*)(Context&);  // returns the memberships it created
  const std::pair<const char*, Builder> demos[] = {
      {"Eastside Neighborhood Safety Table", eastside},
      {"Riverton Youth Violence Reduction Partnership", youth},
      {"Marlow County Public Safety Collaborative", county},
  };
  return store.write([&](store::Connection& c) {
    Context ctx{c, Organizations(c), utc_day(clock()), format_utc(clock())};
    DemoPartnershipSummary summary;
    for (const auto& [name, build] : demos) {
      if (find_demo_partnership(c, name)) {
        ++summary.partnerships_kept;
        continue;
      }
      summary.memberships_created += build(ctx);
      ++summary.partnerships_created;
    }
    return summary;
  });
}

BenchmarkPartnership load_benchmark_partnership(store::Store& store, const Clock& clock, int active_members,
                                                int years) {
  return store.write([&](store::Connection& c) {
    BenchmarkPartnership result;
    if (auto existing = find_demo_partnership(c, kBenchmarkPartnershipName)) {
      result.id = *existing;
      return result;
    }
    Context ctx{c, Organizations(c), utc_day(clock()), format_utc(clock())};
    Plan plan;
    plan.seed = 4;
    plan.history_days = years * kDaysPerYear;
    plan.active = active_members;
    plan.ceased = active_members / 2;
    plan.changes = active_members / 4;
    plan.sources = county_sources();
    plan.sources.push_back(from("Sentinel Security Services", 2, 10));
    plan.sources.push_back(from("Riverton Medical Center Security", 1, 0));
    Table table = found_partnership(
        ctx,
        partnership_fields(kBenchmarkPartnershipName, "Benchmark", "Synthetic", {"Load testing"},
                           "Generated by `commonground demo --bench-partnership-members`: not real people.",
                           Visibility::members_only, default_essential_sectors()),
        ctx.today - days(plan.history_days));
    seat_generated(ctx, table, plan);
    result.id = table.id();
    result.created = true;
    result.memberships_created = table.memberships_created();
    return result;
  });
}

}  // namespace cg::app
