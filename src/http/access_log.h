// One JSON line per request (time, request id, client, method, path, route, status, bytes,
// duration). Lines are buffered and flushed by a background thread every 200 ms and at
// destruction, so logging never costs a system call on the request path. Thread-safe.
#pragma once

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

namespace cg::http {

struct AccessLogEntry {
  std::string time;
  std::string request_id;
  std::string remote_address;
  std::string method;
  std::string path;
  std::string route;
  int status = 0;
  std::size_t response_bytes = 0;
  double duration_ms = 0;
};

class AccessLog {
 public:
  // `destination`: "-" for standard output, "off" to disable, otherwise a file to append to.
  // Throws std::runtime_error when the file cannot be opened.
  explicit AccessLog(const std::string& destination);
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  void write(const AccessLogEntry& entry);
  bool enabled() const { return file_ != nullptr; }

 private:
  void flush_loop();

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;

  std::mutex mutex_;
  std::condition_variable wake_;
  std::string pending_;   // guarded by mutex_
  bool stopping_ = false; // guarded by mutex_
  std::thread flusher_;
};

}  // namespace cg::http
