// Random secrets and their one-way fingerprints (libsodium). Session ids, CSRF tokens, API
// tokens, recovery codes and email tokens are all random_token()s; the database keeps only
// fingerprint()s of the ones that grant access, so a leaked copy of it cannot be replayed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cg::app {

// Call once at start-up, before any thread uses the functions below. Throws if libsodium cannot
// initialise (no entropy source).
void initialise_secrets();

// `bytes` random bytes (at least 16), base64url without padding. 32 bytes = 256 bits.
std::string random_token(std::size_t bytes = 32);
std::vector<std::uint8_t> random_bytes(std::size_t bytes);

// SHA-256 as lower-case hex.
std::string fingerprint(std::string_view secret);

// Compares two strings in time that does not depend on where they differ.
bool equal_in_constant_time(std::string_view a, std::string_view b);

// argon2id with libsodium's "interactive" limits (~100 ms and 64 MiB each): run it only on the
// password thread pool, never on an I/O or database worker thread.
std::string hash_password(std::string_view password);
bool verify_password(const std::string& stored_hash, std::string_view password);

}  // namespace cg::app
