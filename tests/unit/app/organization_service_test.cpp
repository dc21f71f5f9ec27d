#include "app/organization_service.h"

#include <gtest/gtest.h>

#include <set>

#include "store/store.h"
#include "support/test_database.h"

namespace cg::app {
namespace {

using namespace std::chrono;

class OrganizationServiceTest : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override {
    db_ = testing::TestDatabase::create(GetParam());
    ASSERT_TRUE(db_);
    store_ = std::move(*store::Store::open({db_->url(), 2}));
    store_->migrate();
    service_ = std::make_unique<OrganizationService>(*store_, [this] { return now_; });
  }

  OrganizationFields fields(std::string name, Sector sector = Sector::business) {
    return {std::move(name), sector, OrganizationKind::business, {}, {}, {}, {}};
  }

  system_clock::time_point now_ = sys_days{year{2026} / March / 1} + hours{9};
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<OrganizationService> service_;
};

OrganizationQuery page_query(int limit, std::optional<std::string> after = std::nullopt) {
  OrganizationQuery query;
  query.limit = limit;
  query.after = std::move(after);
  return query;
}

TEST_P(OrganizationServiceTest, CreateUsesTheInjectedClockAndNormalizes) {
  auto created = service_->create(fields("  Downtown Alliance  "));
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created->fields.name, "Downtown Alliance");
  EXPECT_EQ(created->created_at, "2026-03-01T09:00:00.000Z");
  EXPECT_EQ(created->version, 1);
}

TEST_P(OrganizationServiceTest, InvalidAndDuplicateCreatesAreRefused) {
  auto invalid = service_->create({"", Sector::business, OrganizationKind::business, "not a link", {}, {}, {}});
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(invalid.error().fields.size(), 2u);
  ASSERT_TRUE(service_->create(fields("Downtown Alliance")).ok());
  auto duplicate = service_->create(fields("DOWNTOWN ALLIANCE"));
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().kind, ErrorKind::conflict);
}

TEST_P(OrganizationServiceTest, UpdatesNeedTheVersionTheyWereBasedOn) {
  const auto created = *service_->create(fields("Eastside Merchants"));
  OrganizationPatch patch;
  patch.phone = std::optional<std::string>("(555) 010-0162");
  EXPECT_EQ(service_->update(created.id, std::nullopt, patch).error().kind, ErrorKind::precondition_required);
  now_ += hours{1};
  auto first = service_->update(created.id, 1, patch);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->version, 2);
  EXPECT_EQ(first->updated_at, "2026-03-01T10:00:00.000Z");
  EXPECT_EQ(first->created_at, "2026-03-01T09:00:00.000Z");
  patch.phone = std::optional<std::string>("(555) 010-9999");
  auto second = service_->update(created.id, 1, patch);  // someone else saved version 2 meanwhile
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().kind, ErrorKind::precondition_failed);
  EXPECT_EQ(service_->get(created.id)->fields.phone, "(555) 010-0162");  // not overwritten
  EXPECT_EQ(service_->update(9999, 1, patch).error().kind, ErrorKind::not_found);
}

TEST_P(OrganizationServiceTest, InvalidPatchChangesNothing) {
  const auto created = *service_->create(fields("Eastside Merchants"));
  OrganizationPatch patch;
  patch.email = std::optional<std::string>("not-an-email");
  EXPECT_EQ(service_->update(created.id, 1, patch).error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(service_->get(created.id)->version, 1);
}

TEST_P(OrganizationServiceTest, PagesCoverEveryRowExactlyOnce) {
  for (int i = 0; i < 23; ++i) ASSERT_TRUE(service_->create(fields("Org " + std::to_string(i))).ok());
  std::set<std::int64_t> seen;
  std::optional<std::string> after;
  int pages = 0;
  do {
    auto page = service_->list(page_query(5, after));
    ASSERT_TRUE(page.ok());
    for (const auto& o : page->items) EXPECT_TRUE(seen.insert(o.id).second);
    after = page->next;
    ++pages;
  } while (after);
  EXPECT_EQ(seen.size(), 23u);
  EXPECT_EQ(pages, 5);
}

TEST_P(OrganizationServiceTest, ListRefusesBadLimitsAndCursors) {
  EXPECT_EQ(service_->list(page_query(0)).error().fields.at(0).field, "limit");
  EXPECT_EQ(service_->list(page_query(201)).error().fields.at(0).field, "limit");
  EXPECT_EQ(service_->list(page_query(5, "%%%")).error().fields.at(0).field, "after");
}

TEST_P(OrganizationServiceTest, RemoveHonoursTheVersionWhenGiven) {
  const auto created = *service_->create(fields("Short-lived"));
  EXPECT_EQ(service_->remove(created.id, 7).error().kind, ErrorKind::precondition_failed);
  EXPECT_TRUE(service_->remove(created.id, 1).ok());
  EXPECT_EQ(service_->get(created.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_->remove(created.id, std::nullopt).error().kind, ErrorKind::not_found);
}

INSTANTIATE_TEST_SUITE_P(Engines, OrganizationServiceTest,
                         ::testing::Values(store::Engine::sqlite, store::Engine::postgresql),
                         [](const auto& info) { return testing::engine_name(info.param); });

}  // namespace
}  // namespace cg::app
