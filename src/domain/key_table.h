// Lookups in the small constant tables that map enums to their API keys and labels (sectors,
// roles, statuses...). Each table is an array of structs whose first member is the enum value and
// which have `key` and `label` members.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

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

// The same for tables of {enum value, key} pairs, for enums with keys but no labels.
template <typename E, std::size_t N>
std::optional<E> from_key(const std::pair<E, std::string_view> (&table)[N], std::string_view key) {
  for (const auto& [value, k] : table) {
    if (k == key) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view key_of(const std::pair<E, std::string_view> (&table)[N], E value) {
  for (const auto& [v, k] : table) {
    if (v == value) return k;
  }
  return table[0].second;
}

}  // namespace cg
