#include "app/secrets.h"

#include <sodium.h>

#include <stdexcept>

namespace cg::app {

void initialise_secrets() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise (no entropy source?)");
}

std::vector<std::uint8_t> random_bytes(std::size_t bytes) {
  std::vector<std::uint8_t> out(bytes);
  randombytes_buf(out.data(), out.size());
  return out;
}

std::string random_token(std::size_t bytes) {
  if (bytes < 16) throw std::invalid_argument("tokens need at least 128 bits");
  const auto raw = random_bytes(bytes);
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::string fingerprint(std::string_view secret) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return out;
}

bool verify_password(const std::string& stored_hash, std::string_view password) {
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace cg::app
