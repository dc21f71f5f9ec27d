#include "store/json_list.h"

#include <boost/json.hpp>

#include "store/errors.h"

namespace cg::store {

std::string to_json_list(const std::vector<std::string>& items) {
  boost::json::array array;
  for (const auto& item : items) array.emplace_back(item);
  return boost::json::serialize(array);
}

std::vector<std::string> from_json_list(const std::string& stored) {
  boost::system::error_code ec;
  const auto value = boost::json::parse(stored, ec);
  if (ec || !value.is_array()) throw DatabaseError("a stored list is not a JSON array: " + stored);
  std::vector<std::string> items;
  for (const auto& item : value.as_array()) {
    if (!item.is_string()) throw DatabaseError("a stored list holds a non-string: " + stored);
    items.emplace_back(item.as_string());
  }
  return items;
}

}  // namespace cg::store
