// A fresh, empty database for one test, on either engine. SQLite: a file in a temporary folder.
// PostgreSQL: a new database on the throwaway cluster that scripts/test.sh starts, named by
// CG_TEST_POSTGRES_URL (postgresql://postgres@127.0.0.1:PORT/postgres); dropped afterwards.
#pragma once

#include <memory>
#include <string>

#include "store/connection.h"
#include "support/server_process.h"

namespace cg::testing {

class TestDatabase {
 public:
  // Fails the current test when the PostgreSQL cluster is not configured: neither engine may be
  // skipped silently.
  static std::unique_ptr<TestDatabase> create(store::Engine engine);
  ~TestDatabase();

  const std::string& url() const { return url_; }
  store::Engine engine() const { return engine_; }

 private:
  TestDatabase() = default;
  store::Engine engine_ = store::Engine::sqlite;
  std::string url_;
  std::string admin_url_;
  std::string name_;
  std::unique_ptr<TempDir> dir_;
};

std::string engine_name(store::Engine engine);

// Runs one SQL statement with libpq against `url` and fails the test on error.
void postgres_exec(const std::string& url, const std::string& sql);

}  // namespace cg::testing
