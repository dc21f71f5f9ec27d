// The store against real engines: a SQLite file and a database on the throwaway PostgreSQL
// cluster. Both must behave identically.
#include "store/store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/errors.h"
#include "store/organization_repository.h"
#include "support/test_database.h"

namespace cg::store {
namespace {

class StoreTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    db_ = testing::TestDatabase::create(GetParam());
    ASSERT_TRUE(db_);
    auto opened = Store::open({db_->url(), 4});
    ASSERT_TRUE(opened.ok());
    store_ = std::move(*opened);
    store_->migrate();
  }

  Organization add(const std::string& name, Sector sector = Sector::faith) {
    return store_->write([&](Connection& c) {
      return OrganizationRepository(c).insert({name, sector, OrganizationKind::other, {}, {}, {}, {}},
                                              "2026-03-01T10:00:00.000Z");
    });
  }

  std::string names(const OrganizationFilter& f) {
    auto rows = store_->read([&](Connection& c) { return OrganizationRepository(c).list(f); });
    std::string out;
    for (const auto& o : rows) out += (out.empty() ? "" : "|") + o.fields.name;
    return out;
  }

  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<Store> store_;
};

// A filter without designated initializers (GCC warns about the members they leave out).
OrganizationFilter filter(std::optional<Sector> sector = std::nullopt, std::string contains = "",
                          std::optional<OrganizationPosition> after = std::nullopt, int limit = 50) {
  OrganizationFilter f;
  f.sector = sector;
  f.name_contains = std::move(contains);
  f.after = std::move(after);
  f.limit = limit;
  return f;
}

TEST_P(StoreTest, MigrationsApplyOnceAndAreRecorded) {
  EXPECT_TRUE(store_->migrate().empty());  // SetUp applied them all
  const auto versions = store_->read([](Connection& c) { return c.query("SELECT version FROM schema_migrations ORDER BY version"); });
  ASSERT_FALSE(versions.empty());
  EXPECT_EQ(versions.front().integer(0), 1);
}

TEST_P(StoreTest, InsertedRowsReadBackExactly) {
  const auto created = store_->write([](Connection& c) {
    return OrganizationRepository(c).insert({"Peña Community Center", Sector::nonprofits_advocacy, OrganizationKind::nonprofit,
                                             "https://pena.example", std::nullopt, "a@pena.example", "Line 1\nLine 2"},
                                            "2026-03-01T10:00:00.250Z");
  });
  const auto found = store_->read([&](Connection& c) { return OrganizationRepository(c).find(created.id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->fields, created.fields);
  EXPECT_EQ(found->fields.phone, std::nullopt);
  EXPECT_EQ(found->created_at, "2026-03-01T10:00:00.250Z");
  EXPECT_EQ(found->version, 1);
}

TEST_P(StoreTest, BothEnginesOrderByTheSameKey) {
  for (auto name : {"zeta", "Alpha", "alpine", "Éclair", "(Bracketed)", "beta", "Beta Group"}) add(name);
  EXPECT_EQ(names(filter()), "(Bracketed)|Alpha|alpine|beta|Beta Group|zeta|Éclair");
}

TEST_P(StoreTest, KeysetPagesFollowOneAnother) {
  for (auto name : {"a", "b", "c", "d", "e"}) add(name);
  EXPECT_EQ(names(filter({}, "", OrganizationPosition{"b", 0}, 2)), "b|c");
  const auto b = store_->read([](Connection& c) { return OrganizationRepository(c).find_by_name("B"); });
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(names(filter({}, "", OrganizationPosition{"b", b->id}, 2)), "c|d");
}

TEST_P(StoreTest, FiltersBySectorAndSearchesLiterally) {
  add("100% Youth", Sector::youth);
  add("1000 Youth Voices", Sector::youth);
  add("Youth_Works", Sector::business);
  EXPECT_EQ(names(filter({}, "100%")), "100% Youth");
  EXPECT_EQ(names(filter({}, "h_w")), "Youth_Works");
  EXPECT_EQ(names(filter(Sector::youth)), "100% Youth|1000 Youth Voices");
  EXPECT_EQ(names(filter(Sector::youth, "voices")), "1000 Youth Voices");
}

TEST_P(StoreTest, DuplicateNamesIgnoringCaseAreRefused) {
  add("Riverton Youth Council");
  EXPECT_THROW(add("RIVERTON youth council"), UniqueViolation);
}

TEST_P(StoreTest, UpdateNeedsTheCurrentVersion) {
  const auto o = add("Old name");
  auto fields = o.fields;
  fields.name = "New name";
  const auto updated = store_->write([&](Connection& c) {
    return OrganizationRepository(c).update(o.id, 1, fields, "2026-03-02T10:00:00.000Z");
  });
  ASSERT_TRUE(updated.has_value());
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->updated_at, "2026-03-02T10:00:00.000Z");
  const auto stale = store_->write([&](Connection& c) {
    return OrganizationRepository(c).update(o.id, 1, fields, "2026-03-03T10:00:00.000Z");
  });
  EXPECT_FALSE(stale.has_value());
}

TEST_P(StoreTest, FailedWorkLeavesNothingBehind) {
  const auto result = store_->write([&](Connection& c) -> Result<int> {
    OrganizationRepository(c).insert({"Rolled back", Sector::other, OrganizationKind::other, {}, {}, {}, {}},
                                     "2026-03-01T10:00:00.000Z");
    return Error::make(ErrorKind::rule_violated, "no");
  });
  EXPECT_FALSE(result.ok());
  EXPECT_THROW(store_->write([&](Connection& c) {
    OrganizationRepository(c).insert({"Also rolled back", Sector::other, OrganizationKind::other, {}, {}, {}, {}},
                                     "2026-03-01T10:00:00.000Z");
    throw std::runtime_error("bug");
    return 0;
  }), std::runtime_error);
  EXPECT_EQ(names(filter()), "");
}

TEST_P(StoreTest, PingAndPoolStats) {
  EXPECT_NO_THROW(store_->ping());
  const auto stats = store_->pool_stats();
  EXPECT_EQ(stats.size, 4u);
  EXPECT_EQ(stats.in_use, 0u);
  EXPECT_GE(stats.open, 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::Values(Engine::sqlite, Engine::postgresql),
                         [](const auto& info) { return testing::engine_name(info.param); });

TEST(StoreOpen, RefusesUnknownUrls) {
  auto store = Store::open({"mysql://x"});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::invalid_input);
}

TEST(StoreOpen, UnreachablePostgresIsUnavailableNotACrash) {
  auto store = Store::open({"postgresql://postgres@127.0.0.1:1/none", 1});
  ASSERT_TRUE(store.ok());
  EXPECT_THROW((*store)->ping(), DatabaseUnavailable);
}

}  // namespace
}  // namespace cg::store
