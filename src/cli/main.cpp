// commonground: the CommonGround server and its administration commands.
#include <cstdio>
#include <string>
#include <vector>

#include "app/secrets.h"
#include "cli/commands.h"
#include "cli/version.h"

namespace {

constexpr const char* kHelp =
    "CommonGround: run a community-policing partnership.\n"
    "\n"
    "Usage: commonground <command> [options]\n"
    "\n"
    "Commands:\n"
    "  serve     Apply migrations and serve the web app and API\n"
    "  migrate   Create or upgrade the database schema\n"
    "  demo      Load the demo data set into a database\n"
    "  user      Add accounts, reset passwords, unlock accounts\n"
    "  remind    Email leads and coordinators whose plan review is due or overdue\n"
    "  deliver   Queue due notification digests and run due email jobs once\n"
    "  version   Print the version\n"
    "\n"
    "Run 'commonground <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
    std::printf("%s", kHelp);
    return all.empty() ? 2 : 0;
  }
  const std::string& command = all[0];
  try {
    cg::app::initialise_secrets();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: %s\n", e.what());
    return 1;
  }
  const std::span<const std::string> args(all.begin() + 1, all.end());
  const auto env = cg::cli::process_environment();
  if (command == "serve") return cg::cli::serve_command(args, env);
  if (command == "migrate") return cg::cli::migrate_command(args, env);
  if (command == "demo") return cg::cli::demo_command(args, env);
  if (command == "user") return cg::cli::user_command(args, env);
  if (command == "remind") return cg::cli::remind_command(args, env);
  if (command == "deliver") return cg::cli::deliver_command(args, env);
  if (command == "version" || command == "--version") {
    if (cg::cli::wants_help(args)) {
      std::printf("%s", cg::cli::usage("version", "Prints the version of this build.", {}).c_str());
      return 0;
    }
    std::printf("commonground %s\n", cg::cli::kVersion);
    return 0;
  }
  std::fprintf(stderr, "commonground: unknown command '%s'\n\n%s", command.c_str(), kHelp);
  return 2;
}
