// The options of the commands that send email (serve, remind): where people reach CommonGround
// (links in emails) and how mail leaves it.
#pragma once

#include <memory>
#include <string>

#include "cli/options.h"
#include "domain/result.h"
#include "mail/mailer.h"

namespace cg::cli {

inline constexpr OptionSpec kPublicUrlOption{
    "--public-url", "CG_PUBLIC_URL", "http://127.0.0.1:8080",
    "The address people use to reach CommonGround; https:// makes session cookies Secure."};
inline constexpr OptionSpec kSmtpUrlOption{
    "--smtp-url", "CG_SMTP_URL", "",
    "Mail relay for invitations, password resets and reminders, e.g. smtp://mail.example.org:587 "
    "(user:password@ allowed). Without one, emails are written to the log instead."};
inline constexpr OptionSpec kMailFromOption{"--mail-from", "CG_MAIL_FROM", "CommonGround <no-reply@localhost>",
                                            "Sender of CommonGround's emails."};

// --public-url without trailing slashes; an error unless it is http:// or https://.
Result<std::string> checked_public_url(const Options& options);
// SMTP when --smtp-url is set, otherwise a mailer that writes messages to the log.
std::unique_ptr<mail::Mailer> make_mailer(const Options& options);

}  // namespace cg::cli
