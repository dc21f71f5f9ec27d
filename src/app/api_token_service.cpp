#include "app/api_token_service.h"

#include <boost/json.hpp>

#include "app/audit_trail.h"
#include "app/secrets.h"
#include "domain/text_rules.h"
#include "domain/time_format.h"
#include "store/store.h"
#include "store/user_repository.h"

namespace cg::app {
namespace {

constexpr auto kUseRecordInterval = std::chrono::minutes(1);

AuditEntry token_entry(std::string action, const store::ApiToken& token) {
  AuditEntry entry;
  entry.action = std::move(action);
  entry.outcome = "success";
  entry.target_type = "api_token";
  entry.target_id = std::to_string(token.id);
  entry.after_json = boost::json::serialize(boost::json::object{{"name", token.name}, {"scope", token.scope}});
  return entry;
}

}  // namespace

Result<NewApiToken> ApiTokenService::create(const Principal& owner, std::string_view name, std::string_view scope,
                                            const Actor& actor) {
  const auto trimmed = text::trim(name);
  std::vector<FieldError> errors;
  if (auto problem = text::check_length(trimmed, 1, kApiTokenNameMax)) errors.push_back({"name", *problem});
  else if (auto bad = text::check_characters(trimmed, text::Lines::single)) errors.push_back({"name", *bad});
  if (scope != "read" && scope != "read_write") errors.push_back({"scope", "Must be one of: read, read_write."});
  if (!errors.empty()) return Error::invalid(std::move(errors));
  NewApiToken created;
  created.secret = std::string(kApiTokenPrefix) + random_token();
  const auto at = format_utc(clock_());
  created.token = store_.write([&](store::Connection& c) {
    auto token = store::ApiTokenRepository(c).insert(owner.user.id, trimmed, fingerprint(created.secret),
                                                      std::string(scope), at);
    append_audit(c, actor, at, token_entry("api_token.create", token));
    return token;
  });
  return created;
}

std::vector<store::ApiToken> ApiTokenService::list(const Principal& owner) {
  return store_.read([&](store::Connection& c) { return store::ApiTokenRepository(c).list_for_user(owner.user.id); });
}

Result<Done> ApiTokenService::revoke(const Principal& owner, std::int64_t id, const Actor& actor) {
  const auto at = format_utc(clock_());
  return store_.write([&](store::Connection& c) -> Result<Done> {
    store::ApiTokenRepository tokens(c);
    if (!tokens.revoke(owner.user.id, id, at)) {
      return Error::make(ErrorKind::not_found, "You have no active API token with id " + std::to_string(id) + ".");
    }
    store::ApiToken revoked;
    revoked.id = id;
    auto entry = token_entry("api_token.revoke", revoked);
    entry.after_json.reset();
    append_audit(c, actor, at, std::move(entry));
    return Done{};
  });
}

Result<Principal> ApiTokenService::authenticate(std::string_view secret) {
  const auto unknown = Error::make(ErrorKind::unauthenticated,
                                   "This API token is not valid: it may have been revoked. Create a new one on your "
                                   "account page.",
                                   "invalid-token");
  if (!secret.starts_with(kApiTokenPrefix)) return unknown;
  const auto hash = fingerprint(secret);
  auto found = store_.read([&](store::Connection& c) -> std::optional<std::pair<store::ApiToken, User>> {
    auto token = store::ApiTokenRepository(c).find_by_hash(hash);
    if (!token || token->revoked_at) return std::nullopt;
    auto user = store::UserRepository(c).find(token->user_id);
    if (!user || user->status != UserStatus::active) return std::nullopt;
    return std::make_pair(std::move(*token), std::move(*user));
  });
  if (!found) return unknown;
  const auto now = clock_();
  const auto& token = found->first;
  if (!token.last_used_at || now - *parse_utc(*token.last_used_at) >= kUseRecordInterval) {
    store_.write([&](store::Connection& c) {
      store::ApiTokenRepository(c).mark_used(token.id, format_utc(now));
      return 0;
    });
  }
  Principal principal;
  principal.user = std::move(found->second);
  principal.stage = store::SessionStage::active;
  principal.token_scope = token.scope;
  return principal;
}

}  // namespace cg::app
