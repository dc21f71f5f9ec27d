// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1): the second factor every
// authenticator app speaks. 6 digits, 30-second steps, one step of clock drift either way, and
// each code accepted once (the caller stores the last step used).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cg::totp {

inline constexpr int kDigits = 6;
inline constexpr std::int64_t kPeriodSeconds = 30;
inline constexpr std::int64_t kAllowedDriftSteps = 1;
inline constexpr std::size_t kSecretBytes = 20;  // 160 bits, as RFC 4226 recommends

// The RFC 4226 value for a counter, as a zero-padded decimal string of `digits` digits.
std::string hotp(std::span<const std::uint8_t> secret, std::uint64_t counter, int digits = kDigits);

std::int64_t step_at(std::int64_t unix_seconds);

// If `code` matches a step within the allowed drift of `unix_seconds` and that step is later than
// `last_used_step`, returns the step (store it as the new last_used_step); otherwise nullopt.
std::optional<std::int64_t> accept(std::span<const std::uint8_t> secret, std::string_view code,
                                   std::int64_t unix_seconds, std::optional<std::int64_t> last_used_step);

// otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER&algorithm=SHA1&digits=6&period=30,
// the text an authenticator app reads from the enrolment QR code.
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret);

}  // namespace cg::totp
