#include "store/job_repository.h"

#include <algorithm>
#include <tuple>

#include "store/sql_text.h"

namespace cg::store {
namespace {

constexpr std::string_view kColumns =
    "id, kind, payload, unique_key, status, attempts, run_at, leased_until, last_error, created_at, updated_at";

JobRecord job_from(const Row& row) {
  JobRecord j;
  j.id = row.integer(0);
  j.kind = row.text(1);
  j.payload = row.text(2);
  j.unique_key = row.text(3);
  j.status = row.text(4);
  j.attempts = static_cast<int>(row.integer(5));
  j.run_at = row.timestamp(6);
  j.leased_until = row.optional_timestamp(7);
  j.last_error = row.optional_text(8);
  j.created_at = row.timestamp(9);
  j.updated_at = row.timestamp(10);
  return j;
}

}  // namespace

void JobRepository::commit_without_waiting() {
  if (c_.engine() == Engine::postgresql) c_.execute_script("SET LOCAL synchronous_commit TO OFF");
}

bool JobRepository::enqueue(const NewJob& job, const std::string& now) {
  return !c_.query("INSERT INTO jobs (kind, payload, unique_key, status, run_at, created_at, updated_at) "
                   "VALUES ($1, $2, $3, 'queued', $4, $4, $4) ON CONFLICT (unique_key) DO NOTHING RETURNING id",
                   {job.kind, job.payload, job.unique_key, now})
              .empty();
}

std::vector<JobRecord> JobRepository::claim(const std::string& now, const std::string& lease_until,
                                            const std::string& worker, int limit) {
  // The due condition is checked again on the rows being updated: two workers that picked the
  // same job cannot both lease it (the second finds it leased and updates nothing).
  static const std::string sql = cat(
      {"UPDATE jobs SET leased_until = $2, leased_by = $3, attempts = attempts + 1, updated_at = $1 "
       "WHERE id IN (SELECT id FROM jobs WHERE status = 'queued' AND run_at <= $1 AND "
       "(leased_until IS NULL OR leased_until < $1) ORDER BY run_at, id LIMIT $4) "
       "AND status = 'queued' AND (leased_until IS NULL OR leased_until < $1) RETURNING ",
       kColumns});
  std::vector<JobRecord> out;
  for (const auto& row : c_.query(sql, {now, lease_until, worker, std::int64_t{limit}})) out.push_back(job_from(row));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.run_at, a.id) < std::tie(b.run_at, b.id);
  });
  return out;
}

void JobRepository::finish(const std::vector<std::int64_t>& ids, const std::string& now) {
  if (ids.empty()) return;
  std::vector<SqlParam> params{now};
  for (auto id : ids) params.emplace_back(id);
  c_.query(cat({"UPDATE jobs SET status = 'done', leased_until = NULL, last_error = NULL, updated_at = $1 WHERE id IN (",
                placeholders(2, ids.size()), ")"}),
           params);
}

void JobRepository::fail(std::int64_t id, const std::string& error, const std::optional<std::string>& retry_at,
                         const std::string& now) {
  if (retry_at) {
    c_.query("UPDATE jobs SET run_at = $3, leased_until = NULL, last_error = $2, updated_at = $4 WHERE id = $1",
             {id, error, *retry_at, now});
  } else {
    c_.query("UPDATE jobs SET status = 'failed', leased_until = NULL, last_error = $2, updated_at = $3 WHERE id = $1",
             {id, error, now});
  }
}

std::vector<JobRecord> JobRepository::list(const std::string& status, int limit) {
  static const std::string sql = cat({"SELECT ", kColumns, " FROM jobs WHERE status = $1 ORDER BY id DESC LIMIT $2"});
  std::vector<JobRecord> out;
  for (const auto& row : c_.query(sql, {status, std::int64_t{limit}})) out.push_back(job_from(row));
  return out;
}

std::map<std::string, int> JobRepository::counts() {
  std::map<std::string, int> out{{"queued", 0}, {"done", 0}, {"failed", 0}};
  for (const auto& row : c_.query("SELECT status, COUNT(*) FROM jobs GROUP BY status")) {
    out[row.text(0)] = static_cast<int>(row.integer(1));
  }
  return out;
}

std::optional<JobRecord> JobRepository::find(std::int64_t id) {
  static const std::string sql = cat({"SELECT ", kColumns, " FROM jobs WHERE id = $1"});
  auto rows = c_.query(sql, {id});
  if (rows.empty()) return std::nullopt;
  return job_from(rows.front());
}

bool JobRepository::retry(std::int64_t id, const std::string& now) {
  return !c_.query("UPDATE jobs SET status = 'queued', attempts = 0, run_at = $2, updated_at = $2 "
                   "WHERE id = $1 AND status = 'failed' RETURNING id",
                   {id, now})
              .empty();
}

}  // namespace cg::store
