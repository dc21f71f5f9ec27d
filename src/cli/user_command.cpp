// `commonground user add|reset-password|unlock`: account administration from the server's
// shell, for the first admin and for emergencies. Passwords are read from standard input (the
// terminal, without echo, or a pipe), never from flags, so they stay out of shell history and
// process listings.
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "app/auth_service.h"
#include "cli/commands.h"
#include "store/user_repository.h"

namespace cg::cli {
namespace {

constexpr OptionSpec kSpecs[] = {
    kDatabaseOption,
    {"--email", "", "", "The account's email address."},
    {"--name", "", "", "The person's name as others see it (user add)."},
};

constexpr const char* kSummary =
    "Account administration.\n\n"
    "  commonground user add --email EMAIL --name NAME [--admin]\n"
    "      Creates an account; reads its password from standard input.\n"
    "  commonground user reset-password --email EMAIL\n"
    "      Sets a new password (read from standard input) and signs the person out everywhere.\n"
    "  commonground user unlock --email EMAIL\n"
    "      Lifts a lock after too many failed sign-ins.";

std::string read_password() {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (terminal) {
    std::fprintf(stderr, "Password: ");
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

int report(const Error& error) {
  if (error.kind == ErrorKind::invalid_input) return usage_error(error);
  std::fprintf(stderr, "commonground: %s\n", error.detail.c_str());
  return 1;
}

}  // namespace

int user_command(std::span<const std::string> all_args, const EnvLookup& env) {
  if (all_args.empty() || wants_help(all_args)) {
    std::printf("%s", usage("user", kSummary, kSpecs).c_str());
    return all_args.empty() ? 2 : 0;
  }
  const std::string action = all_args[0];
  std::vector<std::string> args(all_args.begin() + 1, all_args.end());
  const auto admin_flag = std::find(args.begin(), args.end(), "--admin");
  const bool admin = admin_flag != args.end();
  if (admin) args.erase(admin_flag);
  if (action != "add" && action != "reset-password" && action != "unlock") {
    std::fprintf(stderr, "commonground: unknown user action '%s' (add, reset-password or unlock)\n", action.c_str());
    return 2;
  }
  if (admin && action != "add") return usage_error(Error::invalid_field("--admin", "only applies to user add"));
  auto options = parse_options(kSpecs, args, env);
  if (!options) return usage_error(options.error());
  const auto& email = options->text("--email");
  if (email.empty()) return usage_error(Error::invalid_field("--email", "is required"));
  if (action == "add" && options->text("--name").empty()) {
    return usage_error(Error::invalid_field("--name", "is required"));
  }

  auto opened = open_and_migrate(options->text("--database"), 1);
  if (!opened.store) return opened.exit_code;
  try {
    app::AuthService auth(*opened.store, app::system_clock(), {});
    const auto actor = app::command_line_actor();
    if (action == "add") {
      auto user = auth.create_user(email, options->text("--name"), read_password(),
                                   admin ? SiteRole::admin : SiteRole::user, actor);
      if (!user) return report(user.error());
      std::printf("Created %s account %s (id %lld).\n", admin ? "admin" : "user", user->email.c_str(),
                  static_cast<long long>(user->id));
    } else if (action == "reset-password") {
      auto user = auth.reset_password(email, read_password(), actor);
      if (!user) return report(user.error());
      std::printf("New password set for %s; their sessions have ended.\n", user->email.c_str());
    } else {
      auto found = opened.store->read([&](store::Connection& c) { return store::UserRepository(c).find_by_email(email); });
      if (!found) return report(Error::make(ErrorKind::not_found, "There is no account with this email address."));
      auto user = auth.unlock(found->id, actor);
      if (!user) return report(user.error());
      std::printf("Unlocked %s.\n", user->email.c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "commonground: %s\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace cg::cli
