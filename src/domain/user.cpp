#include "domain/user.h"

#include "domain/text_rules.h"

namespace cg {

std::string_view to_key(SiteRole role) { return role == SiteRole::admin ? "admin" : "user"; }

std::optional<SiteRole> site_role_from_key(std::string_view key) {
  if (key == "admin") return SiteRole::admin;
  if (key == "user") return SiteRole::user;
  return std::nullopt;
}

std::string_view to_key(UserStatus status) { return status == UserStatus::active ? "active" : "disabled"; }

std::optional<UserStatus> user_status_from_key(std::string_view key) {
  if (key == "active") return UserStatus::active;
  if (key == "disabled") return UserStatus::disabled;
  return std::nullopt;
}

std::string email_key(std::string_view email) { return text::ascii_lower(text::trim(email)); }

std::vector<FieldError> validate_new_user(std::string_view email, std::string_view display_name) {
  std::vector<FieldError> errors;
  if (auto problem = text::check_email(text::trim(email))) errors.push_back({"email", *problem});
  const auto name = text::trim(display_name);
  if (auto problem = text::check_length(name, 1, kDisplayNameMax)) {
    errors.push_back({"display_name", *problem});
  } else if (auto bad = text::check_characters(name, text::Lines::single)) {
    errors.push_back({"display_name", *bad});
  }
  return errors;
}

}  // namespace cg
