#include "http/standard_headers.h"

#include <algorithm>
#include <random>

namespace cg::http {

void add_standard_headers(Response& response, const Request& request, bool https) {
  response.set_header("X-Request-Id", request.request_id);
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("X-Frame-Options", "DENY");
  // API answers load nothing at all; the web app's pages set their own, wider policy.
  if (!response.header("Content-Security-Policy")) {
    response.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  }
  if (https) response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  if (!response.header("Cache-Control")) response.set_header("Cache-Control", "no-store");
}

std::string request_id_for(const Request& request) {
  if (auto given = request.header("x-request-id")) {
    const bool plain = !given->empty() && given->size() <= 64 &&
                       std::all_of(given->begin(), given->end(), [](char c) {
                         return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
                       });
    if (plain) return std::string(*given);
  }
  thread_local std::mt19937_64 random{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  auto bits = random();
  for (char& c : id) {
    c = kHex[bits & 0xF];
    bits >>= 4;
  }
  return id;
}

}  // namespace cg::http
