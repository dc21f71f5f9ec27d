#include "support/test_database.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

namespace cg::testing {

std::string engine_name(store::Engine engine) {
  return engine == store::Engine::sqlite ? "SQLite" : "PostgreSQL";
}

void postgres_exec(const std::string& url, const std::string& sql) {
  PGconn* conn = PQconnectdb(url.c_str());
  ASSERT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
  PGresult* result = PQexec(conn, sql.c_str());
  const auto status = PQresultStatus(result);
  EXPECT_TRUE(status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
      << sql << ": " << PQresultErrorMessage(result);
  PQclear(result);
  PQfinish(conn);
}

std::unique_ptr<TestDatabase> TestDatabase::create(store::Engine engine) {
  std::unique_ptr<TestDatabase> db(new TestDatabase());
  db->engine_ = engine;
  if (engine == store::Engine::sqlite) {
    db->dir_ = std::make_unique<TempDir>();
    db->url_ = "sqlite://" + db->dir_->path() + "/test.db";
    return db;
  }
  const char* admin = std::getenv("CG_TEST_POSTGRES_URL");
  if (!admin || !*admin) {
    ADD_FAILURE() << "CG_TEST_POSTGRES_URL is not set. Run the suite with scripts/test.sh, which "
                     "starts a throwaway PostgreSQL cluster, or point it at one.";
    return nullptr;
  }
  static std::atomic<int> counter{0};
  db->admin_url_ = admin;
  db->name_ = "cg_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  postgres_exec(db->admin_url_, "CREATE DATABASE " + db->name_);
  const auto slash = db->admin_url_.rfind('/');
  db->url_ = db->admin_url_.substr(0, slash + 1) + db->name_;
  return db;
}

TestDatabase::~TestDatabase() {
  if (engine_ == store::Engine::postgresql && !name_.empty()) {
    postgres_exec(admin_url_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  }
}

}  // namespace cg::testing
