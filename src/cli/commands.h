// The subcommands of the `commonground` binary. Each takes the arguments after its name and
// returns the process exit code (0 success, 1 failure, 2 bad usage).
#pragma once

#include <memory>
#include <span>
#include <string>

#include "cli/options.h"
#include "store/store.h"

namespace cg::cli {

int serve_command(std::span<const std::string> args, const EnvLookup& env);
int migrate_command(std::span<const std::string> args, const EnvLookup& env);
int demo_command(std::span<const std::string> args, const EnvLookup& env);
int user_command(std::span<const std::string> args, const EnvLookup& env);
int remind_command(std::span<const std::string> args, const EnvLookup& env);
int deliver_command(std::span<const std::string> args, const EnvLookup& env);

// Shared by the commands that touch the database.
inline constexpr OptionSpec kDatabaseOption{
    "--database", "CG_DATABASE", "sqlite://commonground.db",
    "Where data lives: sqlite:///path/to/file.db or postgresql://user:password@host:5432/dbname."};

// Opens the store and applies pending migrations, printing what it applied. On failure `store`
// is null, a readable message has been printed, and `exit_code` says why: 2 for a URL that is
// not understood, 1 for a database that cannot be reached or migrated.
struct OpenedStore {
  std::unique_ptr<store::Store> store;
  int exit_code = 0;
};
OpenedStore open_and_migrate(const std::string& url, std::size_t pool_size);

// Prints "commonground: <flag> <message>" for a usage error and returns 2.
int usage_error(const Error& error);

}  // namespace cg::cli
