// Lookups in the small constant tables that map enums to their API keys and labels (sectors,
// roles, statuses...). Each table is an array of structs whose first member is the enum value and
// which have `key` and `label` members.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cg {

template <typename Info, typename Enum>
const Info& info_for(std::span<const Info> table, Enum value, Enum Info::*member) {
  for (const auto& entry : table) {
    if (entry.*member == value) return entry;
  }
  return table.back();  // unreachable while every enumerator has a row
}

template <typename Info, typename Enum>
std::optional<Enum> enum_from_key(std::span<const Info> table, std::string_view key, Enum Info::*member) {
  for (const auto& entry : table) {
    if (entry.key == key) return entry.*member;
  }
  return std::nullopt;
}

}  // namespace cg
