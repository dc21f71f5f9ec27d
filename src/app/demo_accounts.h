// Demo accounts, so someone trying CommonGround can sign in at once: a site admin (with a second
// factor already set up, as admins must have one: its secret is printed for an authenticator
// app) and a partnership coordinator without admin rights. The passwords are public, so these
// accounts belong in demo databases only.
#pragma once

#include <string>
#include <vector>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct DemoAccount {
  std::string email;
  std::string display_name;
  std::string password;
  bool admin = false;
  std::string totp_secret;  // base32; empty when the account has no second factor
};

// Creates the accounts, or resets them to their demo password (and the admin's second factor to
// the printed secret) when they exist. Returns them for printing.
std::vector<DemoAccount> load_demo_accounts(store::Store& store, const Clock& clock);

}  // namespace cg::app
