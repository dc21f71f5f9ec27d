#include "domain/membership.h"

#include <algorithm>
#include <array>

#include "domain/key_table.h"
#include "domain/ordered_unique.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"

namespace cg {
namespace {

constexpr std::array kStatuses = {
    MembershipStatusInfo{MembershipStatus::invited, "invited", "Invited"},
    MembershipStatusInfo{MembershipStatus::active, "active", "Active"},
    MembershipStatusInfo{MembershipStatus::declined, "declined", "Declined"},
    MembershipStatusInfo{MembershipStatus::ceased, "ceased", "Ceased"},
};

}  // namespace

std::span<const MembershipStatusInfo> all_membership_statuses() { return kStatuses; }
std::string_view to_key(MembershipStatus status) {
  return info_for<MembershipStatusInfo>(kStatuses, status, &MembershipStatusInfo::status).key;
}
std::optional<MembershipStatus> membership_status_from_key(std::string_view key) {
  return enum_from_key<MembershipStatusInfo>(kStatuses, key, &MembershipStatusInfo::status);
}

bool is_open(MembershipStatus status) {
  return status == MembershipStatus::invited || status == MembershipStatus::active;
}

std::string display_name(const Membership& m) {
  if (m.fields.person_name) return *m.fields.person_name;
  if (m.fields.person_email) return *m.fields.person_email;
  if (m.organization) return m.organization->name;
  return "Member " + std::to_string(m.id);
}

namespace {
std::optional<std::chrono::sys_days> day_of(const std::optional<std::string>& text) {
  // Stored as a date; the first ten characters are the date either way.
  if (!text || text->size() < 10) return std::nullopt;
  return parse_date(std::string_view(*text).substr(0, 10));
}
}  // namespace

std::optional<std::chrono::sys_days> joined_day(const Membership& m) { return day_of(m.joined_on); }
std::optional<std::chrono::sys_days> ceased_day(const Membership& m) { return day_of(m.ceased_on); }

std::optional<SeatSpan> seat_span(const Membership& m) {
  const auto joined = joined_day(m);
  if (!joined) return std::nullopt;
  return SeatSpan{*joined, ceased_day(m)};
}

bool seated_on(const Membership& m, std::chrono::sys_days day) {
  const auto span = seat_span(m);
  return span && span->covers(day);
}

std::optional<Sector> effective_sector(const MembershipFields& fields, const std::optional<OrganizationRef>& organization) {
  if (fields.sector_override) return fields.sector_override;
  if (organization) return organization->sector;
  return std::nullopt;
}

MembershipFields normalized(MembershipFields fields) {
  fields.person_name = text::trimmed_or_absent(fields.person_name);
  fields.person_email = text::trimmed_or_absent(fields.person_email);
  fields.perspectives = without_repeats(fields.perspectives);
  return fields;
}

std::vector<FieldError> validate(const MembershipFields& f) {
  std::vector<FieldError> errors;
  if (f.person_name) {
    if (auto problem = text::check_characters(*f.person_name, text::Lines::single)) {
      errors.push_back({"person_name", *problem});
    } else if (auto length = text::check_length(*f.person_name, 1, kPersonNameMax)) {
      errors.push_back({"person_name", *length});
    }
  }
  if (f.person_email) {
    if (auto problem = text::check_email(*f.person_email)) errors.push_back({"email", *problem});
  }
  if (!f.person_name && !f.person_email && !f.organization_id) {
    errors.push_back({"person_name", "Name the person, or choose the organisation they represent."});
  }
  return errors;
}

}  // namespace cg
