#include "app/demo_accounts.h"

#include "app/audit_trail.h"
#include "app/secrets.h"
#include "domain/base32.h"
#include "domain/time_format.h"
#include "domain/totp.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {

std::vector<DemoAccount> load_demo_accounts(store::Store& store, const Clock& clock) {
  std::vector<DemoAccount> accounts = {
      {"admin@riverton.example", "Alex Rivera", "riverton demo admin", true, ""},
      {"coordinator@riverton.example", "Jordan Lee", "riverton demo coordinator", false, ""},
  };
  const auto now = format_utc(clock());
  for (auto& account : accounts) {
    const auto hash = hash_password(account.password);  // outside the transaction: it takes a while
    store.write([&](store::Connection& c) {
      store::UserRepository users(c);
      auto user = users.find_by_email(account.email);
      if (user) {
        users.set_password_hash(user->id, hash, now);
        users.set_locked_at(user->id, std::nullopt, now);
      } else {
        store::NewUser fresh{account.email, account.display_name, hash, account.admin ? SiteRole::admin : SiteRole::user};
        user = users.insert(fresh, now);
      }
      if (account.admin) {
        const auto existing = *users.credentials(user->id);  // the row was just found or inserted
        if (existing.user.mfa_enabled && existing.mfa_secret) {
          account.totp_secret = *existing.mfa_secret;
        } else {
          account.totp_secret = base32::encode(random_bytes(totp::kSecretBytes));
          users.set_mfa_secret(user->id, account.totp_secret, now);
          users.enable_mfa(user->id, now);
        }
      }
      AuditEntry entry;
      entry.action = "user.demo_reset";
      entry.outcome = "success";
      entry.target_type = "user";
      entry.target_id = std::to_string(user->id);
      append_audit(c, command_line_actor(), now, std::move(entry));
      return 0;
    });
  }
  return accounts;
}

}  // namespace cg::app
