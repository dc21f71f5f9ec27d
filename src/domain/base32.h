// RFC 4648 base32, the alphabet authenticator apps use for TOTP secrets.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cg::base32 {

// Upper-case, without '=' padding (as otpauth:// URIs expect).
std::string encode(std::span<const std::uint8_t> bytes);

// Accepts upper or lower case, spaces and '=' padding (people copy secrets by hand); nullopt for
// any other character.
std::optional<std::vector<std::uint8_t>> decode(std::string_view text);

}  // namespace cg::base32
