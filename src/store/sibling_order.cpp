#include "store/sibling_order.h"

#include <algorithm>
#include <string>

namespace cg::store {

void renumber(Connection& c, std::string_view table, std::string_view siblings_sql, const std::vector<SqlParam>& params,
              std::int64_t id, int position) {
  std::string select = "SELECT id, position FROM ";
  select += table;
  select += " WHERE ";
  select += siblings_sql;
  select += " ORDER BY position, id";
  std::vector<std::int64_t> order;
  std::vector<int> stored;
  for (const auto& row : c.query(select, params)) {
    if (row.integer(0) == id) continue;
    order.push_back(row.integer(0));
    stored.push_back(static_cast<int>(row.integer(1)));
  }
  if (id != 0) {
    const auto at = static_cast<std::size_t>(std::clamp(position, 1, static_cast<int>(order.size()) + 1) - 1);
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), id);
  }
  std::string update = "UPDATE ";
  update += table;
  update += " SET position = $2 WHERE id = $1";
  for (std::size_t i = 0, old = 0; i < order.size(); ++i) {
    const int wanted = static_cast<int>(i) + 1;
    const int had = order[i] == id ? 0 : stored[old++];  // the moving item is always rewritten
    if (had != wanted) c.query(update, {order[i], static_cast<std::int64_t>(wanted)});
  }
}

}  // namespace cg::store
