#include "domain/partnership.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace cg {
namespace {

// `n` copies of a two-byte character: n code points, 2n bytes.
std::string enyes(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += "ñ";
  return out;
}

PartnershipFields minimal(std::string name = "Eastside Safety Table") {
  PartnershipFields f;
  f.name = std::move(name);
  return f;
}

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

using Fields = std::vector<std::string>;

// --- keys -------------------------------------------------------------------------------------

TEST(PartnershipStatus, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (const auto& s : all_partnership_statuses()) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_EQ(partnership_status_from_key(s.key), s.status);
    EXPECT_EQ(to_key(s.status), s.key);
    EXPECT_FALSE(s.label.empty()) << s.key;
  }
  EXPECT_EQ(keys.size(), 4u);
  EXPECT_EQ(to_key(PartnershipStatus::forming), "forming");
  EXPECT_EQ(to_key(PartnershipStatus::active), "active");
  EXPECT_EQ(to_key(PartnershipStatus::paused), "paused");
  EXPECT_EQ(to_key(PartnershipStatus::closed), "closed");
}

TEST(PartnershipStatus, UnknownKeysAreRejected) {
  for (auto key : {"", "Active", "ACTIVE", " active", "active ", "open", "archived"}) {
    EXPECT_EQ(partnership_status_from_key(key), std::nullopt) << '"' << key << '"';
  }
}

TEST(Visibility, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (const auto& v : all_visibilities()) {
    EXPECT_TRUE(keys.insert(v.key).second) << v.key;
    EXPECT_EQ(visibility_from_key(v.key), v.visibility);
    EXPECT_EQ(to_key(v.visibility), v.key);
    EXPECT_FALSE(v.label.empty()) << v.key;
  }
  EXPECT_EQ(keys.size(), 2u);
  EXPECT_EQ(to_key(Visibility::public_profile), "public");
  EXPECT_EQ(to_key(Visibility::members_only), "members");
}

TEST(Visibility, UnknownKeysAreRejected) {
  // The enumerator names are not the API keys.
  for (auto key : {"", "public_profile", "members_only", "Public", "private", "members "}) {
    EXPECT_EQ(visibility_from_key(key), std::nullopt) << '"' << key << '"';
  }
}

// --- normalized -------------------------------------------------------------------------------

TEST(PartnershipNormalized, TrimsTextAndDropsBlankOptionals) {
  PartnershipFields f;
  f.name = "  \tEastside Safety Table \n";
  f.short_name = "  EST  ";
  f.area_served = " \n\t ";
  f.description = "";
  const auto n = normalized(f);
  EXPECT_EQ(n.name, "Eastside Safety Table");
  EXPECT_EQ(n.short_name, "EST");
  EXPECT_EQ(n.area_served, std::nullopt);
  EXPECT_EQ(n.description, std::nullopt);
}

TEST(PartnershipNormalized, KeepsAbsentOptionalsAbsentAndOtherFieldsAsTheyAre) {
  PartnershipFields f = minimal();
  f.status = PartnershipStatus::paused;
  f.visibility = Visibility::public_profile;
  f.review_cadence_days = 30;
  const auto n = normalized(f);
  EXPECT_EQ(n, f);
}

TEST(PartnershipNormalized, DropsBlankAndRepeatedFocusProblemsKeepingOrder) {
  PartnershipFields f = minimal();
  f.focus_problems = {" burglary ", "", "  ", "open-air drug market", "burglary", "\tburglary\n", "graffiti"};
  EXPECT_EQ(normalized(f).focus_problems,
            (std::vector<std::string>{"burglary", "open-air drug market", "graffiti"}));
}

TEST(PartnershipNormalized, RemovesRepeatedSectorsKeepingFirstOccurrence) {
  PartnershipFields f = minimal();
  f.essential_sectors = {Sector::faith, Sector::law_enforcement, Sector::faith, Sector::business,
                         Sector::law_enforcement};
  EXPECT_EQ(normalized(f).essential_sectors,
            (std::vector<Sector>{Sector::faith, Sector::law_enforcement, Sector::business}));
}

TEST(PartnershipNormalized, IsIdempotent) {
  PartnershipFields f;
  f.name = " A ";
  f.short_name = " ";
  f.focus_problems = {"x", " x", ""};
  f.essential_sectors = {Sector::youth, Sector::youth};
  const auto once = normalized(f);
  EXPECT_EQ(normalized(once), once);
}

// --- validate ---------------------------------------------------------------------------------

TEST(PartnershipValidate, MinimalFieldsAreValid) {
  EXPECT_TRUE(validate(minimal()).empty());
  EXPECT_TRUE(validate(minimal("X")).empty());
}

TEST(PartnershipValidate, FullyFilledFieldsAreValid) {
  PartnershipFields f = minimal();
  f.short_name = "EST";
  f.area_served = "Wards 3 and 4\nnorth of the river";
  f.description = "We meet monthly.\r\n\tEveryone is welcome.";
  f.focus_problems = {"burglary", "graffiti"};
  f.essential_sectors = {Sector::faith};
  f.review_cadence_days = 365;
  EXPECT_TRUE(validate(f).empty());
}

TEST(PartnershipValidate, EmptyNameIsRequired) {
  const auto errors = validate(minimal(""));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"name", "Required."}));
}

TEST(PartnershipValidate, NameLengthCountsCodePoints) {
  EXPECT_TRUE(validate(minimal(std::string(200, 'a'))).empty());
  EXPECT_TRUE(validate(minimal(enyes(200))).empty()) << "400 bytes but 200 characters";
  for (const auto& name : {std::string(201, 'a'), enyes(201)}) {
    const auto errors = validate(minimal(name));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], (FieldError{"name", "Must be at most 200 characters."}));
  }
}

TEST(PartnershipValidate, NameRejectsControlCharacters) {
  for (const auto& name : {std::string("East\nside"), std::string("East\tside"), std::string("East\x7Fside"),
                           std::string("East\0side", 9)}) {
    const auto errors = validate(minimal(name));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], (FieldError{"name", "Must be a single line without control characters."}));
  }
}

TEST(PartnershipValidate, ShortNameAtMostFortyCharacters) {
  PartnershipFields f = minimal();
  f.short_name = std::string(40, 's');
  EXPECT_TRUE(validate(f).empty());
  f.short_name = enyes(40);
  EXPECT_TRUE(validate(f).empty());
  f.short_name = std::string(41, 's');
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"short_name", "Must be at most 40 characters."}));
}

TEST(PartnershipValidate, AreaAndDescriptionAllowLineBreaksButNotOtherControls) {
  PartnershipFields f = minimal();
  f.area_served = "line one\nline two";
  f.description = "para\r\n\tindented";
  EXPECT_TRUE(validate(f).empty());
  f.area_served = std::string("bell\a");
  f.description = std::string("escape\x1B[0m");
  EXPECT_EQ(fields_of(validate(f)), (Fields{"area_served", "description"}));
}

struct CadenceCase {
  int days;
  bool valid;
};

class PartnershipReviewCadence : public ::testing::TestWithParam<CadenceCase> {};
TEST_P(PartnershipReviewCadence, Bounds) {
  PartnershipFields f = minimal();
  f.review_cadence_days = GetParam().days;
  const auto errors = validate(f);
  if (GetParam().valid) {
    EXPECT_TRUE(errors.empty()) << GetParam().days;
  } else {
    ASSERT_EQ(errors.size(), 1u) << GetParam().days;
    EXPECT_EQ(errors[0], (FieldError{"review_cadence_days", "Must be between 7 and 730 days."}));
  }
}
INSTANTIATE_TEST_SUITE_P(Cases, PartnershipReviewCadence,
                         ::testing::Values(CadenceCase{-1, false}, CadenceCase{0, false}, CadenceCase{6, false},
                                           CadenceCase{7, true}, CadenceCase{90, true}, CadenceCase{730, true},
                                           CadenceCase{731, false}));

TEST(PartnershipValidate, AtMostTwentyFocusProblems) {
  PartnershipFields f = minimal();
  for (int i = 0; i < 20; ++i) f.focus_problems.push_back("problem " + std::to_string(i));
  EXPECT_TRUE(validate(f).empty());
  f.focus_problems.push_back("one too many");
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"focus_problems", "List at most 20 focus problems."}));
}

TEST(PartnershipValidate, EachFocusProblemIsChecked) {
  PartnershipFields f = minimal();
  f.focus_problems = {std::string(200, 'p'), std::string(201, 'p'), "two\nlines"};
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], (FieldError{"focus_problems", "Must be at most 200 characters."}));
  EXPECT_EQ(errors[1], (FieldError{"focus_problems", "Must be a single line without control characters."}));
}

TEST(PartnershipValidate, ReportsEveryProblemAtOnce) {
  PartnershipFields f = minimal("");
  f.short_name = std::string(41, 's');
  f.review_cadence_days = 1;
  for (int i = 0; i < 21; ++i) f.focus_problems.push_back("p" + std::to_string(i));
  EXPECT_EQ(fields_of(validate(f)), (Fields{"name", "short_name", "focus_problems", "review_cadence_days"}));
}

// --- apply ------------------------------------------------------------------------------------

PartnershipFields filled() {
  PartnershipFields f = minimal();
  f.short_name = "EST";
  f.area_served = "Wards 3 and 4";
  f.area_geojson = R"({"type":"Polygon","coordinates":[]})";
  f.focus_problems = {"burglary"};
  f.description = "Monthly.";
  f.status = PartnershipStatus::active;
  f.visibility = Visibility::public_profile;
  f.review_cadence_days = 60;
  f.essential_sectors = {Sector::faith};
  return f;
}

TEST(PartnershipApply, EmptyPatchChangesNothing) { EXPECT_EQ(apply(PartnershipPatch{}, filled()), filled()); }

TEST(PartnershipApply, SetsOnlyTheFieldsItNames) {
  PartnershipPatch patch;
  patch.name = "Westside Table";
  patch.short_name = std::optional<std::string>("WST");
  patch.status = PartnershipStatus::paused;
  patch.review_cadence_days = 14;
  const auto out = apply(patch, filled());
  auto expected = filled();
  expected.name = "Westside Table";
  expected.short_name = "WST";
  expected.status = PartnershipStatus::paused;
  expected.review_cadence_days = 14;
  EXPECT_EQ(out, expected);
}

TEST(PartnershipApply, InnerNulloptClearsOptionalFields) {
  PartnershipPatch patch;
  patch.short_name.emplace(std::nullopt);
  patch.area_served.emplace(std::nullopt);
  patch.area_geojson.emplace(std::nullopt);
  patch.description.emplace(std::nullopt);
  ASSERT_TRUE(patch.short_name.has_value());
  const auto out = apply(patch, filled());
  EXPECT_EQ(out.short_name, std::nullopt);
  EXPECT_EQ(out.area_served, std::nullopt);
  EXPECT_EQ(out.area_geojson, std::nullopt);
  EXPECT_EQ(out.description, std::nullopt);
  // Untouched.
  EXPECT_EQ(out.name, filled().name);
  EXPECT_EQ(out.focus_problems, filled().focus_problems);
  EXPECT_EQ(out.essential_sectors, filled().essential_sectors);
}

TEST(PartnershipApply, SetsOptionalFieldsThatWereAbsent) {
  PartnershipPatch patch;
  patch.area_served.emplace("Downtown");
  patch.description.emplace("New.");
  const auto out = apply(patch, minimal());
  EXPECT_EQ(out.area_served, "Downtown");
  EXPECT_EQ(out.description, "New.");
  EXPECT_EQ(out.short_name, std::nullopt);
}

TEST(PartnershipApply, ListsAreReplacedWholeAndMayBeEmptied) {
  PartnershipPatch patch;
  patch.focus_problems = std::vector<std::string>{};
  patch.essential_sectors = std::vector<Sector>{Sector::youth, Sector::business};
  patch.visibility = Visibility::members_only;
  const auto out = apply(patch, filled());
  EXPECT_TRUE(out.focus_problems.empty());
  EXPECT_EQ(out.essential_sectors, (std::vector<Sector>{Sector::youth, Sector::business}));
  EXPECT_EQ(out.visibility, Visibility::members_only);
}

}  // namespace
}  // namespace cg
