// Writing a membership always means writing its history too, so balance at a past date sees
// every change. Use cases go through these helpers rather than the repository directly.
#pragma once

#include "domain/balance.h"
#include "domain/membership.h"
#include "store/connection.h"
#include "store/membership_repository.h"

namespace cg::app {

// The lower-cased display name memberships are listed and searched by.
std::string display_key(const MembershipFields& fields, const std::optional<OrganizationRef>& organization);

// Inserts the membership (and, when active, its first snapshot dated `joined_on`) and returns it.
// Throws store::UniqueViolation when the person already has an open seat.
Membership insert_membership(store::Connection& c, store::NewMembership membership, const std::string& now);

// Records how `membership` looks from `day` on (after a change).
void record_snapshot(store::Connection& c, const Membership& membership, Day day);

}  // namespace cg::app
