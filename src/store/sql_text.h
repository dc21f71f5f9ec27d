// Small pieces the repositories share for building statements and reading keys back.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "store/errors.h"

namespace cg::store {

// Joins pieces of SQL, e.g. a SELECT and a shared column list.
inline std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

// "$first, $first+1, ..." for an IN list of `count` values (count > 0).
inline std::string placeholders(std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ", ";
    out += '$';  // appended, not "$" + ...: GCC 12 -O2 warns falsely (-Wstringop-overflow)
    out += std::to_string(first + i);
  }
  return out;
}

// A stored key after parsing (`value`); a key this code does not know means the database
// was changed behind its back.
template <typename T>
T known(std::optional<T> value, const std::string& stored) {
  if (!value) throw DatabaseError("a stored key is not one this version knows: " + stored);
  return *value;
}

}  // namespace cg::store
