#include "app/page_cursor.h"

#include <charconv>

namespace cg::app {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(std::string_view in) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : in) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(buffer >> bits) & 0x3F];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
  return out;
}

std::optional<std::string> unbase64url(std::string_view in) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : in) {
    const auto value = kAlphabet.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

}  // namespace

// Layout before encoding: "<id>:<key>"; the id comes first because keys may contain ':'.
std::string encode_cursor(const CursorPosition& position) {
  return base64url(std::to_string(position.id) + ":" + position.key);
}

std::optional<CursorPosition> decode_cursor(std::string_view cursor) {
  if (cursor.empty() || cursor.size() > 2048) return std::nullopt;
  const auto raw = unbase64url(cursor);
  if (!raw) return std::nullopt;
  const auto colon = raw->find(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  CursorPosition position;
  auto [end, ec] = std::from_chars(raw->data(), raw->data() + colon, position.id);
  if (ec != std::errc() || end != raw->data() + colon || position.id <= 0) return std::nullopt;
  position.key = raw->substr(colon + 1);
  return position;
}

}  // namespace cg::app
