#include "store/database_url.h"

#include <gtest/gtest.h>

namespace cg::store {
namespace {

TEST(DatabaseUrl, SqlitePaths) {
  EXPECT_EQ(parse_database_url("sqlite:///var/lib/cg/data.db")->target, "/var/lib/cg/data.db");
  EXPECT_EQ(parse_database_url("sqlite://commonground.db")->target, "commonground.db");
  EXPECT_EQ(parse_database_url("sqlite://commonground.db")->engine, Engine::sqlite);
  EXPECT_FALSE(parse_database_url("sqlite://").ok());
}

TEST(DatabaseUrl, PostgresUrlsGoToLibpqUnchanged) {
  const auto url = parse_database_url("postgresql://cg:secret@db.internal:5432/cg?sslmode=require");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->engine, Engine::postgresql);
  EXPECT_EQ(url->target, "postgresql://cg:secret@db.internal:5432/cg?sslmode=require");
  EXPECT_EQ(parse_database_url("postgres://x/y")->engine, Engine::postgresql);
}

TEST(DatabaseUrl, AnythingElseIsExplained) {
  const auto bad = parse_database_url("mysql://x/y");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "database");
  EXPECT_NE(bad.error().fields.at(0).message.find("sqlite://"), std::string::npos);
}

TEST(DatabaseUrl, RedactsPasswords) {
  EXPECT_EQ(redact_database_url("postgresql://cg:secret@db:5432/cg"), "postgresql://cg:***@db:5432/cg");
  EXPECT_EQ(redact_database_url("postgresql://cg@db/cg"), "postgresql://cg@db/cg");
  EXPECT_EQ(redact_database_url("sqlite:///a.db"), "sqlite:///a.db");
}

}  // namespace
}  // namespace cg::store
