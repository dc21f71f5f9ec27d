// A seat at a partnership's table: a person (with or without an account) and/or the
// organisation they represent, with a role, a sector, the perspectives they bring and whether
// they hold decision authority. Lifecycle: invited → active → ceased (or invited → declined).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/partnership_role.h"
#include "domain/perspective.h"
#include "domain/sector.h"

namespace cg {

enum class MembershipStatus { invited, active, declined, ceased };

struct MembershipStatusInfo {
  MembershipStatus status;
  std::string_view key;
  std::string_view label;
};
std::span<const MembershipStatusInfo> all_membership_statuses();
std::string_view to_key(MembershipStatus status);
std::optional<MembershipStatus> membership_status_from_key(std::string_view key);

// Invited and active seats are open: one open seat per person per partnership.
bool is_open(MembershipStatus status);

struct OrganizationRef {
  std::int64_t id = 0;
  std::string name;
  Sector sector = Sector::other;
};

// What a lead or coordinator sets when adding or editing a member.
struct MembershipFields {
  std::optional<std::string> person_name;
  std::optional<std::string> person_email;
  std::optional<std::int64_t> organization_id;
  std::optional<Sector> sector_override;  // absent: the organisation's sector
  std::vector<Perspective> perspectives;
  PartnershipRole role = PartnershipRole::member;
  bool decision_authority = false;
  bool listed_publicly = false;
};

struct Membership {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::optional<std::int64_t> user_id;
  MembershipFields fields;
  std::optional<OrganizationRef> organization;
  Sector sector = Sector::other;  // the sector counted in balance analysis
  MembershipStatus status = MembershipStatus::active;
  std::optional<std::string> invited_at;
  std::optional<std::string> invitation_expires_at;
  std::optional<std::string> joined_on;
  std::optional<std::string> ceased_on;
  std::optional<std::string> ceased_reason;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

// The name people see: the person's name, else their email, else the organisation's name.
std::string display_name(const Membership& membership);

// The days a seat was taken up and given up, when known.
std::optional<std::chrono::sys_days> joined_day(const Membership& membership);
std::optional<std::chrono::sys_days> ceased_day(const Membership& membership);
// A seat counts on the days from joining until the day before leaving: who could be at a meeting.
struct SeatSpan {
  std::chrono::sys_days joined{};
  std::optional<std::chrono::sys_days> ceased;
  bool covers(std::chrono::sys_days day) const { return joined <= day && (!ceased || *ceased > day); }
};
// Nothing for a seat never taken up (an invitation).
std::optional<SeatSpan> seat_span(const Membership& membership);
bool seated_on(const Membership& membership, std::chrono::sys_days day);

// The sector a membership counts in: the override, else the organisation's, else nullopt
// (the caller must then ask for one).
std::optional<Sector> effective_sector(const MembershipFields& fields, const std::optional<OrganizationRef>& organization);

inline constexpr std::size_t kPersonNameMax = 120;
inline constexpr std::size_t kCeaseReasonMax = 500;

// Trims text, drops blank names and emails, removes repeated perspectives.
MembershipFields normalized(MembershipFields fields);
// Every problem at once: names, email shape, and that the seat names a person or an organisation.
std::vector<FieldError> validate(const MembershipFields& fields);

}  // namespace cg
