// Opaque cursors for keyset pagination: the caller gets `next` with a page and passes it back as
// `after`. They encode the sort key of the last row, so pages stay stable while rows are added.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cg::app {

struct CursorPosition {
  std::string key;
  std::int64_t id = 0;
  bool operator==(const CursorPosition&) const = default;
};

std::string encode_cursor(const CursorPosition& position);
// Returns nullopt for anything encode_cursor did not produce.
std::optional<CursorPosition> decode_cursor(std::string_view cursor);

}  // namespace cg::app
