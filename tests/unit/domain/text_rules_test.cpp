#include "domain/text_rules.h"

#include <gtest/gtest.h>

namespace cg::text {
namespace {

TEST(TextRules, LengthCountsCharactersNotBytes) {
  EXPECT_EQ(length("abc"), 3u);
  EXPECT_EQ(length("Peña"), 4u);
  EXPECT_EQ(length("🚓🚓"), 2u);
}

TEST(TextRules, TrimAndLower) {
  EXPECT_EQ(trim("  a b \n"), "a b");
  EXPECT_EQ(trim(" \t "), "");
  EXPECT_EQ(ascii_lower("Peña HOUSE"), "peña house");
}

TEST(TextRules, LengthLimits) {
  EXPECT_EQ(check_length("", 1, 5), "Required.");
  EXPECT_EQ(check_length("abcdef", 1, 5), "Must be at most 5 characters.");
  EXPECT_EQ(check_length("ññññ", 1, 4), std::nullopt);
}

TEST(TextRules, ControlCharacters) {
  EXPECT_TRUE(check_characters("a\nb", Lines::single).has_value());
  EXPECT_FALSE(check_characters("a\nb\tc", Lines::multi).has_value());
  EXPECT_TRUE(check_characters(std::string("a\0b", 3), Lines::multi).has_value());
}

struct ShapeCase {
  std::string value;
  bool valid;
};

class EmailShape : public ::testing::TestWithParam<ShapeCase> {};
TEST_P(EmailShape, Checks) { EXPECT_EQ(!check_email(GetParam().value).has_value(), GetParam().valid) << GetParam().value; }
INSTANTIATE_TEST_SUITE_P(Cases, EmailShape,
                         ::testing::Values(ShapeCase{"a@b.org", true}, ShapeCase{"first.last@city.gov", true},
                                           ShapeCase{"no-at-sign.org", false}, ShapeCase{"@b.org", false},
                                           ShapeCase{"a@b", false}, ShapeCase{"a@@b.org", false},
                                           ShapeCase{"a b@c.org", false}, ShapeCase{"a@b.org.", false}));

class WebLinkShape : public ::testing::TestWithParam<ShapeCase> {};
TEST_P(WebLinkShape, Checks) { EXPECT_EQ(!check_web_link(GetParam().value).has_value(), GetParam().valid) << GetParam().value; }
INSTANTIATE_TEST_SUITE_P(Cases, WebLinkShape,
                         ::testing::Values(ShapeCase{"https://example.org", true}, ShapeCase{"HTTP://x.org/a?b", true},
                                           ShapeCase{"javascript:alert(1)", false}, ShapeCase{"ftp://x.org", false},
                                           ShapeCase{"https://", false}, ShapeCase{"https://a b.org", false},
                                           ShapeCase{"example.org", false}));

class PhoneShape : public ::testing::TestWithParam<ShapeCase> {};
TEST_P(PhoneShape, Checks) { EXPECT_EQ(!check_phone(GetParam().value).has_value(), GetParam().valid) << GetParam().value; }
INSTANTIATE_TEST_SUITE_P(Cases, PhoneShape,
                         ::testing::Values(ShapeCase{"(555) 010-2030", true}, ShapeCase{"+1 555.010.2030 x12", true},
                                           ShapeCase{"311", true}, ShapeCase{"12", false},
                                           ShapeCase{"call me", false}, ShapeCase{"555-0100<script>", false}));

TEST(Opening, ShortTextIsKeptWhole) {
  EXPECT_EQ(opening("Walk the routes.", 16), "Walk the routes.");
  EXPECT_EQ(opening("", 5), "");
}

TEST(Opening, LongTextIsCutBetweenWordsWithAnEllipsis) {
  EXPECT_EQ(opening("Walk the routes children take", 14), "Walk the…") << "not \"Walk the route\"";
  EXPECT_EQ(opening("Walk the routes children take", 15), "Walk the routes…") << "a whole word that ends at the limit";
  EXPECT_EQ(opening("Walk the routes, then", 16), "Walk the routes,…");
  EXPECT_EQ(opening("Supercalifragilistic", 5), "Super…") << "one long word: cut where it must be";
  EXPECT_EQ(opening("Café ölçü daha", 9), "Café ölçü…") << "counted in characters, not bytes";
}

}  // namespace
}  // namespace cg::text
