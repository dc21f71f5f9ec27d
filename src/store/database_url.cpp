#include "store/database_url.h"

namespace cg::store {

Result<DatabaseUrl> parse_database_url(std::string_view url) {
  if (url.starts_with("sqlite://")) {
    std::string path(url.substr(9));
    if (path.empty()) {
      return Error::invalid_field("database", "The SQLite URL needs a file path, such as sqlite:///var/lib/commonground/cg.db.");
    }
    return DatabaseUrl{Engine::sqlite, std::move(path)};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return DatabaseUrl{Engine::postgresql, std::string(url)};
  }
  return Error::invalid_field(
      "database",
      "Unrecognised database URL. Use sqlite:///path/to/file.db or "
      "postgresql://user@host:5432/dbname.");
}

std::string redact_database_url(std::string_view url) {
  const auto scheme_end = url.find("://");
  const auto at = url.find('@');
  if (scheme_end == std::string_view::npos || at == std::string_view::npos || at < scheme_end) {
    return std::string(url);
  }
  const auto colon = url.find(':', scheme_end + 3);
  if (colon == std::string_view::npos || colon > at) return std::string(url);
  return std::string(url.substr(0, colon + 1)) + "***" + std::string(url.substr(at));
}

}  // namespace cg::store
