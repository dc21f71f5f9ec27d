// A person who signs in to CommonGround. Site roles are about the whole installation (admins
// manage accounts and read the audit trail); what someone may do inside a partnership comes from
// their partnership role, not from here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace cg {

enum class SiteRole { admin, user };
enum class UserStatus { active, disabled };

std::string_view to_key(SiteRole role);
std::optional<SiteRole> site_role_from_key(std::string_view key);
std::string_view to_key(UserStatus status);
std::optional<UserStatus> user_status_from_key(std::string_view key);

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string display_name;
  SiteRole site_role = SiteRole::user;
  UserStatus status = UserStatus::active;
  bool mfa_enabled = false;
  std::optional<std::string> locked_at;
  std::optional<std::string> last_sign_in_at;
  std::optional<std::string> notice_acknowledged_at;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

inline constexpr std::size_t kDisplayNameMax = 120;

// The key emails are unique and looked up by: trimmed and ASCII-lower-cased.
std::string email_key(std::string_view email);

// Checks a new account's email and display name (trimmed first); empty when valid.
std::vector<FieldError> validate_new_user(std::string_view email, std::string_view display_name);

}  // namespace cg
