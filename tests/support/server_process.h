// Starts the real `commonground serve` binary on an ephemeral loopback port, as an operator
// would, and stops it with SIGTERM. Its standard error is collected for assertions/diagnostics.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace cg::testing {

class ServerProcess {
 public:
  // Runs `commonground serve --listen 127.0.0.1:0 --database <url> <extra...>` and waits until it
  // reports the address it listens on. Fails the current test (and returns nullopt) otherwise.
  static std::unique_ptr<ServerProcess> start(const std::string& database_url,
                                              const std::vector<std::string>& extra_args = {});
  ~ServerProcess();

  int port() const { return port_; }
  pid_t pid() const { return pid_; }

  // Sends `signal` and waits up to `timeout` for exit; returns the exit code, or nullopt if it did
  // not exit in time (it is then killed) or died from a signal.
  std::optional<int> stop(int signal, std::chrono::milliseconds timeout = std::chrono::seconds(15));

  // Everything the server wrote to standard error so far.
  std::string error_output() const;
  // The access log file (one JSON line per request).
  const std::string& access_log_path() const { return access_log_path_; }

 private:
  ServerProcess() = default;
  void drain_stderr(int fd);

  pid_t pid_ = -1;
  int port_ = 0;
  std::string access_log_path_;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::string stderr_;  // guarded by mutex_
};

// Runs the binary with arguments to completion; returns exit code and combined output.
struct CommandResult {
  int exit_code = -1;
  std::string output;
};
// `standard_input` is fed to the command (passwords for `user add`); otherwise it reads nothing.
CommandResult run_commonground(const std::vector<std::string>& args,
                               const std::vector<std::string>& env = {}, const std::string& standard_input = "");

// A fresh temporary directory, removed with everything in it at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace cg::testing
