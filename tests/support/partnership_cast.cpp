#include "support/partnership_cast.h"

#include <gtest/gtest.h>

#include "support/sign_in.h"

namespace cg::testing {

std::string partnership_path(std::int64_t id, const std::string& suffix) {
  return "/api/v1/partnerships/" + std::to_string(id) + suffix;
}

PartnershipCast::PartnershipCast(const std::string& database_url, int port) : port_(port) {
  for (const char* role : {"lead", "coordinator", "member", "observer", "outsider"}) {
    CastMember person;
    person.email = std::string(role) + "@cast.example";
    add_user(database_url, person.email, std::string("Cast ") + role, "cast member passphrase", false);
    person.client = std::make_unique<HttpClient>(port);
    TotpDevice none;
    sign_in(*person.client, person.email, "cast member passphrase", none);
    people_.emplace(role, std::move(person));
  }
}

std::int64_t PartnershipCast::create_partnership(const std::string& name, const std::string& visibility) {
  const auto created = as("lead").post_json(
      "/api/v1/partnerships",
      boost::json::serialize(boost::json::object{{"name", name}, {"visibility", visibility}, {"my_sector", "law_enforcement"}}));
  EXPECT_EQ(created.status, 201) << created.body;
  const auto id = created.json().at("id").as_int64();
  people_.at("lead").membership_id = created.json().at("my_membership_id").as_int64();
  const std::map<std::string, std::string> sectors = {
      {"coordinator", "residents_neighborhood"}, {"member", "faith"}, {"observer", "media"}};
  for (const auto& [role, sector] : sectors) {
    const auto added = as("lead").post_json(
        partnership_path(id, "/members"),
        boost::json::serialize(boost::json::object{
            {"email", email(role)}, {"person_name", "Cast " + role}, {"sector", sector}, {"role", role}, {"invite", false}}));
    EXPECT_EQ(added.status, 201) << added.body;
    people_.at(role).membership_id = added.json().at("id").as_int64();
  }
  return id;
}

}  // namespace cg::testing
