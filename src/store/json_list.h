// Short lists (focus problems, sector keys, perspectives, charter values) are stored as JSON
// arrays of strings in a text column on both engines: read whole, never queried inside.
#pragma once

#include <string>
#include <vector>

namespace cg::store {

std::string to_json_list(const std::vector<std::string>& items);
// Throws DatabaseError when the stored text is not a JSON array of strings.
std::vector<std::string> from_json_list(const std::string& stored);

}  // namespace cg::store
