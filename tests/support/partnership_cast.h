// A partnership and the people around it for API tests: a lead who started it, a coordinator, a
// member and an observer added by email (their accounts exist, so they are linked), and an
// outsider with an account but no seat. Each person has their own signed-in client.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <string>

#include "support/http_client.h"

namespace cg::testing {

struct CastMember {
  std::string email;
  std::unique_ptr<HttpClient> client;
  std::int64_t membership_id = 0;  // in the partnership created last; 0 for the outsider
};

class PartnershipCast {
 public:
  // Creates the accounts (through the CLI) and signs each person in.
  PartnershipCast(const std::string& database_url, int port);

  HttpClient& as(const std::string& role) { return *people_.at(role).client; }
  std::int64_t membership(const std::string& role) const { return people_.at(role).membership_id; }
  const std::string& email(const std::string& role) const { return people_.at(role).email; }

  // The lead starts a partnership; coordinator, member and observer join it directly.
  // Returns its id.
  std::int64_t create_partnership(const std::string& name, const std::string& visibility);

 private:
  int port_;
  std::map<std::string, CastMember> people_;
};

// Path helper: "/api/v1/partnerships/<id>" + suffix.
std::string partnership_path(std::int64_t id, const std::string& suffix = "");

}  // namespace cg::testing
