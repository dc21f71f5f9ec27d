// The commonground binary's commands, flags and environment variables.
#include <gtest/gtest.h>

#include <signal.h>

#include <filesystem>

#include "support/server_process.h"

namespace cg::testing {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Cli, VersionAndHelp) {
  const auto version = run_commonground({"version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_TRUE(contains(version.output, "commonground 0.")) << version.output;
  for (auto command : {"serve", "migrate", "demo", "version"}) {
    const auto help = run_commonground({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_TRUE(contains(help.output, std::string("Usage: commonground ") + command)) << help.output;
  }
  const auto serve_help = run_commonground({"serve", "--help"});
  for (auto flag : {"--listen", "CG_LISTEN", "--database", "CG_DATABASE", "--threads", "CG_THREADS",
                    "--max-body-bytes", "--read-timeout-ms"}) {
    EXPECT_TRUE(contains(serve_help.output, flag)) << flag;
  }
  EXPECT_EQ(run_commonground({}).exit_code, 2);
  EXPECT_EQ(run_commonground({"frobnicate"}).exit_code, 2);
}

TEST(Cli, FlagsWinOverEnvironmentVariables) {
  TempDir dir;
  const auto from_env = dir.path() + "/from-env.db";
  const auto from_flag = dir.path() + "/from-flag.db";
  auto result = run_commonground({"migrate"}, {"CG_DATABASE=sqlite://" + from_env});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(std::filesystem::exists(from_env));
  std::filesystem::remove(from_env);
  result = run_commonground({"migrate", "--database", "sqlite://" + from_flag}, {"CG_DATABASE=sqlite://" + from_env});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(std::filesystem::exists(from_flag));
  EXPECT_FALSE(std::filesystem::exists(from_env));
}

TEST(Cli, MigrateIsRepeatable) {
  TempDir dir;
  const auto url = "sqlite://" + dir.path() + "/cg.db";
  const auto first = run_commonground({"migrate", "--database", url});
  EXPECT_EQ(first.exit_code, 0);
  EXPECT_TRUE(contains(first.output, "applied migration")) << first.output;
  const auto second = run_commonground({"migrate", "--database=" + url});
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_FALSE(contains(second.output, "applied migration")) << second.output;
}

TEST(Cli, UsageErrorsAreExplained) {
  const auto bad_url = run_commonground({"migrate", "--database", "mysql://x"});
  EXPECT_EQ(bad_url.exit_code, 2);
  EXPECT_TRUE(contains(bad_url.output, "sqlite://")) << bad_url.output;
  const auto unknown = run_commonground({"serve", "--colour", "red"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(contains(unknown.output, "--colour")) << unknown.output;
  const auto bad_number = run_commonground({"serve", "--threads", "lots"});
  EXPECT_EQ(bad_number.exit_code, 2);
  EXPECT_TRUE(contains(bad_number.output, "--threads")) << bad_number.output;
  const auto bad_listen = run_commonground({"serve", "--listen", "nowhere", "--database",
                                            "sqlite://" + TempDir().path() + "-x.db"});
  EXPECT_EQ(bad_listen.exit_code, 1);
  EXPECT_TRUE(contains(bad_listen.output, "--listen")) << bad_listen.output;
}

TEST(Cli, UnreachablePostgresFailsWithAMessageNotACrash) {
  const auto result = run_commonground({"migrate", "--database", "postgresql://cg:secret@127.0.0.1:1/cg"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(contains(result.output, "cannot prepare the database")) << result.output;
  EXPECT_FALSE(contains(result.output, "secret")) << "passwords never reach logs";
}

TEST(Cli, ServeReadsListenAddressFromTheEnvironment) {
  TempDir dir;
  auto server = ServerProcess::start("sqlite://" + dir.path() + "/env.db", {"--threads", "1", "--db-pool", "2"});
  ASSERT_TRUE(server);
  EXPECT_GT(server->port(), 0);
  EXPECT_EQ(server->stop(SIGTERM), std::optional<int>(0));
}

}  // namespace
}  // namespace cg::testing
