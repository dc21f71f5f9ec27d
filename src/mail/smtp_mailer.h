// Hands messages to an SMTP relay with libcurl: smtp://host:port (STARTTLS when the relay offers
// it is libcurl's choice via --smtp-url smtp://...; smtps:// for implicit TLS), optional
// user and password in the URL. Each send opens its own connection: sends are rare.
#pragma once

#include <chrono>
#include <string>

#include "mail/mailer.h"

namespace cg::mail {

class SmtpMailer : public Mailer {
 public:
  SmtpMailer(std::string relay_url, std::string from, std::chrono::seconds timeout = std::chrono::seconds(15));
  void send(const Message& message) override;

 private:
  const std::string relay_url_;
  const std::string from_;
  const std::chrono::seconds timeout_;
};

// Writes messages to standard error instead of sending them: for demos and development machines
// without a relay (the log shows the links people would have received).
class LogMailer : public Mailer {
 public:
  void send(const Message& message) override;
};

// RFC 5322 message text: headers (UTF-8 subject encoded per RFC 2047) and the body with CRLF line
// ends and leading dots doubled.
std::string format_message(const std::string& from, const Message& message, const std::string& message_id);

}  // namespace cg::mail
