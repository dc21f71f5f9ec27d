#pragma once

#include <memory>
#include <string>

#include "store/connection.h"

namespace cg::store {

// Connects with libpq to a postgresql:// URL (or key=value string). Sets the session time zone to
// UTC so timestamps read back in one format. Throws DatabaseUnavailable if it cannot connect.
std::unique_ptr<Connection> open_postgres(const std::string& conninfo);

}  // namespace cg::store
