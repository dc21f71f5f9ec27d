// Personal API tokens: how records systems, open-data portals and BI tools call the API as a
// person, without a browser session. Scoped read or read-write, stored as fingerprints, revocable,
// with the time each was last used. Every change is audited.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/actor.h"
#include "app/auth_service.h"
#include "app/clock.h"
#include "domain/result.h"
#include "store/api_token_repository.h"

namespace cg::app {

struct NewApiToken {
  store::ApiToken token;
  std::string secret;  // "cgp_..."; shown once
};

inline constexpr std::string_view kApiTokenPrefix = "cgp_";
inline constexpr std::size_t kApiTokenNameMax = 100;

class ApiTokenService {
 public:
  ApiTokenService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  // 400 for a missing or overlong name or an unknown scope.
  Result<NewApiToken> create(const Principal& owner, std::string_view name, std::string_view scope, const Actor& actor);
  std::vector<store::ApiToken> list(const Principal& owner);
  // 404 when the owner has no such live token (someone else's tokens are invisible).
  Result<Done> revoke(const Principal& owner, std::int64_t id, const Actor& actor);

  // The token's owner as a principal with token_scope set; 401 for an unknown, revoked or
  // disabled-owner token. Records the time of use (at most once a minute).
  Result<Principal> authenticate(std::string_view secret);

 private:
  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
