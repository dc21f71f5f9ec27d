// Reads and writes memberships and their history (what each seat looked like from which date,
// for balance at a past date). Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/balance.h"
#include "domain/membership.h"
#include "store/connection.h"

namespace cg::store {

struct NewMembership {
  std::int64_t partnership_id = 0;
  std::optional<std::int64_t> user_id;
  MembershipFields fields;
  Sector sector = Sector::other;
  std::string display_key;
  MembershipStatus status = MembershipStatus::active;
  std::optional<std::string> invitation_token_hash;
  std::optional<std::string> invited_at;
  std::optional<std::string> invitation_expires_at;
  std::optional<std::int64_t> invited_by;
  std::optional<std::string> joined_on;
};

struct MembershipPosition {
  std::string display_key;
  std::int64_t id = 0;
};

struct MembershipFilter {
  std::int64_t partnership_id = 0;
  std::optional<MembershipStatus> status;
  std::optional<PartnershipRole> role;
  std::optional<Sector> sector;
  std::string name_contains;  // lower-cased
  std::optional<MembershipPosition> after;
  int limit = 50;
};

class MembershipRepository {
 public:
  explicit MembershipRepository(Connection& connection) : c_(connection) {}

  // Throws UniqueViolation when the person or organisation already has an open seat.
  std::int64_t insert(const NewMembership& membership, const std::string& now);
  std::optional<Membership> find(std::int64_t partnership_id, std::int64_t id);
  std::optional<Membership> find_by_token_hash(const std::string& token_hash);
  // The user's active seat in the partnership, if any.
  std::optional<Membership> active_for_user(std::int64_t partnership_id, std::int64_t user_id);
  // Ordered by display name then id.
  std::vector<Membership> list(const MembershipFilter& filter);
  // Every active membership of the partnership, ordered by display name.
  std::vector<Membership> active(std::int64_t partnership_id);
  // Everyone who has held a seat (active now, or ceased after joining), in display order: who
  // could have been at a past meeting.
  std::vector<Membership> seated_ever(std::int64_t partnership_id);
  // Updates what a coordinator edits, if the version matches; false when it moved on.
  bool update_fields(std::int64_t id, std::int64_t expected_version, const MembershipFields& fields, Sector sector,
                     const std::string& display_key, const std::string& now);
  // invited → active, linking the account that accepted.
  void activate(std::int64_t id, std::optional<std::int64_t> user_id, const std::string& joined_on,
                const std::string& now);
  // → ceased or declined. An invitation link then answers "already answered" (409).
  void close(std::int64_t id, MembershipStatus status, const std::optional<std::string>& ceased_on,
             const std::optional<std::string>& reason, const std::string& now);
  void reissue_invitation(std::int64_t id, const std::string& token_hash, const std::string& invited_at,
                          const std::string& expires_at);
  int count_active_leads(std::int64_t partnership_id);
  // Active members whose role is one of `roles` (e.g. those who may endorse the charter).
  int count_active_in_roles(std::int64_t partnership_id, const std::vector<PartnershipRole>& roles);
  struct InvitationCounts {
    int pending = 0;
    int expired = 0;  // its link ran out before `now`
  };
  InvitationCounts count_invitations(std::int64_t partnership_id, const std::string& now);

  // Records that from `snapshot.effective_on` the seat looked like `snapshot`.
  void append_history(std::int64_t partnership_id, const MemberSnapshot& snapshot, PartnershipRole role);
  // The whole history of the partnership's seats, in the order recorded.
  std::vector<MemberSnapshot> history(std::int64_t partnership_id);

 private:
  Connection& c_;
};

}  // namespace cg::store
