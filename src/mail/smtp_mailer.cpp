#include "mail/smtp_mailer.h"

#include <curl/curl.h>

#include <boost/json.hpp>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <random>
#include <stdexcept>

namespace cg::mail {
namespace {

struct Upload {
  std::string data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t room = size * count;
  const std::size_t n = std::min(room, upload->data.size() - upload->offset);
  std::memcpy(buffer, upload->data.data() + upload->offset, n);
  upload->offset += n;
  return n;
}

// Header values must not carry line breaks (header injection).
std::string one_line(const std::string& text) {
  std::string out;
  for (const char c : text) out += (c == '\r' || c == '\n') ? ' ' : c;
  return out;
}

std::string encoded_subject(const std::string& subject) {
  const bool ascii = std::all_of(subject.begin(), subject.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return one_line(subject);
  static constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const auto text = one_line(subject);
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += 3) {
    std::uint32_t chunk = static_cast<unsigned char>(text[i]) << 16;
    if (i + 1 < text.size()) chunk |= static_cast<unsigned char>(text[i + 1]) << 8;
    if (i + 2 < text.size()) chunk |= static_cast<unsigned char>(text[i + 2]);
    out += kBase64[(chunk >> 18) & 63];
    out += kBase64[(chunk >> 12) & 63];
    out += i + 1 < text.size() ? kBase64[(chunk >> 6) & 63] : '=';
    out += i + 2 < text.size() ? kBase64[chunk & 63] : '=';
  }
  return "=?UTF-8?B?" + out + "?=";
}

std::string address_only(const std::string& from) {
  const auto open = from.find('<');
  const auto close = from.find('>');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    return from.substr(open + 1, close - open - 1);
  }
  return from;
}

void initialise_curl() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

std::string format_message(const std::string& from, const Message& message, const std::string& message_id) {
  std::string out = "From: " + one_line(from) + "\r\nTo: " + one_line(message.to) +
                    "\r\nSubject: " + encoded_subject(message.subject) + "\r\nMessage-ID: <" + message_id +
                    ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    "Content-Transfer-Encoding: 8bit\r\n\r\n";
  std::size_t start = 0;
  while (start < message.text.size()) {
    auto end = message.text.find('\n', start);
    if (end == std::string::npos) end = message.text.size();
    std::string line = message.text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line.front() == '.') line.insert(line.begin(), '.');
    out += line + "\r\n";
    start = end + 1;
  }
  return out;
}

SmtpMailer::SmtpMailer(std::string relay_url, std::string from, std::chrono::seconds timeout)
    : relay_url_(std::move(relay_url)), from_(std::move(from)), timeout_(timeout) {
  initialise_curl();
}

void SmtpMailer::send(const Message& message) {
  thread_local std::mt19937_64 random{std::random_device{}()};
  const auto message_id = std::to_string(random()) + "@commonground";
  Upload upload{format_message(from_, message, message_id), 0};
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) throw std::runtime_error("cannot start libcurl");
  // Built by appending: "<" + std::string trips a false -Wrestrict in GCC 12 at -O2 and above.
  std::string recipient = "<";
  recipient += one_line(message.to);
  recipient += '>';
  curl_slist* recipients = curl_slist_append(nullptr, recipient.c_str());
  std::string sender = "<";
  sender += address_only(from_);
  sender += '>';
  curl_easy_setopt(curl.get(), CURLOPT_URL, relay_url_.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_MAIL_FROM, sender.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl.get(), CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(curl.get(), CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl.get(), CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, static_cast<long>(timeout_.count()));
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  const auto result = curl_easy_perform(curl.get());
  curl_slist_free_all(recipients);
  if (result != CURLE_OK) throw std::runtime_error(std::string("email not sent: ") + curl_easy_strerror(result));
}

void LogMailer::send(const Message& message) {
  const boost::json::object line{{"level", "info"},
                                 {"message", "email (not sent: no --smtp-url)"},
                                 {"to", message.to},
                                 {"subject", message.subject},
                                 {"text", message.text}};
  std::fprintf(stderr, "%s\n", boost::json::serialize(line).c_str());
}

}  // namespace cg::mail
