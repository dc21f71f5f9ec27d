#include <cstdio>

#include "app/demo_accounts.h"
#include "app/demo_data.h"
#include "cli/commands.h"

namespace cg::cli {

int demo_command(std::span<const std::string> args, const EnvLookup& env) {
  static constexpr OptionSpec kSpecs[] = {kDatabaseOption};
  if (wants_help(args)) {
    std::printf("%s", usage("demo", "Creates the database if needed, applies migrations and loads the demo "
                                    "data set (a fictional city's partner organizations and two accounts, whose passwords it prints). Running it again "
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
    std::printf("\nDemo accounts (public passwords: use this database for trying things out only):\n");
    for (const auto& account : app::load_demo_accounts(*store, app::system_clock())) {
      std::printf("  %-30s password: %-28s %s\n", account.email.c_str(), account.password.c_str(),
                  account.admin ? "site admin" : "partnership coordinator");
      if (!account.totp_secret.empty()) {
        std::printf("      second factor: add secret %s to an authenticator app (or run: oathtool --totp -b %s)\n",
                    account.totp_secret.c_str(), account.totp_secret.c_str());
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: cannot load the demo data: %s\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace cg::cli
