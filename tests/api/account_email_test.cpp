// Invitations and password resets through a real SMTP conversation with a local sink: the email
// arrives, its link works once, and expired, reused or made-up links are refused.
#include <memory>

#include "support/api_fixture.h"
#include "support/smtp_sink.h"

namespace cg::testing {
namespace {

std::string token_of(const std::string& link) { return link.substr(link.find("token=") + 6); }

class AccountEmail : public ApiTest {
 protected:
  std::vector<std::string> server_flags() const override {
    return {"--smtp-url", sink_->url(), "--mail-from", "CommonGround <no-reply@riverton.example>", "--public-url",
            "http://cg.riverton.example"};
  }

  HttpResponse set_password(const std::string& token, const std::string& password) {
    return HttpClient(port()).post_json(
        "/api/v1/auth/set-password",
        boost::json::serialize(boost::json::object{{"token", token}, {"password", password}}));
  }

  std::unique_ptr<SmtpSink> sink_ = std::make_unique<SmtpSink>();
};

TEST_P(AccountEmail, AnInvitationArrivesAndItsLinkSetsThePasswordOnce) {
  const auto invited = http().post_json(
      "/api/v1/users", R"({"email":"pastor.james@riverton.example","display_name":"Pastor James Ortiz"})");
  ASSERT_EQ(invited.status, 201) << invited.body;
  const auto email = sink_->wait_for(1);
  ASSERT_TRUE(email);
  EXPECT_EQ(email->recipients.at(0), "<pastor.james@riverton.example>");
  EXPECT_NE(email->data.find("Subject: You are invited to CommonGround"), std::string::npos) << email->data;
  EXPECT_NE(email->data.find("From: CommonGround <no-reply@riverton.example>"), std::string::npos);
  const auto link = email->link_containing("/set-password?token=");
  ASSERT_TRUE(link) << email->data;
  EXPECT_TRUE(link->starts_with("http://cg.riverton.example/set-password?token="));

  const auto weak = set_password(token_of(*link), "password1");
  EXPECT_EQ(weak.status, 400);
  EXPECT_EQ(problem_fields(weak), "password") << "a refused password does not use up the link";
  EXPECT_EQ(set_password(token_of(*link), "faith leaders at the table").status, 200);
  const auto reuse = set_password(token_of(*link), "another passphrase here");
  EXPECT_EQ(reuse.status, 400);
  EXPECT_EQ(problem_fields(reuse), "token");

  HttpClient pastor(port());
  TotpDevice none;
  EXPECT_EQ(sign_in(pastor, "pastor.james@riverton.example", "faith leaders at the table", none)
                .at("user").at("display_name").as_string(),
            "Pastor James Ortiz");
}

TEST_P(AccountEmail, AResetLinkWorksOnceAndANewerOneReplacesIt) {
  HttpClient anonymous(port());
  EXPECT_EQ(anonymous.post_json("/api/v1/auth/password-reset", R"({"email":"ADMIN@riverton.example"})").status, 202);
  const auto first = sink_->wait_for(1);
  ASSERT_TRUE(first);
  EXPECT_EQ(anonymous.post_json("/api/v1/auth/password-reset", R"({"email":"admin@riverton.example"})").status, 202);
  const auto second = sink_->wait_for(2);
  ASSERT_TRUE(second);
  EXPECT_EQ(set_password(token_of(*first->link_containing("token=")), "a fresh admin passphrase").status, 400)
      << "the older link was replaced";
  const auto token = token_of(*second->link_containing("token="));
  EXPECT_EQ(set_password(token, "a fresh admin passphrase").status, 200);
  EXPECT_EQ(set_password(token, "yet another admin passphrase").status, 400) << "reset links work once";
  EXPECT_EQ(http().get("/api/v1/organizations").status, 401) << "setting the password ended the old sessions";
}

TEST_P(AccountEmail, UnknownAddressesLookTheSameAndGetNoEmail) {
  HttpClient anonymous(port());
  const auto unknown = anonymous.post_json("/api/v1/auth/password-reset", R"({"email":"nobody@riverton.example"})");
  EXPECT_EQ(unknown.status, 202);
  EXPECT_FALSE(sink_->wait_for(1, std::chrono::milliseconds(500)));
  EXPECT_EQ(set_password("made-up-token", "whatever passphrase").status, 400);
  EXPECT_EQ(anonymous.post_json("/api/v1/auth/password-reset", R"({"mail":"x"})").status, 400);
}

TEST_P(AccountEmail, OnlyAdminsInviteAndDuplicatesAreRefused) {
  ASSERT_EQ(http().post_json("/api/v1/users", R"({"email":"a@riverton.example","display_name":"A"})").status, 201);
  const auto duplicate = http().post_json("/api/v1/users", R"({"email":"A@Riverton.example","display_name":"A again"})");
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_EQ(HttpClient(port()).post_json("/api/v1/users", R"({"email":"b@riverton.example","display_name":"B"})").status,
            401);
  const auto users = http().get("/api/v1/users").json().at("items").as_array();
  EXPECT_EQ(users.size(), 2u);
}

CG_ON_BOTH_ENGINES(AccountEmail);

}  // namespace
}  // namespace cg::testing
