// Use cases for the people at a partnership's table: list, add directly or invite by email,
// edit, cease (or leave), resend an invitation, and the invitee's accept/decline. A partnership
// always keeps at least one active lead. Thread-safe; blocks on the database and on email.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/auth_service.h"
#include "app/clock.h"
#include "domain/balance.h"
#include "domain/membership.h"
#include "domain/partnership.h"
#include "domain/result.h"
#include "mail/mailer.h"

namespace cg::app {

struct NewMember {
  MembershipFields fields;
  std::optional<std::string> joined_on;  // YYYY-MM-DD; today when absent
  bool invite = false;                   // email an invitation instead of adding directly
};

struct MembershipPatch {
  std::optional<std::optional<std::string>> person_name;
  std::optional<std::optional<Sector>> sector;  // inner nullopt: back to the organisation's sector
  std::optional<std::vector<Perspective>> perspectives;
  std::optional<PartnershipRole> role;
  std::optional<bool> decision_authority;
  std::optional<bool> listed_publicly;
};

struct MemberQuery {
  std::optional<MembershipStatus> status;
  std::optional<PartnershipRole> role;
  std::optional<Sector> sector;
  std::string name_contains;
  std::optional<std::string> after;
  int limit = 50;
};

struct MemberPage {
  std::vector<Membership> items;
  std::optional<std::string> next;
};

struct Cessation {
  std::string reason;
  std::optional<std::string> ceased_on;  // YYYY-MM-DD; today when absent
};

struct InvitationView {
  std::int64_t partnership_id = 0;
  std::string partnership_name;
  PartnershipRole role = PartnershipRole::member;
  std::string email;
  bool account_exists = false;
  MembershipStatus status = MembershipStatus::invited;
  std::string expires_at;
};

// For an invitee without an account: accepting creates one.
struct NewAccount {
  std::string display_name;
  std::string password;
};

struct MembershipSettings {
  std::string public_url = "http://127.0.0.1:8080";
  std::chrono::hours invitation_lifetime{24 * 14};
};

class MembershipService {
 public:
  MembershipService(store::Store& store, mail::Mailer& mailer, AuthService& auth, Clock clock,
                    MembershipSettings settings)
      : store_(store), mailer_(mailer), auth_(auth), clock_(std::move(clock)), settings_(std::move(settings)) {}

  Result<MemberPage> list(std::int64_t partnership_id, const MemberQuery& query, const User& viewer);
  Result<Membership> get(std::int64_t partnership_id, std::int64_t membership_id, const User& viewer);
  // 409 when the person or organisation already has an open seat; 422 for a closed partnership.
  Result<Membership> add(std::int64_t partnership_id, NewMember input, const User& by, const Actor& actor);
  Result<Membership> update(std::int64_t partnership_id, std::int64_t membership_id,
                            std::optional<std::int64_t> based_on_version, const MembershipPatch& patch,
                            const User& by, const Actor& actor);
  // Members may cease their own seat (leave). 422 for the last active lead.
  Result<Membership> cease(std::int64_t partnership_id, std::int64_t membership_id, const Cessation& cessation,
                           const User& by, const Actor& actor);
  Result<Membership> resend_invitation(std::int64_t partnership_id, std::int64_t membership_id, const User& by,
                                       const Actor& actor);

  // 404 unknown, 409 used, 410 expired.
  Result<InvitationView> invitation(std::string_view token);
  // Signed in: must be the invited address. Signed out: only when no account exists yet, with
  // `account` to create one (401 otherwise).
  Result<Membership> accept(std::string_view token, const std::optional<User>& signed_in,
                            const std::optional<NewAccount>& account, const Actor& actor);
  Result<Done> decline(std::string_view token, const Actor& actor);

 private:
  std::string now() const;
  Day today() const;
  Result<Done> send_invitation(const Membership& membership, const std::string& partnership_name,
                               const std::string& inviter, const std::string& token);

  store::Store& store_;
  mail::Mailer& mailer_;
  AuthService& auth_;
  const Clock clock_;
  const MembershipSettings settings_;
};

}  // namespace cg::app
