#include "app/organization_service.h"

#include <gtest/gtest.h>

#include <set>

#include "store/audit_repository.h"
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
  Actor actor_ = [] {
    Actor a;
    a.user_id = 7;
    a.email = "coordinator@riverton.example";
    a.source_address = "127.0.0.1";
    a.request_id = "req-1";
    return a;
  }();
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
  auto created = service_->create(fields("  Downtown Alliance  "), actor_);
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created->fields.name, "Downtown Alliance");
  EXPECT_EQ(created->created_at, "2026-03-01T09:00:00.000Z");
  EXPECT_EQ(created->version, 1);
}

TEST_P(OrganizationServiceTest, InvalidAndDuplicateCreatesAreRefused) {
  auto invalid = service_->create({"", Sector::business, OrganizationKind::business, "not a link", {}, {}, {}}, actor_);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(invalid.error().fields.size(), 2u);
  ASSERT_TRUE(service_->create(fields("Downtown Alliance"), actor_).ok());
  auto duplicate = service_->create(fields("DOWNTOWN ALLIANCE"), actor_);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().kind, ErrorKind::conflict);
}

TEST_P(OrganizationServiceTest, UpdatesNeedTheVersionTheyWereBasedOn) {
  const auto created = *service_->create(fields("Eastside Merchants"), actor_);
  OrganizationPatch patch;
  patch.phone = std::optional<std::string>("(555) 010-0162");
  EXPECT_EQ(service_->update(created.id, std::nullopt, patch, actor_).error().kind, ErrorKind::precondition_required);
  now_ += hours{1};
  auto first = service_->update(created.id, 1, patch, actor_);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->version, 2);
  EXPECT_EQ(first->updated_at, "2026-03-01T10:00:00.000Z");
  EXPECT_EQ(first->created_at, "2026-03-01T09:00:00.000Z");
  patch.phone = std::optional<std::string>("(555) 010-9999");
  auto second = service_->update(created.id, 1, patch, actor_);  // someone else saved version 2 meanwhile
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().kind, ErrorKind::precondition_failed);
  EXPECT_EQ(service_->get(created.id)->fields.phone, "(555) 010-0162");  // not overwritten
  EXPECT_EQ(service_->update(9999, 1, patch, actor_).error().kind, ErrorKind::not_found);
}

TEST_P(OrganizationServiceTest, InvalidPatchChangesNothing) {
  const auto created = *service_->create(fields("Eastside Merchants"), actor_);
  OrganizationPatch patch;
  patch.email = std::optional<std::string>("not-an-email");
  EXPECT_EQ(service_->update(created.id, 1, patch, actor_).error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(service_->get(created.id)->version, 1);
}

TEST_P(OrganizationServiceTest, PagesCoverEveryRowExactlyOnce) {
  for (int i = 0; i < 23; ++i) ASSERT_TRUE(service_->create(fields("Org " + std::to_string(i)), actor_).ok());
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
  const auto created = *service_->create(fields("Short-lived"), actor_);
  EXPECT_EQ(service_->remove(created.id, 7, actor_).error().kind, ErrorKind::precondition_failed);
  EXPECT_TRUE(service_->remove(created.id, 1, actor_).ok());
  EXPECT_EQ(service_->get(created.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_->remove(created.id, std::nullopt, actor_).error().kind, ErrorKind::not_found);
}

INSTANTIATE_TEST_SUITE_P(Engines, OrganizationServiceTest,
                         ::testing::Values(store::Engine::sqlite, store::Engine::postgresql),
                         [](const auto& info) { return testing::engine_name(info.param); });

TEST_P(OrganizationServiceTest, EveryChangeIsAuditedWithBeforeAndAfter) {
  const auto created = *service_->create(fields("Eastside Merchants"), actor_);
  OrganizationPatch patch;
  patch.notes = std::optional<std::string>("Meets on Tuesdays");
  ASSERT_TRUE(service_->update(created.id, 1, patch, actor_).ok());
  ASSERT_TRUE(service_->remove(created.id, 2, actor_).ok());
  const auto events = store_->read([](store::Connection& c) { return store::AuditRepository(c).list({}); });
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].action, "organization.create");
  EXPECT_EQ(events[1].action, "organization.update");
  EXPECT_EQ(events[0].action, "organization.delete");
  for (const auto& e : events) {
    EXPECT_EQ(e.actor_user_id, 7);
    EXPECT_EQ(e.actor_email, "coordinator@riverton.example");
    EXPECT_EQ(e.source_address, "127.0.0.1");
    EXPECT_EQ(e.request_id, "req-1");
    EXPECT_EQ(e.target_id, std::to_string(created.id));
    EXPECT_EQ(e.at, "2026-03-01T09:00:00.000Z");
  }
  EXPECT_FALSE(events[2].before_json);
  EXPECT_NE(events[1].before_json->find("\"notes\":null"), std::string::npos) << *events[1].before_json;
  EXPECT_NE(events[1].after_json->find("Meets on Tuesdays"), std::string::npos);
  EXPECT_FALSE(events[0].after_json);
}

TEST_P(OrganizationServiceTest, TheAuditTrailRefusesChanges) {
  ASSERT_TRUE(service_->create(fields("Eastside Merchants"), actor_).ok());
  EXPECT_ANY_THROW(store_->write([](store::Connection& c) { return c.query("UPDATE audit_events SET outcome = 'x'"); }));
  EXPECT_ANY_THROW(store_->write([](store::Connection& c) { return c.query("DELETE FROM audit_events"); }));
  EXPECT_EQ(store_->read([](store::Connection& c) { return store::AuditRepository(c).list({}); }).size(), 1u);
}

}  // namespace
}  // namespace cg::app
