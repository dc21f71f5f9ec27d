// A small HTTP/1.1 client for API tests (keep-alive, one connection) and a raw TCP connection for
// tests that must misbehave on purpose (slow or oversized requests). Loopback only.
#pragma once

#include <boost/json/value.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cg::testing {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased; the last of repeated ones
  std::vector<std::string> set_cookies;        // every Set-Cookie header, in order
  std::string body;

  std::string header(const std::string& lower_case_name) const;
  // The body parsed as JSON (fails the test if it is not). Parsed once and kept, so references
  // into it stay valid as long as the response: `const auto& x = response.json().at("x")`.
  const boost::json::value& json() const;

 private:
  mutable std::optional<boost::json::value> parsed_;
};

// Keeps cookies like a browser (Set-Cookie in, Cookie out) and, like the web app, echoes the
// cg_csrf cookie as X-CSRF-Token on unsafe methods unless told not to.
class HttpClient {
 public:
  explicit HttpClient(int port);
  ~HttpClient();

  void set_sends_csrf_token(bool sends) { sends_csrf_token_ = sends; }
  std::optional<std::string> cookie(const std::string& name) const;
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void clear_cookies() { cookies_.clear(); }
  void copy_cookies_from(const HttpClient& other) { cookies_ = other.cookies_; }
  // "Cookie: ...\r\nX-CSRF-Token: ...\r\n" for hand-written requests on a RawConnection.
  std::string session_headers() const;

  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = "",
                       const std::vector<std::pair<std::string, std::string>>& headers = {});
  HttpResponse get(const std::string& target) { return request("GET", target); }
  HttpResponse post_json(const std::string& target, const std::string& json);
  HttpResponse patch_json(const std::string& target, const std::string& json, const std::string& if_match);
  HttpResponse del(const std::string& target, const std::string& if_match = "");

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::map<std::string, std::string> cookies_;
  bool sends_csrf_token_ = true;
};

class RawConnection {
 public:
  explicit RawConnection(int port);
  ~RawConnection();
  void send(const std::string& bytes);
  struct Received {
    std::string data;
    bool closed = false;  // the server closed the connection
  };
  // Reads until the server closes the connection or `timeout` passes.
  Received read_until_closed(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
};

}  // namespace cg::testing
