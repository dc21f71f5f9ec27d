// The database behind CommonGround: one interface over SQLite and PostgreSQL. Code above
// src/store/ never learns which engine it talks to; it runs work in transactions through
// read() and write() and uses the repositories.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/result.h"
#include "store/connection.h"
#include "store/connection_pool.h"

namespace cg::store {

struct StoreOptions {
  std::string url = "sqlite://commonground.db";
  std::size_t pool_size = 4;
  std::chrono::milliseconds acquire_timeout{5000};
};

struct AppliedMigration {
  int version;
  std::string name;
};

template <typename T>
struct is_result : std::false_type {};
template <typename T>
struct is_result<Result<T>> : std::true_type {};

class Store {
 public:
  // Parses the URL and prepares the pool; opens no connection yet (so a server can start while
  // the database is still coming up). Returns an invalid_input error for a bad URL.
  static Result<std::unique_ptr<Store>> open(const StoreOptions& options);

  Engine engine() const { return engine_; }

  // Runs `work(Connection&)` in a transaction and returns what it returns. Commits unless it
  // throws or returns a Result holding an error, in which case nothing it wrote is kept.
  // Blocks the calling thread: call from the worker pool, never from an I/O thread.
  template <typename Work>
  auto read(Work&& work) {
    return in_transaction(TransactionMode::read, std::forward<Work>(work));
  }
  template <typename Work>
  auto write(Work&& work) {
    return in_transaction(TransactionMode::write, std::forward<Work>(work));
  }

  // Applies every migration not yet recorded in schema_migrations, each in its own transaction,
  // and returns the ones it applied. Safe to run from several instances at once.
  std::vector<AppliedMigration> migrate();

  // Cheap round trip for /readyz. Throws DatabaseUnavailable.
  void ping();

  PoolStats pool_stats() const { return pool_.stats(); }

 private:
  Store(Engine engine, ConnectionPool::Factory factory, const StoreOptions& options);

  template <typename Work>
  auto in_transaction(TransactionMode mode, Work&& work) {
    // SQLite allows one writer at a time. Queueing our own writers here wakes the next one the
    // moment the previous commits; leaving it to SQLite's busy handler makes them sleep and retry
    // (p99 of concurrent POSTs fell from ~270 ms to single-digit ms). The busy timeout still
    // covers writers in other processes, such as `commonground demo` next to a running server.
    std::unique_lock<std::mutex> writer_turn(sqlite_writer_, std::defer_lock);
    if (mode == TransactionMode::write && engine_ == Engine::sqlite) writer_turn.lock();
    auto lease = pool_.acquire();
    Connection& connection = *lease;
    connection.begin(mode);
    try {
      auto result = work(connection);
      if constexpr (is_result<decltype(result)>::value) {
        if (!result.ok()) {
          connection.rollback();
          return result;
        }
      }
      connection.commit();
      return result;
    } catch (...) {
      connection.rollback();
      throw;
    }
  }

  const Engine engine_;
  ConnectionPool pool_;
  std::mutex sqlite_writer_;  // held for the whole of a SQLite write transaction
};

}  // namespace cg::store
