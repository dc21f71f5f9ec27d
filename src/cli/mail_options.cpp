#include "cli/mail_options.h"

#include "mail/smtp_mailer.h"

namespace cg::cli {

Result<std::string> checked_public_url(const Options& options) {
  std::string url = options.text("--public-url");
  if (!url.starts_with("http://") && !url.starts_with("https://")) {
    return Error::invalid_field("--public-url", "must start with http:// or https://, not " + url);
  }
  while (url.ends_with('/')) url.pop_back();
  return url;
}

std::unique_ptr<mail::Mailer> make_mailer(const Options& options) {
  if (options.text("--smtp-url").empty()) return std::make_unique<mail::LogMailer>();
  return std::make_unique<mail::SmtpMailer>(options.text("--smtp-url"), options.text("--mail-from"));
}

}  // namespace cg::cli
