// Builds a WHERE clause from fixed condition fragments; every value becomes a parameter. Each
// fragment numbers its own values ?1, ?2, ...; they are renumbered to the statement's $n. Each
// combination of fragments is a distinct statement text, so each gets its own cached statement.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/row.h"

namespace cg::store {

class WhereClause {
 public:
  void add(std::string_view condition, std::vector<SqlParam> values);
  // "" when nothing was added, else "WHERE a AND b".
  std::string sql() const;
  // The parameters so far; append more (e.g. a LIMIT) and use "$" + size() for their place.
  std::vector<SqlParam>& params() { return params_; }

 private:
  std::vector<std::string> conditions_;
  std::vector<SqlParam> params_;
};

// "?1, ?2, ..., ?count": the markers for `count` values in one fragment, as in "x IN (...)".
std::string markers(std::size_t count);

// Escapes LIKE wildcards so a search for "100%" means the characters, not a pattern, and wraps
// the needle for a "contains" match (use with ESCAPE '\').
std::string like_contains(std::string_view needle);

}  // namespace cg::store
