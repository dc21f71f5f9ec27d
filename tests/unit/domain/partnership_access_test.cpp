#include "domain/partnership_access.h"

#include <gtest/gtest.h>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace cg {
namespace {

using Role = std::optional<PartnershipRole>;
using A = PartnershipAction;

constexpr std::array kActions = {A::view_workspace, A::edit_details,    A::manage_members,        A::manage_leads,
                                 A::edit_charter,   A::adopt_charter,   A::endorse_charter,       A::edit_responsibilities,
                                 A::edit_plan,      A::record_progress, A::run_meetings,          A::propose_agenda,
                                 A::view_engagement, A::discuss,         A::moderate_discussion,   A::share_resources,
                                 A::moderate_resources};

std::string name_of(A action) {
  switch (action) {
    case A::view_workspace: return "view_workspace";
    case A::edit_details: return "edit_details";
    case A::manage_members: return "manage_members";
    case A::manage_leads: return "manage_leads";
    case A::edit_charter: return "edit_charter";
    case A::adopt_charter: return "adopt_charter";
    case A::endorse_charter: return "endorse_charter";
    case A::edit_responsibilities: return "edit_responsibilities";
    case A::edit_plan: return "edit_plan";
    case A::record_progress: return "record_progress";
    case A::run_meetings: return "run_meetings";
    case A::propose_agenda: return "propose_agenda";
    case A::view_engagement: return "view_engagement";
    case A::discuss: return "discuss";
    case A::moderate_discussion: return "moderate_discussion";
    case A::share_resources: return "share_resources";
    case A::moderate_resources: return "moderate_resources";
  }
  return "?";
}

std::string name_of(Role role) { return role ? std::string(to_key(*role)) : std::string("none"); }

struct AccessCase {
  A action;
  bool lead;
  bool coordinator;
  bool member;
  bool observer;
};

// The permission matrix, one row per action; a role with no open membership may do nothing.
constexpr std::array kMatrix = {
    //                                  lead   coord  member observer
    AccessCase{A::view_workspace,        true,  true,  true,  true},
    AccessCase{A::endorse_charter,       true,  true,  true,  false},
    AccessCase{A::record_progress,       true,  true,  true,  false},
    AccessCase{A::propose_agenda,        true,  true,  true,  false},
    AccessCase{A::discuss,               true,  true,  true,  false},
    AccessCase{A::share_resources,       true,  true,  true,  false},
    AccessCase{A::edit_details,          true,  true,  false, false},
    AccessCase{A::manage_members,        true,  true,  false, false},
    AccessCase{A::edit_charter,          true,  true,  false, false},
    AccessCase{A::edit_responsibilities, true,  true,  false, false},
    AccessCase{A::edit_plan,             true,  true,  false, false},
    AccessCase{A::run_meetings,          true,  true,  false, false},
    AccessCase{A::view_engagement,       true,  true,  false, false},
    AccessCase{A::moderate_discussion,   true,  true,  false, false},
    AccessCase{A::moderate_resources,    true,  true,  false, false},
    AccessCase{A::manage_leads,          true,  false, false, false},
    AccessCase{A::adopt_charter,         true,  false, false, false},
};

TEST(PartnershipAccess, MatrixCoversEveryAction) {
  std::set<A> covered;
  for (const auto& row : kMatrix) EXPECT_TRUE(covered.insert(row.action).second) << name_of(row.action);
  for (auto action : kActions) EXPECT_TRUE(covered.contains(action)) << name_of(action);
}

class PartnershipAccessMatrix : public ::testing::TestWithParam<AccessCase> {};
TEST_P(PartnershipAccessMatrix, EveryRole) {
  const auto& row = GetParam();
  const std::array<std::pair<Role, bool>, 5> expected = {{
      {PartnershipRole::lead, row.lead},
      {PartnershipRole::coordinator, row.coordinator},
      {PartnershipRole::member, row.member},
      {PartnershipRole::observer, row.observer},
      {std::nullopt, false},
  }};
  for (const auto& [role, allowed] : expected) {
    EXPECT_EQ(partnership_allows(role, row.action), allowed) << name_of(role) << " / " << name_of(row.action);
  }
}
INSTANTIATE_TEST_SUITE_P(Actions, PartnershipAccessMatrix, ::testing::ValuesIn(kMatrix),
                         [](const auto& info) { return name_of(info.param.action); });

TEST(PartnershipAccess, StrongerRolesMayDoWhatWeakerRolesMay) {
  const std::array<PartnershipRole, 4> strongest_first = {PartnershipRole::lead, PartnershipRole::coordinator,
                                                          PartnershipRole::member, PartnershipRole::observer};
  for (auto action : kActions) {
    for (std::size_t weaker = 1; weaker < strongest_first.size(); ++weaker) {
      if (partnership_allows(strongest_first[weaker], action)) {
        EXPECT_TRUE(partnership_allows(strongest_first[weaker - 1], action))
            << name_of(strongest_first[weaker - 1]) << " / " << name_of(action);
      }
    }
  }
}

TEST(PartnershipAccess, NoMembershipMayDoNothing) {
  for (auto action : kActions) EXPECT_FALSE(partnership_allows(std::nullopt, action)) << name_of(action);
}

TEST(PartnershipAccess, WhoMayIsOneTextPerWeakestRole) {
  // Actions grouped by the weakest role allowed to take them.
  const std::map<std::string, std::vector<A>> groups = {
      {"observer", {A::view_workspace}},
      {"member", {A::endorse_charter, A::record_progress, A::propose_agenda, A::discuss, A::share_resources}},
      {"coordinator",
       {A::edit_details, A::manage_members, A::edit_charter, A::edit_responsibilities, A::edit_plan, A::run_meetings,
        A::view_engagement, A::moderate_discussion, A::moderate_resources}},
      {"lead", {A::manage_leads, A::adopt_charter}},
  };
  std::set<std::string_view> texts;
  std::size_t actions_seen = 0;
  for (const auto& [weakest, actions] : groups) {
    const auto text = who_may(actions.front());
    EXPECT_FALSE(text.empty()) << weakest;
    EXPECT_TRUE(texts.insert(text).second) << weakest << " shares its text with another group: " << text;
    for (auto action : actions) {
      EXPECT_EQ(who_may(action), text) << name_of(action);
      ++actions_seen;
    }
  }
  EXPECT_EQ(actions_seen, kActions.size());
  EXPECT_EQ(texts.size(), 4u);
}

TEST(PartnershipAccess, WhoMayNamesTheRolesInPlainWords) {
  EXPECT_EQ(who_may(A::adopt_charter), "its leads");
  EXPECT_EQ(who_may(A::edit_charter), "its leads and coordinators");
  EXPECT_NE(who_may(A::endorse_charter).find("not observers"), std::string_view::npos);
  EXPECT_NE(who_may(A::view_workspace).find("members"), std::string_view::npos);
}

}  // namespace
}  // namespace cg
