#include "domain/password_policy.h"

#include <gtest/gtest.h>

namespace cg::password {
namespace {

TEST(PasswordPolicy, AcceptsLongPassphrasesWithAnyCharacters) {
  EXPECT_EQ(check("river bend night market"), std::nullopt);
  EXPECT_EQ(check("Grüße aus Riverton ✓"), std::nullopt);
  EXPECT_EQ(check(std::string(256, 'x') + ""), std::nullopt) << "exactly the maximum";
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  EXPECT_NE(check("ééé"), std::nullopt) << "3 characters (6 bytes) is too short";
  EXPECT_EQ(check("éééééééé"), std::nullopt) << "8 characters";
  EXPECT_NE(check(std::string(257, 'x')), std::nullopt);
  auto message = check("short");
  ASSERT_TRUE(message);
  EXPECT_NE(message->find("at least 8"), std::string::npos) << *message;
}

TEST(PasswordPolicy, RefusesCommonPasswordsIgnoringCaseAndSaysWhy) {
  EXPECT_TRUE(is_common("password1"));
  EXPECT_TRUE(is_common("PASSWORD1"));
  EXPECT_TRUE(is_common("12345678"));
  EXPECT_FALSE(is_common("river bend night market"));
  const auto message = check("Password1");
  ASSERT_TRUE(message);
  EXPECT_NE(message->find("commonly used"), std::string::npos) << *message;
}

TEST(PasswordPolicy, RefusesTheOwnEmailAddress) {
  EXPECT_NE(check("ana.lopez@riverton.example", "ana.lopez@riverton.example"), std::nullopt);
  EXPECT_NE(check("Ana.Lopez", "ana.lopez@riverton.example"), std::nullopt);
  EXPECT_EQ(check("ana.lopez is here", "ana.lopez@riverton.example"), std::nullopt);
}

TEST(PasswordPolicy, RefusesControlCharacters) {
  EXPECT_NE(check(std::string("abc\x01" "defghij")), std::nullopt);
  EXPECT_NE(check("line one\nline two"), std::nullopt);
}

}  // namespace
}  // namespace cg::password
