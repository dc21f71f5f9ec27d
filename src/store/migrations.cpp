#include "store/migrations.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace cg::store::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& migration_files();
}

namespace cg::store {

std::vector<Migration> migrations_for(Engine engine) {
  const std::string_view folder = engine == Engine::sqlite ? "sqlite/" : "postgresql/";
  std::vector<Migration> out;
  for (const auto& [path, sql] : embedded::migration_files()) {
    if (!path.starts_with(folder)) continue;
    const std::string_view file = path.substr(folder.size());  // "0001_organizations.sql"
    if (file.size() < 10 || file[4] != '_' || !file.ends_with(".sql")) {
      throw std::logic_error("migration file name must be NNNN_name.sql: " + std::string(path));
    }
    out.push_back({std::stoi(std::string(file.substr(0, 4))),
                   std::string(file.substr(5, file.size() - 9)), sql});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].version != static_cast<int>(i) + 1) {
      throw std::logic_error("migrations must be numbered 1, 2, 3... without gaps");
    }
  }
  return out;
}

}  // namespace cg::store
