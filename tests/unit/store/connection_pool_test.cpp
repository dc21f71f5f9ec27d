#include "store/connection_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/errors.h"

namespace cg::store {
namespace {

// A connection that does nothing; the pool under test never looks inside.
class FakeConnection final : public Connection {
 public:
  explicit FakeConnection(bool* healthy) : healthy_(healthy) {}
  Engine engine() const override { return Engine::sqlite; }
  Rows query(std::string_view, std::span<const SqlParam>) override { return {}; }
  void execute_script(std::string_view) override {}
  void begin(TransactionMode) override {}
  void commit() override {}
  void rollback() noexcept override {}
  bool healthy() const override { return *healthy_; }

 private:
  bool* healthy_;
};

TEST(ConnectionPool, OpensLazilyAndReusesConnections) {
  std::atomic<int> opened{0};
  bool healthy = true;
  ConnectionPool pool([&] { ++opened; return std::make_unique<FakeConnection>(&healthy); }, 2,
                      std::chrono::milliseconds(100));
  EXPECT_EQ(pool.stats().open, 0u);
  { auto a = pool.acquire(); EXPECT_EQ(pool.stats().in_use, 1u); }
  { auto b = pool.acquire(); }
  EXPECT_EQ(opened, 1);
  EXPECT_EQ(pool.stats().in_use, 0u);
  EXPECT_EQ(pool.stats().open, 1u);
}

TEST(ConnectionPool, TimesOutWhenExhaustedAndReportsWaiters) {
  bool healthy = true;
  // A wait long enough that a busy machine starts the waiter thread well before it ends.
  ConnectionPool pool([&] { return std::make_unique<FakeConnection>(&healthy); }, 1, std::chrono::milliseconds(1500));
  auto held = pool.acquire();
  std::atomic<bool> timed_out{false};
  std::thread waiter([&] {
    try {
      pool.acquire();
    } catch (const DatabaseUnavailable&) {
      timed_out = true;
    }
  });
  for (int i = 0; i < 100 && pool.stats().waiting == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(pool.stats().waiting, 1u);
  waiter.join();
  EXPECT_TRUE(timed_out);
}

TEST(ConnectionPool, DiscardsBrokenConnectionsAndSurvivesFailedOpens) {
  bool healthy = true;
  bool fail_open = false;
  ConnectionPool pool(
      [&]() -> std::unique_ptr<Connection> {
        if (fail_open) throw DatabaseUnavailable("down");
        return std::make_unique<FakeConnection>(&healthy);
      },
      1, std::chrono::milliseconds(100));
  { auto a = pool.acquire(); healthy = false; }
  EXPECT_EQ(pool.stats().open, 0u);  // broken one was closed, slot freed
  fail_open = true;
  EXPECT_THROW(pool.acquire(), DatabaseUnavailable);
  EXPECT_EQ(pool.stats().open, 0u);
  fail_open = false;
  healthy = true;
  EXPECT_NO_THROW(pool.acquire());  // recovers once the database is back
}

}  // namespace
}  // namespace cg::store
