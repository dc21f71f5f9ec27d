#include <cstdio>

#include "cli/commands.h"
#include "store/database_url.h"
#include "store/errors.h"

namespace cg::cli {

int usage_error(const Error& error) {
  for (const auto& f : error.fields) std::fprintf(stderr, "commonground: %s %s\n", f.field.c_str(), f.message.c_str());
  if (error.fields.empty()) std::fprintf(stderr, "commonground: %s\n", error.detail.c_str());
  return 2;
}

OpenedStore open_and_migrate(const std::string& url, std::size_t pool_size) {
  store::StoreOptions options;
  options.url = url;
  options.pool_size = pool_size;
  auto opened = store::Store::open(options);
  // Store::open only fails on a URL we cannot understand: the operator typed it, so it is usage.
  if (!opened) return {nullptr, usage_error(opened.error())};
  auto store = std::move(*opened);
  try {
    for (const auto& m : store->migrate()) {
      std::fprintf(stderr, "{\"level\":\"info\",\"message\":\"applied migration\",\"version\":%d,\"name\":\"%s\"}\n",
                   m.version, m.name.c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: cannot prepare the database %s: %s\n",
                 store::redact_database_url(url).c_str(), e.what());
    return {nullptr, 1};
  }
  return {std::move(store), 0};
}

}  // namespace cg::cli
