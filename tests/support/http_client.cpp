#include "support/http_client.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>

namespace cg::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

std::string HttpResponse::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

const boost::json::value& HttpResponse::json() const {
  if (!parsed_) {
    boost::system::error_code ec;
    parsed_ = boost::json::parse(body, ec);
    EXPECT_FALSE(ec) << "response body is not JSON: " << body;
  }
  return *parsed_;
}

struct HttpClient::Impl {
  asio::io_context io;
  std::optional<beast::tcp_stream> stream;
  beast::flat_buffer buffer;
  int port;

  void connect() {
    stream.emplace(io);
    stream->connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    buffer.clear();
  }

  HttpResponse exchange(bhttp::request<bhttp::string_body>& req) {
    if (!stream) connect();
    boost::system::error_code ec;
    bhttp::write(*stream, req, ec);
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    if (req.method() == bhttp::verb::head) parser.skip(true);
    if (!ec) bhttp::read(*stream, buffer, parser, ec);
    if (ec) {
      // The server closed a kept-alive connection (idle timeout): retry once on a new one.
      connect();
      bhttp::write(*stream, req);
      bhttp::response_parser<bhttp::string_body> retry;
      retry.body_limit(64 * 1024 * 1024);
      if (req.method() == bhttp::verb::head) retry.skip(true);
      bhttp::read(*stream, buffer, retry);
      return convert(retry.release());
    }
    return convert(parser.release());
  }

  HttpResponse convert(bhttp::response<bhttp::string_body> res) {
    HttpResponse out;
    out.status = static_cast<int>(res.result_int());
    for (const auto& field : res) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.headers[name] = std::string(field.value());
      if (name == "set-cookie") out.set_cookies.emplace_back(field.value());
    }
    out.body = std::move(res.body());
    if (!res.keep_alive()) stream.reset();
    return out;
  }
};

HttpClient::HttpClient(int port) : impl_(std::make_unique<Impl>()) { impl_->port = port; }
HttpClient::~HttpClient() = default;

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                                 const std::vector<std::pair<std::string, std::string>>& headers) {
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.method_string(method);
  req.set(bhttp::field::host, "127.0.0.1");
  std::string cookie_header;
  for (const auto& [name, value] : cookies_) cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
  if (!cookie_header.empty()) req.set(bhttp::field::cookie, cookie_header);
  const bool unsafe = method != "GET" && method != "HEAD" && method != "OPTIONS";
  if (unsafe && sends_csrf_token_ && cookies_.contains("cg_csrf")) req.set("X-CSRF-Token", cookies_["cg_csrf"]);
  for (const auto& [name, value] : headers) req.set(name, value);
  if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT") {
    req.body() = body;
    req.prepare_payload();
  }
  auto response = impl_->exchange(req);
  for (const auto& header : response.set_cookies) {
    const auto eq = header.find('=');
    const auto end = header.find(';');
    if (eq == std::string::npos) continue;
    const auto name = header.substr(0, eq);
    const auto value = header.substr(eq + 1, end == std::string::npos ? std::string::npos : end - eq - 1);
    if (header.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  return response;
}

std::string HttpClient::session_headers() const {
  std::string cookie_header;
  for (const auto& [name, value] : cookies_) cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
  std::string out = "Cookie: " + cookie_header + "\r\n";
  if (const auto csrf = cookie("cg_csrf")) out += "X-CSRF-Token: " + *csrf + "\r\n";
  return out;
}

std::optional<std::string> HttpClient::cookie(const std::string& name) const {
  const auto found = cookies_.find(name);
  if (found == cookies_.end()) return std::nullopt;
  return found->second;
}

HttpResponse HttpClient::post_json(const std::string& target, const std::string& json) {
  return request("POST", target, json, {{"Content-Type", "application/json"}});
}

HttpResponse HttpClient::patch_json(const std::string& target, const std::string& json, const std::string& if_match) {
  std::vector<std::pair<std::string, std::string>> headers = {{"Content-Type", "application/json"}};
  if (!if_match.empty()) headers.emplace_back("If-Match", if_match);
  return request("PATCH", target, json, headers);
}

HttpResponse HttpClient::del(const std::string& target, const std::string& if_match) {
  std::vector<std::pair<std::string, std::string>> headers;
  if (!if_match.empty()) headers.emplace_back("If-Match", if_match);
  return request("DELETE", target, "", headers);
}

RawConnection::RawConnection(int port) {
  fd_ = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ADD_FAILURE() << "cannot connect to 127.0.0.1:" << port;
  }
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) close(fd_);
}

void RawConnection::send(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may close early (e.g. 413); callers check the reply
    sent += static_cast<std::size_t>(n);
  }
}

RawConnection::Received RawConnection::read_until_closed(std::chrono::milliseconds timeout) {
  Received out;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    char buffer[4096];
    const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) {
      out.closed = true;
      break;
    }
    out.data.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace cg::testing
