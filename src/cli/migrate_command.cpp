#include <cstdio>

#include "cli/commands.h"

namespace cg::cli {

int migrate_command(std::span<const std::string> args, const EnvLookup& env) {
  static constexpr OptionSpec kSpecs[] = {kDatabaseOption};
  if (wants_help(args)) {
    std::printf("%s", usage("migrate", "Creates the database if needed and applies every schema migration "
                                       "not yet applied. Safe to run again.", kSpecs).c_str());
    return 0;
  }
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());
  return open_and_migrate(options->text("--database"), 1).exit_code;
}

}  // namespace cg::cli
