#include "store/store.h"

#include "store/database_url.h"
#include "store/errors.h"
#include "store/migrations.h"
#include "store/postgres_connection.h"
#include "store/sqlite_connection.h"

namespace cg::store {
namespace {

// Serialises migrations across instances sharing one PostgreSQL database (an arbitrary constant
// that identifies CommonGround's migration lock).
constexpr std::int64_t kMigrationLockKey = 0x436f6d6d6f6e47;

std::string_view schema_migrations_ddl(Engine engine) {
  return engine == Engine::sqlite
             ? "CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
             : "CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())";
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const StoreOptions& options) {
  auto url = parse_database_url(options.url);
  if (!url) return std::move(url).error();
  ConnectionPool::Factory factory;
  if (url->engine == Engine::sqlite) {
    factory = [path = url->target] { return open_sqlite(path); };
  } else {
    factory = [conninfo = url->target] { return open_postgres(conninfo); };
  }
  return std::unique_ptr<Store>(new Store(url->engine, std::move(factory), options));
}

Store::Store(Engine engine, ConnectionPool::Factory factory, const StoreOptions& options)
    : engine_(engine), pool_(std::move(factory), options.pool_size, options.acquire_timeout) {}

std::vector<AppliedMigration> Store::migrate() {
  write([&](Connection& c) {
    if (engine_ == Engine::postgresql) c.query("SELECT pg_advisory_xact_lock($1)", {kMigrationLockKey});
    c.execute_script(schema_migrations_ddl(engine_));
    return 0;
  });
  std::vector<AppliedMigration> applied;
  for (const auto& migration : migrations_for(engine_)) {
    const bool did_apply = write([&](Connection& c) {
      if (engine_ == Engine::postgresql) {
        c.query("SELECT pg_advisory_xact_lock($1)", {kMigrationLockKey});
      }
      const auto existing = c.query("SELECT 1 FROM schema_migrations WHERE version = $1",
                                    {std::int64_t{migration.version}});
      if (!existing.empty()) return false;
      c.execute_script(migration.sql);
      c.query(engine_ == Engine::sqlite
                  ? "INSERT INTO schema_migrations (version, name, applied_at) "
                    "VALUES ($1, $2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                  : "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
              {std::int64_t{migration.version}, migration.name});
      return true;
    });
    if (did_apply) applied.push_back({migration.version, migration.name});
  }
  return applied;
}

void Store::ping() {
  read([](Connection& c) { return c.query("SELECT 1").size(); });
}

}  // namespace cg::store
