// The jobs table: enqueue (idempotent by unique key), lease a due job, finish or fail it, and list
// and retry jobs for admins. Runs inside the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"

namespace cg::store {

struct JobRecord {
  std::int64_t id = 0;
  std::string kind;
  std::string payload;  // JSON
  std::string unique_key;
  std::string status;  // queued, done, failed
  int attempts = 0;
  std::string run_at;
  std::optional<std::string> leased_until;
  std::optional<std::string> last_error;
  std::string created_at, updated_at;
};

struct NewJob {
  std::string kind;
  std::string payload;
  std::string unique_key;
};

class JobRepository {
 public:
  explicit JobRepository(Connection& connection) : c_(connection) {}

  // For the runner's own bookkeeping transactions (lease, done, emailed marks): commit without
  // waiting for the disk. A crash may then forget the last few marks, and those jobs run again:
  // the at-least-once delivery jobs promise anyway. Jobs are queued in the use case's own,
  // durable transaction. PostgreSQL only (SQLite's WAL commits do not wait for the disk already):
  // a job commits three times, and each would otherwise wait for a flush to disk.
  void commit_without_waiting();

  // False when a job with this key exists already (it is not queued twice).
  bool enqueue(const NewJob& job, const std::string& now);
  // Leases up to `limit` of the longest-waiting due jobs until `lease_until` and counts the
  // attempt, oldest first. A job whose lease ran out (its worker stopped) is due again.
  std::vector<JobRecord> claim(const std::string& now, const std::string& lease_until, const std::string& worker,
                               int limit);
  void finish(const std::vector<std::int64_t>& ids, const std::string& now);
  // Back in the queue at `retry_at`, or failed for good when there is none.
  void fail(std::int64_t id, const std::string& error, const std::optional<std::string>& retry_at,
            const std::string& now);
  // Newest first.
  std::vector<JobRecord> list(const std::string& status, int limit);
  std::map<std::string, int> counts();
  std::optional<JobRecord> find(std::int64_t id);
  // A failed job queued again with fresh attempts; false when it is not failed.
  bool retry(std::int64_t id, const std::string& now);

 private:
  Connection& c_;
};

}  // namespace cg::store
