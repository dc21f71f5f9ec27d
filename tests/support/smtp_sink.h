// A minimal SMTP server on an ephemeral loopback port that accepts every message and keeps it, so
// tests read the real email the server sent (headers, body, links) rather than a mock's record.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace cg::testing {

struct ReceivedEmail {
  std::string mail_from;
  std::vector<std::string> recipients;
  std::string data;  // the message as sent: headers, blank line, body (CRLF line ends)

  // The first https?:// link in the body that contains `fragment`.
  std::optional<std::string> link_containing(const std::string& fragment) const;
};

class SmtpSink {
 public:
  SmtpSink();
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  int port() const { return port_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  // Waits for the n-th message (1-based) to arrive.
  std::optional<ReceivedEmail> wait_for(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  std::size_t received() const;

 private:
  void serve();
  void converse(int client);

  int listener_ = -1;
  int port_ = 0;
  std::thread thread_;
  mutable std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<ReceivedEmail> messages_;  // guarded by mutex_
  bool stopping_ = false;                // guarded by mutex_
};

}  // namespace cg::testing
