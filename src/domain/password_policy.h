// What makes a password acceptable (CJIS Security Policy 5.9.5 numbers): at least 8 and at most
// 256 characters, any characters at all (spaces and passphrases welcome, nothing truncated), and
// not one of the common passwords shipped in data/common_passwords.txt, nor the person's own
// email address. No composition rules and no forced periodic change: both make passwords worse.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cg::password {

inline constexpr std::size_t kMinLength = 8;
inline constexpr std::size_t kMaxLength = 256;

// A plain-words reason the password is refused, or nullopt when it is acceptable.
std::optional<std::string> check(std::string_view password, std::string_view email = {});

// True when the password, ignoring ASCII case, is on the shipped common-password list.
bool is_common(std::string_view password);

}  // namespace cg::password
