#include "domain/totp.h"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace cg::totp {
namespace {

// Percent-encodes everything but unreserved characters, for the URI's label and parameters.
std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '@') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0x0F];
    }
  }
  return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace

std::string hotp(std::span<const std::uint8_t> secret, std::uint64_t counter, int digits) {
  std::array<std::uint8_t, 8> message{};
  for (int i = 7; i >= 0; --i) {
    message[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(counter & 0xFF);
    counter >>= 8;
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  std::size_t mac_length = 0;
  if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA1", nullptr, secret.data(), secret.size(), message.data(),
                 message.size(), mac.data(), mac.size(), &mac_length) ||
      mac_length != 20) {
    throw std::runtime_error("HMAC-SHA1 is not available from OpenSSL");
  }
  // Dynamic truncation (RFC 4226 section 5.3).
  const std::size_t offset = mac[19] & 0x0F;
  const std::uint32_t binary = ((mac[offset] & 0x7Fu) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) |
                               mac[offset + 3];
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  std::string code = std::to_string(binary % modulus);
  return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

std::int64_t step_at(std::int64_t unix_seconds) { return unix_seconds / kPeriodSeconds; }

std::optional<std::int64_t> accept(std::span<const std::uint8_t> secret, std::string_view code,
                                   std::int64_t unix_seconds, std::optional<std::int64_t> last_used_step) {
  if (code.size() != static_cast<std::size_t>(kDigits)) return std::nullopt;
  const auto now = step_at(unix_seconds);
  for (auto step = now - kAllowedDriftSteps; step <= now + kAllowedDriftSteps; ++step) {
    if (step < 0 || (last_used_step && step <= *last_used_step)) continue;
    if (constant_time_equal(hotp(secret, static_cast<std::uint64_t>(step)), code)) return step;
  }
  return std::nullopt;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret) {
  const auto encoded_issuer = percent_encode(issuer);
  return "otpauth://totp/" + encoded_issuer + ":" + percent_encode(account) + "?secret=" + std::string(base32_secret) +
         "&issuer=" + encoded_issuer + "&algorithm=SHA1&digits=" + std::to_string(kDigits) +
         "&period=" + std::to_string(kPeriodSeconds);
}

}  // namespace cg::totp
