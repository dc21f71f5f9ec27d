#include "support/server_process.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>

extern char** environ;

namespace cg::testing {
namespace {

std::vector<char*> c_strings(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

std::optional<int> wait_for_exit(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      if (WIFEXITED(status)) return WEXITSTATUS(status);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return std::nullopt;
}

}  // namespace

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "cg-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::unique_ptr<ServerProcess> ServerProcess::start(const std::string& database_url,
                                                    const std::vector<std::string>& extra_args) {
  std::unique_ptr<ServerProcess> server(new ServerProcess());
  server->access_log_path_ = (std::filesystem::temp_directory_path() /
                              ("cg-access-" + std::to_string(getpid()) + "-" +
                               std::to_string(reinterpret_cast<std::uintptr_t>(server.get())) + ".log"))
                                 .string();
  std::vector<std::string> args = {CG_BINARY_PATH, "serve", "--listen", "127.0.0.1:0", "--database",
                                   database_url, "--access-log", server->access_log_path_};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  auto argv = c_strings(args);

  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  const int rc = posix_spawn(&server->pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (rc != 0) {
    close(pipe_fds[0]);
    ADD_FAILURE() << "cannot start " << args[0];
    return nullptr;
  }
  server->reader_ = std::thread([s = server.get(), fd = pipe_fds[0]] { s->drain_stderr(fd); });

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(server->mutex_);
      const auto marker = server->stderr_.find("\"message\":\"listening\"");
      if (marker != std::string::npos) {
        const auto line_start = server->stderr_.rfind('\n', marker) + 1;  // npos + 1 == 0
        const auto line_end = server->stderr_.find('\n', marker);
        if (line_end != std::string::npos) {
          auto line = boost::json::parse(server->stderr_.substr(line_start, line_end - line_start));
          const std::string url(line.at("url").as_string());
          server->port_ = std::stoi(url.substr(url.rfind(':') + 1));
          return server;
        }
      }
    }
    int status = 0;
    if (waitpid(server->pid_, &status, WNOHANG) == server->pid_) {
      server->pid_ = -1;
      ADD_FAILURE() << "server exited during start:\n" << server->error_output();
      return nullptr;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ADD_FAILURE() << "server did not report its address:\n" << server->error_output();
  return nullptr;
}

void ServerProcess::drain_stderr(int fd) {
  char buffer[4096];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    std::lock_guard lock(mutex_);
    stderr_.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
}

std::optional<int> ServerProcess::stop(int signal, std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return std::nullopt;
  kill(pid_, signal);
  auto code = wait_for_exit(pid_, timeout);
  if (!code) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  pid_ = -1;
  if (reader_.joinable()) reader_.join();
  return code;
}

std::string ServerProcess::error_output() const {
  std::lock_guard lock(mutex_);
  return stderr_;
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    const auto code = stop(SIGTERM);
    // A server that does not stop cleanly (or reports a sanitizer error at exit) fails the test.
    EXPECT_EQ(code, std::optional<int>(0)) << "server did not exit cleanly:\n" << error_output();
  }
  if (reader_.joinable()) reader_.join();
  std::remove(access_log_path_.c_str());
}

CommandResult run_commonground(const std::vector<std::string>& args, const std::vector<std::string>& env,
                               const std::string& standard_input) {
  TempDir dir;
  const std::string output = dir.path() + "/output.txt";
  const std::string input = dir.path() + "/input.txt";
  if (std::FILE* in = std::fopen(input.c_str(), "w")) {
    std::fputs(standard_input.c_str(), in);
    std::fclose(in);
  }
  std::string command;
  for (const auto& e : env) command += e + " ";
  command += CG_BINARY_PATH;
  for (const auto& a : args) {
    // Single-quoted for the shell, with any ' inside written as '\'' so it stays one argument.
    std::string quoted;
    for (const char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    command += " '" + quoted + "'";
  }
  command += " < " + input + " > " + output + " 2>&1";
  const int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::FILE* f = std::fopen(output.c_str(), "r");
  if (f) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) result.output.append(buffer, n);
    std::fclose(f);
  }
  return result;
}

}  // namespace cg::testing
