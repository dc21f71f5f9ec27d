// RFC 6238 appendix B vectors (SHA-1 secret "12345678901234567890"), plus the acceptance rules:
// one step of drift either way, six digits, each code used once.
#include "domain/totp.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/base32.h"

namespace cg::totp {
namespace {

std::vector<std::uint8_t> rfc_secret() {
  const std::string ascii = "12345678901234567890";
  return {ascii.begin(), ascii.end()};
}

TEST(Totp, MatchesTheRfc6238Vectors) {
  struct Case {
    std::int64_t unix_seconds;
    const char* eight_digits;
  };
  for (const auto& c : {Case{59, "94287082"}, Case{1111111109, "07081804"}, Case{1111111111, "14050471"},
                        Case{1234567890, "89005924"}, Case{2000000000, "69279037"}, Case{20000000000, "65353130"}}) {
    const auto step = static_cast<std::uint64_t>(step_at(c.unix_seconds));
    EXPECT_EQ(hotp(rfc_secret(), step, 8), c.eight_digits) << c.unix_seconds;
    EXPECT_EQ(hotp(rfc_secret(), step), std::string(c.eight_digits).substr(2)) << "6 digits keep the low digits";
  }
}

TEST(Totp, AcceptsOneStepOfDriftEitherWayAndNoMore) {
  const auto secret = rfc_secret();
  const std::int64_t now = 1111111111;
  const auto step = step_at(now);
  EXPECT_EQ(accept(secret, hotp(secret, static_cast<std::uint64_t>(step)), now, std::nullopt), step);
  EXPECT_EQ(accept(secret, hotp(secret, static_cast<std::uint64_t>(step - 1)), now, std::nullopt), step - 1);
  EXPECT_EQ(accept(secret, hotp(secret, static_cast<std::uint64_t>(step + 1)), now, std::nullopt), step + 1);
  EXPECT_EQ(accept(secret, hotp(secret, static_cast<std::uint64_t>(step - 2)), now, std::nullopt), std::nullopt);
  EXPECT_EQ(accept(secret, hotp(secret, static_cast<std::uint64_t>(step + 2)), now, std::nullopt), std::nullopt);
}

TEST(Totp, EachCodeIsAcceptedOnce) {
  const auto secret = rfc_secret();
  const std::int64_t now = 2000000000;
  const auto code = hotp(secret, static_cast<std::uint64_t>(step_at(now)));
  const auto used = accept(secret, code, now, std::nullopt);
  ASSERT_TRUE(used);
  EXPECT_EQ(accept(secret, code, now, used), std::nullopt) << "replay refused";
  EXPECT_EQ(accept(secret, hotp(secret, static_cast<std::uint64_t>(*used - 1)), now, used), std::nullopt)
      << "an older code is refused after a newer one was used";
}

TEST(Totp, RefusesMalformedCodes) {
  const auto secret = rfc_secret();
  for (const char* code : {"", "12345", "1234567", "abcdef", "28708 ", "２８７０８２"}) {
    EXPECT_EQ(accept(secret, code, 59, std::nullopt), std::nullopt) << code;
  }
}

TEST(Totp, OtpauthUriCarriesIssuerAccountAndParameters) {
  const auto uri = otpauth_uri("CommonGround", "ana maria@riverton.example", "JBSWY3DPEHPK3PXP");
  EXPECT_EQ(uri,
            "otpauth://totp/CommonGround:ana%20maria@riverton.example?secret=JBSWY3DPEHPK3PXP"
            "&issuer=CommonGround&algorithm=SHA1&digits=6&period=30");
}

TEST(Base32, RoundTripsAndMatchesRfc4648) {
  const std::string foobar = "foobar";
  const std::vector<std::uint8_t> bytes(foobar.begin(), foobar.end());
  EXPECT_EQ(base32::encode(bytes), "MZXW6YTBOI");
  EXPECT_EQ(base32::decode("MZXW6YTBOI"), bytes);
  EXPECT_EQ(base32::decode("mzxw 6ytb oi======"), bytes) << "case, spaces and padding are forgiven";
  EXPECT_EQ(base32::decode("MZXW1"), std::nullopt) << "1 is not in the alphabet";
  const auto secret = rfc_secret();
  EXPECT_EQ(base32::decode(base32::encode(secret)), secret);
}

}  // namespace
}  // namespace cg::totp
