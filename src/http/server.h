// The HTTP/1.1 server: Boost.Beast on Asio C++20 coroutines, one coroutine per connection,
// keep-alive, limits on header and body size, read and idle timeouts, and a graceful stop on
// SIGTERM/SIGINT. Handlers that may block run on a separate worker pool, never on an I/O thread.
// Beast stays inside server.cpp (compiling it is slow); callers see only this header.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/access_log.h"
#include "http/metrics.h"
#include "http/router.h"

namespace cg::http {

struct ServerOptions {
  std::string listen = "127.0.0.1:8080";  // host:port; port 0 picks a free port
  int io_threads = 2;
  int worker_threads = 4;                 // match the database pool: each worker holds one connection
  int password_threads = 2;               // bounds concurrent argon2id hashes (64 MiB each)
  bool https = false;                     // the public URL is https: send HSTS
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = 10 * 1024 * 1024;  // a whole plan imported as CSV fits
  std::chrono::milliseconds read_timeout{10'000};    // for a whole request once its first byte came
  std::chrono::milliseconds idle_timeout{60'000};    // a kept-alive connection with no request
  std::chrono::milliseconds shutdown_timeout{10'000};  // in-flight requests get this long to finish
};

class Server {
 public:
  Server(ServerOptions options, const Router& router, Metrics& metrics, AccessLog& access_log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; returns the bound address ("127.0.0.1:40123"). Throws std::runtime_error
  // with a readable message (address in use, bad address).
  std::string bind();

  // Serves until SIGTERM or SIGINT, then stops accepting, closes idle connections, lets requests
  // in flight finish within the shutdown timeout, and returns.
  void run();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cg::http
