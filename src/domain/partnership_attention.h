// "What needs attention" on a partnership's home page: the few things a coordinator should act
// on this week, each with a plain-words suggestion. Pure: the caller gathers the facts.
#pragma once

#include <optional>
#include <vector>

#include "domain/balance.h"
#include "domain/charter.h"
#include "domain/partnership.h"

namespace cg {

struct AttentionFacts {
  PartnershipStatus status = PartnershipStatus::forming;
  int invitations_pending = 0;
  int invitations_expired = 0;
  bool charter_adopted = false;
  std::optional<CharterStatus> open_charter;  // a draft or proposed version in progress
  int endorsed = 0;             // of the adopted version
  int eligible_endorsers = 0;   // active leads, coordinators and members
  std::vector<Finding> balance_findings;
};

// Most severe first. Balance findings of high severity are carried over as they are.
std::vector<Finding> partnership_attention(const AttentionFacts& facts);

}  // namespace cg
