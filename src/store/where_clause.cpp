#include "store/where_clause.h"

namespace cg::store {

void WhereClause::add(std::string_view condition_with_markers, std::vector<SqlParam> values) {
  std::string condition(condition_with_markers);
  const auto first = params_.size() + 1;
  // Highest marker first, so ?1 never eats the start of ?10.
  for (auto i = values.size(); i-- > 0;) {
    const std::string marker = "?" + std::to_string(i + 1);
    std::string placeholder = "$";  // appended, not "$" + ...: GCC 12 -O2 warns falsely (-Wrestrict)
    placeholder += std::to_string(first + i);
    for (auto pos = condition.find(marker); pos != std::string::npos; pos = condition.find(marker, pos)) {
      condition.replace(pos, marker.size(), placeholder);
    }
  }
  for (auto& value : values) params_.push_back(std::move(value));
  conditions_.push_back(std::move(condition));
}

std::string WhereClause::sql() const {
  std::string out;
  for (const auto& c : conditions_) {
    out += out.empty() ? "WHERE " : " AND ";
    out += c;
  }
  return out;
}

std::string markers(std::size_t count) {
  std::string out;
  for (std::size_t i = 1; i <= count; ++i) {
    if (i > 1) out += ", ";
    out += '?';
    out += std::to_string(i);
  }
  return out;
}

std::string like_contains(std::string_view needle) {
  std::string out = "%";
  for (char c : needle) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace cg::store
