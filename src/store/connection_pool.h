// A fixed-size pool of database connections, opened lazily and reopened after a failure, so the
// server starts even while the database is down and recovers by itself when it returns.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct PoolStats {
  std::size_t size = 0;     // the most connections the pool will open
  std::size_t open = 0;     // currently open (idle + in use)
  std::size_t in_use = 0;   // handed out right now
  std::size_t waiting = 0;  // callers blocked waiting for one
};

class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;

  ConnectionPool(Factory factory, std::size_t size, std::chrono::milliseconds acquire_timeout);

  // A borrowed connection; it goes back to the pool when the lease ends, or is closed if it broke.
  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
        : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease() {
      if (pool_ && connection_) pool_->give_back(std::move(connection_));
    }
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  // Blocks until a connection is free, up to the acquire timeout. Throws DatabaseUnavailable on
  // timeout or when a new connection cannot be opened. Thread-safe.
  Lease acquire();

  PoolStats stats() const;

 private:
  void give_back(std::unique_ptr<Connection> connection);

  // Constant after construction.
  const Factory factory_;
  const std::size_t size_;
  const std::chrono::milliseconds acquire_timeout_;

  // Guarded by mutex_.
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;
  std::size_t waiting_ = 0;
};

}  // namespace cg::store
