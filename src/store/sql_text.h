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

// A stored key after parsing (`value`); a key this code does not know means the database
// was changed behind its back.
template <typename T>
T known(std::optional<T> value, const std::string& stored) {
  if (!value) throw DatabaseError("a stored key is not one this version knows: " + stored);
  return *value;
}

}  // namespace cg::store
