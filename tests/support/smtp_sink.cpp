#include "support/smtp_sink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace cg::testing {
namespace {

void write_all(int fd, const std::string& text) {
  std::size_t sent = 0;
  while (sent < text.size()) {
    const auto n = ::send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

// Reads one CRLF-terminated line (without the CRLF), buffering the rest; nullopt at end of stream.
std::optional<std::string> read_line(int fd, std::string& buffer) {
  for (;;) {
    const auto end = buffer.find("\r\n");
    if (end != std::string::npos) {
      auto line = buffer.substr(0, end);
      buffer.erase(0, end + 2);
      return line;
    }
    char chunk[4096];
    const auto n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) return std::nullopt;
    buffer.append(chunk, static_cast<std::size_t>(n));
  }
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::optional<std::string> ReceivedEmail::link_containing(const std::string& fragment) const {
  for (std::size_t at = data.find("http"); at != std::string::npos; at = data.find("http", at + 1)) {
    const auto end = data.find_first_of(" \r\n", at);
    const auto link = data.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (link.find(fragment) != std::string::npos) return link;
  }
  return std::nullopt;
}

SmtpSink::SmtpSink() {
  listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(listener_, 8) != 0 ||
      ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    throw std::runtime_error("SMTP sink cannot listen on loopback");
  }
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { serve(); });
}

SmtpSink::~SmtpSink() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  thread_.join();
  ::close(listener_);
}

void SmtpSink::serve() {
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
    pollfd waiting{listener_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    const int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) continue;
    converse(client);
    ::close(client);
  }
}

void SmtpSink::converse(int client) {
  std::string buffer;
  ReceivedEmail email;
  write_all(client, "220 sink.test ESMTP\r\n");
  while (auto line = read_line(client, buffer)) {
    const auto command = upper(line->substr(0, 4));
    if (command == "EHLO" || command == "HELO") {
      write_all(client, "250 sink.test\r\n");
    } else if (command == "MAIL") {
      email = {};
      email.mail_from = line->substr(10);
      write_all(client, "250 OK\r\n");
    } else if (command == "RCPT") {
      email.recipients.push_back(line->substr(8));
      write_all(client, "250 OK\r\n");
    } else if (command == "DATA") {
      write_all(client, "354 End data with <CR><LF>.<CR><LF>\r\n");
      while (auto data_line = read_line(client, buffer)) {
        if (*data_line == ".") break;
        email.data += (data_line->starts_with("..") ? data_line->substr(1) : *data_line) + "\r\n";
      }
      {
        std::lock_guard lock(mutex_);
        messages_.push_back(email);
      }
      arrived_.notify_all();
      write_all(client, "250 OK: queued\r\n");
    } else if (command == "QUIT") {
      write_all(client, "221 Bye\r\n");
      return;
    } else {
      write_all(client, "250 OK\r\n");  // RSET, NOOP and the like
    }
  }
}

std::optional<ReceivedEmail> SmtpSink::wait_for(std::size_t count, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  if (!arrived_.wait_for(lock, timeout, [&] { return messages_.size() >= count; })) return std::nullopt;
  return messages_[count - 1];
}

std::size_t SmtpSink::received() const {
  std::lock_guard lock(mutex_);
  return messages_.size();
}

}  // namespace cg::testing
