#include "domain/membership.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace cg {
namespace {

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

using Fields = std::vector<std::string>;

OrganizationRef org(std::string name = "St. Mark's Church", Sector sector = Sector::faith) {
  OrganizationRef o;
  o.id = 7;
  o.name = std::move(name);
  o.sector = sector;
  return o;
}

// --- status keys ------------------------------------------------------------------------------

TEST(MembershipStatus, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (const auto& s : all_membership_statuses()) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_EQ(membership_status_from_key(s.key), s.status);
    EXPECT_EQ(to_key(s.status), s.key);
    EXPECT_FALSE(s.label.empty()) << s.key;
  }
  EXPECT_EQ(keys.size(), 4u);
  EXPECT_EQ(to_key(MembershipStatus::invited), "invited");
  EXPECT_EQ(to_key(MembershipStatus::active), "active");
  EXPECT_EQ(to_key(MembershipStatus::declined), "declined");
  EXPECT_EQ(to_key(MembershipStatus::ceased), "ceased");
}

TEST(MembershipStatus, UnknownKeysAreRejected) {
  for (auto key : {"", "Active", "pending", "removed", "ceased "}) {
    EXPECT_EQ(membership_status_from_key(key), std::nullopt) << '"' << key << '"';
  }
}

TEST(MembershipStatus, OnlyInvitedAndActiveAreOpen) {
  EXPECT_TRUE(is_open(MembershipStatus::invited));
  EXPECT_TRUE(is_open(MembershipStatus::active));
  EXPECT_FALSE(is_open(MembershipStatus::declined));
  EXPECT_FALSE(is_open(MembershipStatus::ceased));
}

// --- display_name -----------------------------------------------------------------------------

TEST(MembershipDisplayName, PrefersNameThenEmailThenOrganisationThenNumber) {
  Membership m;
  m.id = 42;
  m.fields.person_name = "Ana Peña";
  m.fields.person_email = "ana@example.org";
  m.organization = org();
  EXPECT_EQ(display_name(m), "Ana Peña");

  m.fields.person_name.reset();
  EXPECT_EQ(display_name(m), "ana@example.org");

  m.fields.person_email.reset();
  EXPECT_EQ(display_name(m), "St. Mark's Church");

  m.organization.reset();
  EXPECT_EQ(display_name(m), "Member 42");
}

TEST(MembershipDisplayName, NameWinsOverOrganisationWithoutEmail) {
  Membership m;
  m.fields.person_name = "Ana";
  m.organization = org();
  EXPECT_EQ(display_name(m), "Ana");
}

// --- effective_sector -------------------------------------------------------------------------

TEST(MembershipEffectiveSector, OverrideWinsOverOrganisation) {
  MembershipFields f;
  f.sector_override = Sector::residents_neighborhood;
  EXPECT_EQ(effective_sector(f, org("Church", Sector::faith)), Sector::residents_neighborhood);
  EXPECT_EQ(effective_sector(f, std::nullopt), Sector::residents_neighborhood);
}

TEST(MembershipEffectiveSector, FallsBackToOrganisationSector) {
  MembershipFields f;
  EXPECT_EQ(effective_sector(f, org("City Council", Sector::government)), Sector::government);
}

TEST(MembershipEffectiveSector, AbsentWithoutOverrideOrOrganisation) {
  EXPECT_EQ(effective_sector(MembershipFields{}, std::nullopt), std::nullopt);
}

// --- normalized -------------------------------------------------------------------------------

TEST(MembershipNormalized, TrimsNameAndEmail) {
  MembershipFields f;
  f.person_name = "  Ana Peña\t";
  f.person_email = "\n ana@example.org ";
  const auto n = normalized(f);
  EXPECT_EQ(n.person_name, "Ana Peña");
  EXPECT_EQ(n.person_email, "ana@example.org");
}

TEST(MembershipNormalized, BlankNameAndEmailBecomeAbsent) {
  MembershipFields f;
  f.person_name = "   ";
  f.person_email = "";
  const auto n = normalized(f);
  EXPECT_EQ(n.person_name, std::nullopt);
  EXPECT_EQ(n.person_email, std::nullopt);
}

TEST(MembershipNormalized, RemovesRepeatedPerspectivesKeepingOrder) {
  MembershipFields f;
  f.perspectives = {Perspective::youth_voice, Perspective::critic_watchdog, Perspective::youth_voice,
                    Perspective::critic_watchdog, Perspective::faith_leader};
  EXPECT_EQ(normalized(f).perspectives, (std::vector<Perspective>{Perspective::youth_voice,
                                                                   Perspective::critic_watchdog,
                                                                   Perspective::faith_leader}));
}

TEST(MembershipNormalized, LeavesOtherFieldsAlone) {
  MembershipFields f;
  f.organization_id = 9;
  f.sector_override = Sector::business;
  f.role = PartnershipRole::coordinator;
  f.decision_authority = true;
  f.listed_publicly = true;
  const auto n = normalized(f);
  EXPECT_EQ(n.organization_id, 9);
  EXPECT_EQ(n.sector_override, Sector::business);
  EXPECT_EQ(n.role, PartnershipRole::coordinator);
  EXPECT_TRUE(n.decision_authority);
  EXPECT_TRUE(n.listed_publicly);
}

// --- validate ---------------------------------------------------------------------------------

TEST(MembershipValidate, NeedsAPersonOrAnOrganisation) {
  const auto errors = validate(MembershipFields{});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "person_name");
  EXPECT_NE(errors[0].message.find("organisation"), std::string::npos) << errors[0].message;
}

TEST(MembershipValidate, AnyOneOfNameEmailOrOrganisationIsEnough) {
  MembershipFields by_name;
  by_name.person_name = "Ana";
  EXPECT_TRUE(validate(by_name).empty());

  MembershipFields by_email;
  by_email.person_email = "ana@example.org";
  EXPECT_TRUE(validate(by_email).empty());

  MembershipFields by_org;
  by_org.organization_id = 3;
  EXPECT_TRUE(validate(by_org).empty());
}

TEST(MembershipValidate, BadEmailIsReportedUnderEmail) {
  for (auto email : {"ana", "ana@example", "@example.org", "ana @example.org", "a@b@c.org"}) {
    MembershipFields f;
    f.person_name = "Ana";
    f.person_email = email;
    const auto errors = validate(f);
    ASSERT_EQ(errors.size(), 1u) << email;
    EXPECT_EQ(errors[0], (FieldError{"email", "Enter an email address like name@example.org."})) << email;
  }
}

TEST(MembershipValidate, BadEmailAloneStillNamesSomeone) {
  // An email that is present but malformed is its own problem, not "name someone".
  MembershipFields f;
  f.person_email = "not-an-email";
  EXPECT_EQ(fields_of(validate(f)), (Fields{"email"}));
}

TEST(MembershipValidate, NameAtMost120Characters) {
  MembershipFields f;
  f.person_name = std::string(120, 'n');
  EXPECT_TRUE(validate(f).empty());
  std::string wide;
  for (int i = 0; i < 120; ++i) wide += "ñ";
  f.person_name = wide;
  EXPECT_TRUE(validate(f).empty()) << "240 bytes but 120 characters";
  f.person_name = std::string(121, 'n');
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"person_name", "Must be at most 120 characters."}));
}

TEST(MembershipValidate, NameRejectsControlCharacters) {
  MembershipFields f;
  f.person_name = "Ana\nPeña";
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"person_name", "Must be a single line without control characters."}));
}

TEST(MembershipValidate, ReportsEveryProblemAtOnce) {
  MembershipFields f;
  f.person_name = std::string(121, 'n');
  f.person_email = "nope";
  EXPECT_EQ(fields_of(validate(f)), (Fields{"person_name", "email"}));
}

}  // namespace
}  // namespace cg
