#include "app/facet_index.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "support/test_database.h"

namespace cg::app {
namespace {

// The index against a real database on both engines, with the library changed behind its back
// (as another server instance would change it): every count sees the change.
class FacetIndexTest : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override {
    db_ = testing::TestDatabase::create(GetParam());
    ASSERT_TRUE(db_);
    store_ = std::move(*store::Store::open({db_->url(), 2}));
    store_->migrate();  // with the seed text's nine references
  }

  FacetTally count(const std::string& words = "", FacetChoices chosen = {}) {
    const auto query = words.empty() ? SearchQuery{} : *parse_search(words);
    return store_->read([&](store::Connection& c) { return index_.count(c, query, chosen, {}); });
  }

  static store::ResourceWrite resource(const std::string& title, ResourceType type) {
    store::ResourceWrite out;
    out.fields.title = title;
    out.fields.type = type;
    out.fields.summary = "Volunteers mentoring teenagers after school.";
    out.summary_text = out.fields.summary;
    return out;
  }

  std::int64_t add(const std::string& title, ResourceType type, const std::string& at) {
    return store_->write([&](store::Connection& c) {
      return store::ResourceRepository(c).insert(resource(title, type), {}, ResourceStatus::published, at);
    });
  }

  static int type_count(const FacetTally& tally, const std::string& key) {
    for (const auto& f : tally.facets.at("type")) {
      if (f.key == key) return f.count;
    }
    return 0;
  }

  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  FacetIndex index_;
};

TEST_P(FacetIndexTest, CountsTheWholeLibraryOrTheMatchesOfTheWords) {
  EXPECT_EQ(count().total, 9);
  EXPECT_EQ(type_count(count(), "publication"), 5);
  EXPECT_EQ(type_count(count(), "case_study"), 1);
  EXPECT_EQ(count("clearinghouse").total, 1);
  EXPECT_EQ(count("mentoring").total, 0);
  FacetChoices tools;
  tools.type = "tool";
  EXPECT_EQ(count("", tools).total, 2);
}

TEST_P(FacetIndexTest, ResourcesAddedOrChangedElsewhereAreCountedAtOnce) {
  ASSERT_EQ(count("mentoring").total, 0);
  const auto toolkits = type_count(count(), "toolkit");
  const auto id = add("Mentoring guide", ResourceType::toolkit, "2030-01-01T00:00:00.000Z");
  EXPECT_EQ(count("mentoring").total, 1) << "one more resource: read again";
  EXPECT_EQ(type_count(count(), "toolkit"), toolkits + 1);

  store_->write([&](store::Connection& c) {
    return store::ResourceRepository(c).update(id, 1, resource("Mentoring guide", ResourceType::training),
                                               "2030-01-02T00:00:00.000Z");
  });
  const auto changed = count();
  EXPECT_EQ(type_count(changed, "toolkit"), toolkits) << "a newer change: the changed resource read again";
  EXPECT_EQ(type_count(changed, "training"), 1);

  store_->write([&](store::Connection& c) {
    c.query("UPDATE resources SET status = 'rejected', rejection_reason = 'Off topic', updated_at = $2 WHERE id = $1",
            {id, std::string("2030-01-03T00:00:00.000Z")});
    return 0;
  });
  EXPECT_EQ(count("mentoring").total, 0) << "withdrawn: no longer counted";
  EXPECT_EQ(count().total, 9);
}

INSTANTIATE_TEST_SUITE_P(Engines, FacetIndexTest, ::testing::Values(store::Engine::sqlite, store::Engine::postgresql),
                         [](const auto& info) { return testing::engine_name(info.param); });

}  // namespace
}  // namespace cg::app
