#include "domain/password_policy.h"

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "domain/text_rules.h"

namespace cg::password {

namespace embedded {
// Generated at build time from src/domain/data/common_passwords.txt (one file).
const std::vector<std::pair<std::string_view, std::string_view>>& common_password_files();
}  // namespace embedded

namespace {

const std::unordered_set<std::string>& common_passwords() {
  static const auto set = [] {
    std::unordered_set<std::string> out;
    const std::string_view text = embedded::common_password_files().at(0).second;
    std::size_t start = 0;
    while (start < text.size()) {
      auto end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const auto line = text.substr(start, end - start);
      if (!line.empty() && line.front() != '#') out.insert(text::ascii_lower(line));
      start = end + 1;
    }
    return out;
  }();
  return set;
}

}  // namespace

bool is_common(std::string_view password) { return common_passwords().contains(text::ascii_lower(password)); }

std::optional<std::string> check(std::string_view password, std::string_view email) {
  if (text::check_characters(password, text::Lines::single)) {
    // Control characters cannot be typed reliably on every device, so they would lock people out.
    return "Use letters, numbers, spaces and punctuation only.";
  }
  const auto length = text::length(password);
  if (length < kMinLength) {
    return "Use at least " + std::to_string(kMinLength) + " characters. A few words in a row make a strong, memorable password.";
  }
  if (length > kMaxLength) return "Use at most " + std::to_string(kMaxLength) + " characters.";
  if (is_common(password)) {
    return "This password is on a list of commonly used passwords that attackers try first. Choose another.";
  }
  if (!email.empty()) {
    const auto lowered = text::ascii_lower(password);
    const auto address = text::ascii_lower(email);
    const auto local_part = address.substr(0, address.find('@'));
    if (lowered == address || lowered == local_part) return "Do not use your email address as your password.";
  }
  return std::nullopt;
}

}  // namespace cg::password
