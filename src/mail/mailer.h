// Sending email (invitations, password resets). The app layer talks to this interface; the SMTP
// implementation lives beside it. Sends block for up to a few seconds: call them from a worker
// thread, never from an I/O thread, and never inside a database transaction.
#pragma once

#include <string>

namespace cg::mail {

struct Message {
  std::string to;
  std::string subject;
  std::string text;  // plain text body; lines end in \n
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Throws std::runtime_error with a readable reason when the message could not be handed over.
  virtual void send(const Message& message) = 0;
};

}  // namespace cg::mail
