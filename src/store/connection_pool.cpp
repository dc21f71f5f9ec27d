#include "store/connection_pool.h"

#include "store/errors.h"

namespace cg::store {

ConnectionPool::ConnectionPool(Factory factory, std::size_t size,
                               std::chrono::milliseconds acquire_timeout)
    : factory_(std::move(factory)), size_(size == 0 ? 1 : size), acquire_timeout_(acquire_timeout) {}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  ++waiting_;
  const bool got = available_.wait_for(lock, acquire_timeout_,
                                       [&] { return !idle_.empty() || open_ < size_; });
  --waiting_;
  if (!got) throw DatabaseUnavailable("all database connections are busy");
  if (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(connection));
  }
  ++open_;  // reserve the slot, then connect without holding the lock
  lock.unlock();
  try {
    return Lease(*this, factory_());
  } catch (...) {
    lock.lock();
    --open_;
    available_.notify_one();
    throw;
  }
}

void ConnectionPool::give_back(std::unique_ptr<Connection> connection) {
  const bool keep = connection->healthy();
  if (!keep) connection.reset();  // close outside the lock
  std::lock_guard lock(mutex_);
  if (keep) {
    idle_.push_back(std::move(connection));
  } else {
    --open_;
  }
  available_.notify_one();
}

PoolStats ConnectionPool::stats() const {
  std::lock_guard lock(mutex_);
  return {size_, open_, open_ - idle_.size(), waiting_};
}

}  // namespace cg::store
