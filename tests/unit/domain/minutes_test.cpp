#include "domain/minutes.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

using S = MinutesStatus;

TEST(Minutes, DraftThenCirculatedThenApproved) {
  EXPECT_EQ(minutes_move_refusal(S::draft, S::circulated), std::nullopt);
  EXPECT_EQ(minutes_move_refusal(S::circulated, S::approved), std::nullopt);
  EXPECT_EQ(minutes_move_refusal(S::circulated, S::draft), std::nullopt) << "sent back for changes";
  EXPECT_NE(minutes_move_refusal(S::draft, S::approved), std::nullopt) << "members see them first";
  EXPECT_EQ(*minutes_move_refusal(S::approved, S::approved), "These minutes are approved; they no longer change.");
  EXPECT_NE(minutes_move_refusal(S::approved, S::draft), std::nullopt);
  EXPECT_EQ(*minutes_move_refusal(S::circulated, S::circulated), "The minutes are already circulated.");
}

TEST(Minutes, OnlyApprovedMinutesAreFinal) {
  EXPECT_EQ(minutes_edit_refusal(S::draft), std::nullopt);
  EXPECT_EQ(minutes_edit_refusal(S::circulated), std::nullopt);
  EXPECT_NE(minutes_edit_refusal(S::approved), std::nullopt);
}

TEST(Minutes, OversizedTextOrControlCharactersAreRefused) {
  EXPECT_EQ(minutes_problem("# Minutes\n\nPresent: everyone.\n"), std::nullopt);
  EXPECT_NE(minutes_problem(std::string(kMinutesMaxCharacters + 1, 'a')), std::nullopt);
  EXPECT_EQ(minutes_problem(std::string(kMinutesMaxCharacters, 'a')), std::nullopt);
  std::string accents;
  for (std::size_t i = 0; i < kMinutesMaxCharacters; ++i) accents += "\xC3\xA9";  // é: two bytes each
  EXPECT_EQ(minutes_problem(accents), std::nullopt) << "characters are counted, not bytes";
  EXPECT_NE(minutes_problem("a bell \x07 in the text"), std::nullopt);
}

TEST(Minutes, StatusKeys) {
  EXPECT_EQ(to_key(S::circulated), "circulated");
  EXPECT_EQ(minutes_status_from_key("approved"), S::approved);
  EXPECT_EQ(minutes_status_from_key("final"), std::nullopt);
}

}  // namespace
}  // namespace cg
