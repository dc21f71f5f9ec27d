// Lists of objects in request bodies ("records": [{...}, ...]): each member read with its own
// JsonFields, so a problem is named "records[2].membership_id".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "http/json_io.h"

namespace cg::http {

inline std::string indexed(std::string_view list, std::size_t i) {
  std::string out(list);
  out += '[';
  out += std::to_string(i);
  out += ']';
  return out;
}

inline std::string indexed_field(std::string_view list, std::size_t i, std::string_view field) {
  auto out = indexed(list, i);
  out += '.';
  out += field;
  return out;
}

// Each member of a list of objects, read with its own JsonFields so problems are named
// "list[i].field".
template <typename Item, typename ReadOne>
std::vector<Item> read_list(JsonFields& in, std::string_view name, std::size_t max, ReadOne read_one) {
  std::vector<Item> out;
  const auto* value = in.optional_value(name);
  if (!value) return out;
  if (!value->is_array() || value->as_array().size() > max) {
    in.add(name, "Must be a list of at most " + std::to_string(max) + " entries.");
    return out;
  }
  const auto& items = value->as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_object()) {
      in.add(indexed(name, i), "Must be an object.");
      continue;
    }
    JsonFields item(items[i].as_object());
    Item read = read_one(item);
    for (auto& e : item.finish()) in.add(indexed_field(name, i, e.field), e.message);
    out.push_back(std::move(read));
  }
  return out;
}

}  // namespace cg::http
