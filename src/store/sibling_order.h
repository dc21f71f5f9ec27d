// Ordered lists kept as 1..n `position` columns (plan goals, objectives and activities; agenda
// items): moving one item renumbers its siblings without gaps.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "store/connection.h"

namespace cg::store {

// Puts `id` at `position` (clamped to 1..n+1) among the rows of `table` matching `siblings_sql`
// (with `params`), renumbering the rest; only rows whose position changes are written. Id 0: no
// item moves in, the siblings are only renumbered.
void renumber(Connection& connection, std::string_view table, std::string_view siblings_sql,
              const std::vector<SqlParam>& params, std::int64_t id, int position);

}  // namespace cg::store
