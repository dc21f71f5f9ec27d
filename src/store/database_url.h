// Parses the --database setting: sqlite:///absolute/file.db, sqlite://relative/file.db, or a
// postgresql:// (postgres://) URL handed to libpq unchanged.
#pragma once

#include <string>
#include <string_view>

#include "domain/result.h"
#include "store/connection.h"

namespace cg::store {

struct DatabaseUrl {
  Engine engine;
  std::string target;  // the SQLite file path, or the libpq connection URL
};

Result<DatabaseUrl> parse_database_url(std::string_view url);

// The URL with any password replaced by "***", safe for logs.
std::string redact_database_url(std::string_view url);

}  // namespace cg::store
