// Sign-in rules with a controllable clock, on both engines: lockout and its end, session expiry,
// rate limiting, the second factor (replays refused, recovery codes once) and the audit trail.
#include "app/auth_service.h"

#include <gtest/gtest.h>

#include "app/secrets.h"
#include "domain/base32.h"
#include "domain/totp.h"
#include "store/audit_repository.h"
#include "store/store.h"
#include "support/test_database.h"

namespace cg::app {
namespace {

using namespace std::chrono;
using store::SessionStage;

constexpr const char* kPassword = "river bend night market";

class AuthServiceTest : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override {
    initialise_secrets();
    db_ = testing::TestDatabase::create(GetParam());
    ASSERT_TRUE(db_);
    store_ = std::move(*store::Store::open({db_->url(), 2}));
    store_->migrate();
    settings_.lockout.max_attempts_per_address = 12;
    auth_ = std::make_unique<AuthService>(*store_, [this] { return now_; }, settings_);
    client_.source_address = "203.0.113.7";
    client_.request_id = "req";
    auto user = auth_->create_user("Cora@Riverton.example", "Cora Coordinator", kPassword, SiteRole::user, client_);
    ASSERT_TRUE(user) << user.error().detail;
    user_ = *user;
  }

  Result<SessionGrant> sign_in(const std::string& password, const std::string& email = "cora@riverton.example") {
    return auth_->sign_in(email, password, client_, "test agent");
  }

  // Signs in and passes the notice, returning an active principal.
  Principal active_session() {
    auto grant = sign_in(kPassword);
    EXPECT_TRUE(grant) << grant.error().detail;
    auto principal = auth_->authenticate(grant->token);
    EXPECT_TRUE(principal);
    if (principal->stage == SessionStage::notice) principal = auth_->acknowledge_notice(*principal, client_);
    EXPECT_EQ(principal->stage, SessionStage::active);
    token_ = grant->token;
    return *principal;
  }

  std::int64_t unix_now() const { return duration_cast<seconds>(now_.time_since_epoch()).count(); }

  std::vector<store::AuditEvent> audit(const std::string& prefix) {
    store::AuditFilter filter;
    filter.action_prefix = prefix;
    filter.limit = 200;
    return store_->read([&](store::Connection& c) { return store::AuditRepository(c).list(filter); });
  }

  system_clock::time_point now_ = sys_days{year{2026} / March / 2} + hours{8};
  AuthSettings settings_;
  Actor client_;
  User user_;
  std::string token_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<AuthService> auth_;
};

TEST_P(AuthServiceTest, WrongEmailAndWrongPasswordGetTheSameAnswer) {
  const auto wrong_password = sign_in("not the password at all");
  const auto wrong_email = sign_in(kPassword, "nobody@riverton.example");
  ASSERT_FALSE(wrong_password);
  ASSERT_FALSE(wrong_email);
  EXPECT_EQ(wrong_password.error().problem_slug, "invalid-credentials");
  EXPECT_EQ(wrong_password.error().detail, wrong_email.error().detail);
  EXPECT_EQ(wrong_password.error().kind, ErrorKind::unauthenticated);
}

TEST_P(AuthServiceTest, TheFifthFailureLocksUntilTheLockEnds) {
  for (int i = 0; i < 4; ++i) EXPECT_EQ(sign_in("wrong password " + std::to_string(i)).error().problem_slug, "invalid-credentials");
  EXPECT_EQ(sign_in("wrong password 5").error().problem_slug, "account-locked");
  now_ += minutes(29);
  EXPECT_EQ(sign_in(kPassword).error().problem_slug, "account-locked") << "the right password does not help";
  now_ += minutes(1);
  EXPECT_TRUE(sign_in(kPassword)) << "30 minutes later the lock has lifted";
  EXPECT_EQ(sign_in("one more typo").error().problem_slug, "invalid-credentials")
      << "old failures do not count against the account again";
  EXPECT_EQ(audit("auth.lock").size(), 1u);
}

TEST_P(AuthServiceTest, FailuresOutsideTheWindowDoNotLock) {
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(sign_in("wrong"));
  now_ += minutes(16);
  EXPECT_EQ(sign_in("wrong").error().problem_slug, "invalid-credentials");
}

TEST_P(AuthServiceTest, AnAdminCanUnlockAtOnce) {
  for (int i = 0; i < 5; ++i) ASSERT_FALSE(sign_in("wrong"));
  ASSERT_EQ(sign_in(kPassword).error().problem_slug, "account-locked");
  ASSERT_TRUE(auth_->unlock(user_.id, command_line_actor()));
  EXPECT_TRUE(sign_in(kPassword));
}

TEST_P(AuthServiceTest, AnAddressThatTriesTooOftenMustWait) {
  for (int i = 0; i < 12; ++i) ASSERT_FALSE(sign_in("wrong", "guess" + std::to_string(i) + "@riverton.example"));
  const auto limited = sign_in(kPassword);
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().kind, ErrorKind::too_many_requests);
  EXPECT_EQ(limited.error().retry_after_seconds, 300);
  now_ += minutes(5) + seconds(1);
  EXPECT_TRUE(sign_in(kPassword));
}

TEST_P(AuthServiceTest, SessionsEndWhenIdleOrTooOld) {
  active_session();
  now_ += minutes(29);
  ASSERT_TRUE(auth_->authenticate(token_)) << "activity refreshes the idle timer";
  now_ += minutes(29);
  ASSERT_TRUE(auth_->authenticate(token_));
  now_ += minutes(30);
  const auto idle = auth_->authenticate(token_);
  ASSERT_FALSE(idle);
  EXPECT_EQ(idle.error().problem_slug, "session-expired");
  EXPECT_FALSE(auth_->authenticate(token_)) << "an expired session is gone for good";

  active_session();
  for (int i = 0; i < 26; ++i) {  // 26 × 29 minutes is past 12 hours
    now_ += minutes(29);
    if (!auth_->authenticate(token_)) break;
  }
  EXPECT_FALSE(auth_->authenticate(token_)) << "no session outlives 12 hours, however busy";
}

TEST_P(AuthServiceTest, SignOutEverywhereEndsEverySession) {
  const auto first = active_session();
  const auto first_token = token_;
  active_session();
  EXPECT_EQ(auth_->sign_out_everywhere(first, client_), 2);
  EXPECT_FALSE(auth_->authenticate(first_token));
  EXPECT_FALSE(auth_->authenticate(token_));
}

TEST_P(AuthServiceTest, SecondFactorCodesWorkOnceAndRecoveryCodesToo) {
  auto session = active_session();
  const auto enrolment = auth_->start_mfa_enrolment(session, client_);
  ASSERT_TRUE(enrolment);
  EXPECT_TRUE(enrolment->otpauth_uri.starts_with("otpauth://totp/CommonGround:Cora@Riverton.example?secret="));
  const auto secret = *base32::decode(enrolment->secret_base32);
  const auto code_at = [&](std::int64_t offset) {
    return totp::hotp(secret, static_cast<std::uint64_t>(totp::step_at(unix_now()) + offset));
  };
  EXPECT_FALSE(auth_->confirm_mfa_enrolment(session, "000000", client_)) << "a wrong code does not enable it";
  const auto codes = auth_->confirm_mfa_enrolment(session, code_at(0), client_);
  ASSERT_TRUE(codes);
  ASSERT_EQ(codes->size(), 10u);

  auto grant = sign_in(kPassword);
  ASSERT_TRUE(grant);
  EXPECT_EQ(grant->stage, SessionStage::second_factor);
  auto pending = *auth_->authenticate(grant->token);
  const auto replay = auth_->verify_second_factor(pending, code_at(0), client_);
  ASSERT_FALSE(replay) << "the code used at enrolment cannot be used again";
  EXPECT_EQ(replay.error().fields.at(0).field, "code");
  const auto next = auth_->verify_second_factor(pending, code_at(1), client_);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->stage, SessionStage::notice);

  grant = sign_in(kPassword);
  pending = *auth_->authenticate(grant->token);
  const auto recovery = codes->front();
  std::string shouted = recovery;
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(auth_->verify_second_factor(pending, shouted, client_)) << "recovery codes ignore case";
  grant = sign_in(kPassword);
  pending = *auth_->authenticate(grant->token);
  EXPECT_FALSE(auth_->verify_second_factor(pending, recovery, client_)) << "each recovery code works once";
}

TEST_P(AuthServiceTest, WrongSecondFactorCodesLockTheAccountLikeWrongPasswords) {
  auto session = active_session();
  const auto enrolment = auth_->start_mfa_enrolment(session, client_);
  const auto secret = *base32::decode(enrolment->secret_base32);
  ASSERT_TRUE(auth_->confirm_mfa_enrolment(
      session, totp::hotp(secret, static_cast<std::uint64_t>(totp::step_at(unix_now()))), client_));
  const auto grant = sign_in(kPassword);
  const auto pending = *auth_->authenticate(grant->token);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(auth_->verify_second_factor(pending, "000000", client_).error().fields.at(0).field, "code");
  }
  const auto fifth = auth_->verify_second_factor(pending, "000000", client_);
  ASSERT_FALSE(fifth);
  EXPECT_EQ(fifth.error().problem_slug, "account-locked");
  EXPECT_FALSE(auth_->authenticate(grant->token)) << "the half-finished session is gone";
  EXPECT_EQ(sign_in(kPassword).error().problem_slug, "account-locked");
}

TEST_P(AuthServiceTest, AdminsMustEnrolASecondFactor) {
  ASSERT_TRUE(auth_->create_user("ana@riverton.example", "Ana Admin", kPassword, SiteRole::admin, client_));
  const auto grant = sign_in(kPassword, "ana@riverton.example");
  ASSERT_TRUE(grant);
  auto principal = *auth_->authenticate(grant->token);
  principal = *auth_->acknowledge_notice(principal, client_);
  EXPECT_EQ(principal.stage, SessionStage::enrol_second_factor);
}

TEST_P(AuthServiceTest, PasswordsFollowThePolicyAndResetsEndSessions) {
  const auto weak = auth_->create_user("x@riverton.example", "X", "password1", SiteRole::user, client_);
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().fields.at(0).field, "password");
  const auto taken = auth_->create_user("CORA@riverton.example", "Other", kPassword, SiteRole::user, client_);
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().kind, ErrorKind::conflict);

  active_session();
  ASSERT_TRUE(auth_->reset_password("cora@riverton.example", "a brand new passphrase", command_line_actor()));
  EXPECT_FALSE(auth_->authenticate(token_));
  EXPECT_FALSE(sign_in(kPassword));
  EXPECT_TRUE(sign_in("a brand new passphrase"));
}

TEST_P(AuthServiceTest, EveryAttemptIsAuditedWithoutSecrets) {
  ASSERT_FALSE(sign_in("wrong password"));
  ASSERT_TRUE(sign_in(kPassword));
  const auto events = audit("auth.sign_in");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].outcome, "wrong_password");
  EXPECT_EQ(events[0].outcome, "success");
  for (const auto& e : events) {
    EXPECT_EQ(e.source_address, "203.0.113.7");
    EXPECT_EQ(e.actor_user_id, user_.id);
    EXPECT_EQ(e.before_json.value_or("").find("password"), std::string::npos);
    EXPECT_EQ(e.after_json.value_or("").find("wrong password"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, AuthServiceTest,
                         ::testing::Values(store::Engine::sqlite, store::Engine::postgresql),
                         [](const auto& info) { return testing::engine_name(info.param); });

}  // namespace
}  // namespace cg::app
