#pragma once

#include <memory>
#include <string>

#include "store/connection.h"

namespace cg::store {

// Opens (creating if needed) the SQLite file at `path` with WAL journaling, foreign keys on and
// a busy timeout, so concurrent writers wait instead of failing at once.
std::unique_ptr<Connection> open_sqlite(const std::string& path);

}  // namespace cg::store
