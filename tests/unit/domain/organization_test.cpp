#include "domain/organization.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

OrganizationFields valid() {
  return {"Eastside Neighborhood Association", Sector::residents_neighborhood, OrganizationKind::association,
          "https://eastside.example", "(555) 010-0190", "info@eastside.example", "Meets monthly."};
}

// Renders the field names with problems as one string, so expectations read like a sentence.
std::string problems(const OrganizationFields& fields) {
  std::string out;
  for (const auto& e : validate(normalized(fields))) out += (out.empty() ? "" : ",") + e.field;
  return out;
}

TEST(Organization, ValidFieldsHaveNoProblems) { EXPECT_EQ(problems(valid()), ""); }

TEST(Organization, NormalizingTrimsAndDropsBlankOptionals) {
  auto f = valid();
  f.name = "  Eastside  ";
  f.website = "   ";
  f.notes = "\n";
  const auto n = normalized(f);
  EXPECT_EQ(n.name, "Eastside");
  EXPECT_EQ(n.website, std::nullopt);
  EXPECT_EQ(n.notes, std::nullopt);
}

struct InvalidCase {
  const char* description;
  void (*mutate)(OrganizationFields&);
  const char* fields_with_problems;
};

class OrganizationInvalid : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(OrganizationInvalid, NamesTheField) {
  auto f = valid();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems) << GetParam().description;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, OrganizationInvalid,
    ::testing::Values(
        InvalidCase{"blank name", [](OrganizationFields& f) { f.name = "   "; }, "name"},
        InvalidCase{"name too long", [](OrganizationFields& f) { f.name = std::string(201, 'a'); }, "name"},
        InvalidCase{"name of 200 characters is fine", [](OrganizationFields& f) { f.name = std::string(200, 'a'); }, ""},
        InvalidCase{"name with a line break", [](OrganizationFields& f) { f.name = "a\nb"; }, "name"},
        InvalidCase{"website not http", [](OrganizationFields& f) { f.website = "javascript:alert(1)"; }, "website"},
        InvalidCase{"bad email", [](OrganizationFields& f) { f.email = "nobody"; }, "email"},
        InvalidCase{"bad phone", [](OrganizationFields& f) { f.phone = "ask at desk"; }, "phone"},
        InvalidCase{"notes too long", [](OrganizationFields& f) { f.notes = std::string(10001, 'x'); }, "notes"},
        InvalidCase{"several at once", [](OrganizationFields& f) { f.name = ""; f.email = "x"; f.phone = "y"; },
                    "name,phone,email"}));

TEST(Organization, PatchChangesOnlyWhatItNames) {
  OrganizationPatch patch;
  patch.name = "Eastside NA";
  patch.website = std::optional<std::string>();  // clear
  const auto result = apply(patch, valid());
  EXPECT_EQ(result.name, "Eastside NA");
  EXPECT_EQ(result.website, std::nullopt);
  EXPECT_EQ(result.email, valid().email);
  EXPECT_EQ(result.sector, Sector::residents_neighborhood);
}

TEST(Organization, NameKeyIgnoresAsciiCaseAndSurroundingSpace) {
  EXPECT_EQ(name_key("  Greater Hope Baptist Church "), "greater hope baptist church");
  EXPECT_EQ(name_key("MASJID Al-Noor"), name_key("masjid al-noor"));
}

TEST(Organization, KindKeysRoundTrip) {
  for (const auto& k : all_organization_kinds()) {
    EXPECT_EQ(organization_kind_from_key(k.key), k.kind);
    EXPECT_EQ(to_key(k.kind), k.key);
  }
  EXPECT_FALSE(organization_kind_from_key("church").has_value());
}

}  // namespace
}  // namespace cg
