#include <cstdio>

#include "app/demo_data.h"
#include "cli/commands.h"

namespace cg::cli {

int demo_command(std::span<const std::string> args, const EnvLookup& env) {
  static constexpr OptionSpec kSpecs[] = {kDatabaseOption};
  if (wants_help(args)) {
    std::printf("%s", usage("demo", "Creates the database if needed, applies migrations and loads the demo "
                                    "data set (a fictional city's partner organizations). Running it again "
                                    "restores the demo records and leaves everything else alone.", kSpecs).c_str());
    return 0;
  }
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());
  auto opened = open_and_migrate(options->text("--database"), 1);
  if (!opened.store) return opened.exit_code;
  auto& store = opened.store;
  try {
    const auto summary = app::load_demo_data(*store, app::system_clock());
    std::printf("Demo data loaded: %zu organizations created, %zu refreshed.\n",
                summary.organizations_created, summary.organizations_refreshed);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: cannot load the demo data: %s\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace cg::cli
