#include "domain/partnership_attention.h"

#include <algorithm>

namespace cg {
namespace {

Finding finding(std::string code, Severity severity, std::string title, std::string evidence, std::string action) {
  Finding f;
  f.code = std::move(code);
  f.severity = severity;
  f.title = std::move(title);
  f.evidence = std::move(evidence);
  f.suggested_action = std::move(action);
  return f;
}

std::string count_of(int n, const char* one, const char* many) {
  std::string out = std::to_string(n);
  out += ' ';
  out += n == 1 ? one : many;
  return out;
}

}  // namespace

std::vector<Finding> partnership_attention(const AttentionFacts& facts) {
  std::vector<Finding> out;
  if (facts.status == PartnershipStatus::closed) return out;  // nothing to chase in a closed partnership
  for (const auto& f : facts.balance_findings) {
    if (f.severity == Severity::high) out.push_back(f);
  }
  if (!facts.charter_adopted) {
    if (facts.open_charter == CharterStatus::proposed) {
      out.push_back(finding("charter_awaiting_adoption", Severity::medium, "The charter is waiting for a decision",
                            "A proposed charter version has not been adopted yet.",
                            "Put the charter on the next meeting's agenda so the leads can adopt it."));
    } else {
      out.push_back(finding("charter_missing", Severity::medium, "No charter adopted yet",
                            "The partnership has no adopted mission, vision and values.",
                            "Draft a mission, vision and values with the members and propose them for adoption."));
    }
  } else if (facts.endorsed < facts.eligible_endorsers) {
    const int missing = facts.eligible_endorsers - facts.endorsed;
    out.push_back(finding("endorsements_missing", Severity::low, "Not everyone has endorsed the charter",
                          count_of(missing, "member has", "members have") + " not endorsed the adopted charter (" +
                              std::to_string(facts.endorsed) + " of " + std::to_string(facts.eligible_endorsers) +
                              " have).",
                          "Ask the members who have not endorsed it whether anything in it needs discussing."));
  }
  if (facts.invitations_expired > 0) {
    out.push_back(finding("invitations_expired", Severity::low, "Invitations expired unanswered",
                          count_of(facts.invitations_expired, "invitation", "invitations") +
                              " expired before anyone answered.",
                          "Call the people invited, then resend the invitation from the members page."));
  }
  if (facts.invitations_pending > 0) {
    out.push_back(finding("invitations_pending", Severity::low, "Invitations waiting for an answer",
                          count_of(facts.invitations_pending, "invitation is", "invitations are") +
                              " still open.",
                          "A personal call or email often helps people take up an invitation."));
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
  return out;
}

}  // namespace cg
