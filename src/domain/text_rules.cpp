#include "domain/text_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace cg::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::size_t length(std::string_view utf8) {
  // Continuation bytes look like 10xxxxxx; every other byte starts a code point.
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string opening(std::string_view text, std::size_t max_chars) {
  if (length(text) <= max_chars) return std::string(text);
  // The byte where code point number max_chars starts: everything before it fits.
  std::size_t end = 0;
  for (std::size_t points = 0; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && points++ == max_chars) break;
  }
  auto kept = text.substr(0, end);
  // Cut between words when the next character does not already start one.
  if (!is_space(text[end])) {
    const auto space = kept.find_last_of(" \t\n\r");
    if (space != std::string_view::npos) kept = kept.substr(0, space);
  }
  return trim(kept) + "…";
}

std::string trim(std::string_view value) {
  while (!value.empty() && is_space(value.front())) value.remove_prefix(1);
  while (!value.empty() && is_space(value.back())) value.remove_suffix(1);
  return std::string(value);
}

std::optional<std::string> trimmed_or_absent(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  auto trimmed = trim(*value);
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

std::string ascii_lower(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<std::int64_t> positive_whole_number(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::optional<std::string> check_length(std::string_view value, std::size_t min, std::size_t max) {
  const std::size_t n = length(value);
  if (n < min) {
    return min == 1 ? std::string("Required.")
                    : "Must be at least " + std::to_string(min) + " characters.";
  }
  if (n > max) return "Must be at most " + std::to_string(max) + " characters.";
  return std::nullopt;
}

std::optional<std::string> check_characters(std::string_view value, Lines lines) {
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    const bool allowed_break = lines == Lines::multi && (c == '\n' || c == '\r' || c == '\t');
    if ((u < 0x20 || u == 0x7F) && !allowed_break) {
      return lines == Lines::single ? std::string("Must be a single line without control characters.")
                                    : std::string("Must not contain control characters.");
    }
  }
  return std::nullopt;
}

std::optional<std::string> check_text(std::string_view value, std::size_t min, std::size_t max, Lines lines) {
  if (auto problem = check_characters(value, lines)) return problem;
  return check_length(value, min, max);
}

std::optional<std::string> check_email(std::string_view value) {
  // Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
  // Real verification is an email that arrives (invitations do that).
  const auto at = value.find('@');
  const bool shaped = at != std::string_view::npos && at > 0 && value.find('@', at + 1) == std::string_view::npos &&
                      value.find('.', at + 2) != std::string_view::npos && value.back() != '.' &&
                      std::none_of(value.begin(), value.end(), [](char c) { return is_space(c); });
  if (!shaped) return "Enter an email address like name@example.org.";
  if (value.size() > 254) return "Must be at most 254 characters.";
  return std::nullopt;
}

std::optional<std::string> check_web_link(std::string_view value) {
  const auto lower = ascii_lower(value.substr(0, 8));
  const std::size_t scheme = lower.starts_with("https://") ? 8 : lower.starts_with("http://") ? 7 : 0;
  if (scheme == 0) return "Must be a web link starting with http:// or https://.";
  const auto host_end = value.find_first_of("/?#", scheme);
  const auto host = value.substr(scheme, host_end == std::string_view::npos ? value.npos : host_end - scheme);
  if (host.empty() || std::any_of(value.begin(), value.end(), [](char c) {
        return is_space(c) || static_cast<unsigned char>(c) < 0x20;
      })) {
    return "Must be a complete web link, such as https://example.org.";
  }
  if (value.size() > 2048) return "Must be at most 2048 characters.";
  return std::nullopt;
}

std::optional<std::string> check_phone(std::string_view value) {
  int digits = 0;
  for (char c : value) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (std::string_view(" +-().x").find(c) == std::string_view::npos) {
      return "Use digits and + - ( ) . x only, such as (555) 010-2030.";
    }
  }
  if (digits < 3 || digits > 20) return "Must have between 3 and 20 digits.";
  return std::nullopt;
}

}  // namespace cg::text
