// The numbered schema migrations, one set per engine, embedded into the binary at build time
// from src/store/migrations/<engine>/NNNN_name.sql.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct Migration {
  int version;
  std::string name;
  std::string_view sql;
};

// Ordered by version; throws std::logic_error if the embedded files are misnumbered.
std::vector<Migration> migrations_for(Engine engine);

}  // namespace cg::store
