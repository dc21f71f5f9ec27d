// Partnerships end to end on both engines: details with versions, members and invitations by
// real email, balance now and at a past date, the charter from draft to endorsement, the
// responsibilities matrix, the public profile, and the bad input the issue names.
#include <memory>

#include "store/store.h"
#include "support/api_fixture.h"
#include "support/partnership_cast.h"
#include "support/smtp_sink.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

std::string token_in(const std::string& link) { return link.substr(link.rfind('/') + 1); }

class PartnershipApi : public ApiTest {
 protected:
  std::vector<std::string> server_flags() const override {
    return {"--smtp-url", sink_->url(), "--public-url", "http://cg.riverton.example"};
  }

  std::int64_t create(const std::string& name, const std::string& visibility = "members") {
    const auto created = http().post_json(
        "/api/v1/partnerships",
        json::serialize(json::object{{"name", name}, {"visibility", visibility}, {"my_sector", "law_enforcement"}}));
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().at("id").as_int64();
  }

  HttpResponse add(std::int64_t id, json::object member) {
    if (!member.contains("invite")) member["invite"] = false;
    if (!member.contains("role")) member["role"] = "member";
    return http().post_json(partnership_path(id, "/members"), json::serialize(member));
  }

  // Runs one statement against the test database (to age an invitation, say).
  void sql(const std::string& statement, std::initializer_list<store::SqlParam> params) {
    auto opened = store::Store::open({db_->url()});
    ASSERT_TRUE(opened.ok());
    (*opened)->write([&](store::Connection& c) { return c.query(statement, params).size(); });
  }

  std::unique_ptr<SmtpSink> sink_ = std::make_unique<SmtpSink>();
};

TEST_P(PartnershipApi, CreateReadUpdateWithVersions) {
  const auto created = http().post_json("/api/v1/partnerships", R"({
    "name": "Eastside Neighborhood Safety Table", "short_name": "ENST", "area_served": "East of the river",
    "focus_problems": ["Car break-ins", " ", "Car break-ins", "Speeding"], "visibility": "public",
    "review_cadence_days": 60, "my_sector": "law_enforcement",
    "area_geojson": {"type": "Polygon", "coordinates": [[[-93.1, 44.9], [-93.0, 44.9], [-93.0, 45.0], [-93.1, 44.9]]]}})");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto& p = created.json();
  const auto id = p.at("id").as_int64();
  EXPECT_EQ(created.header("etag"), "\"1\"");
  EXPECT_EQ(p.at("focus_problems"), json::parse(R"(["Car break-ins","Speeding"])"));
  EXPECT_EQ(p.at("my_role"), "lead");
  EXPECT_EQ(p.at("active_members"), 1);
  EXPECT_EQ(p.at("essential_sectors").as_array().size(), 9u) << "the seed's list by default";
  EXPECT_EQ(p.at("area_geojson").at("type"), "Polygon");

  EXPECT_EQ(http().patch_json(partnership_path(id), R"({"status":"active"})", "").status, 428);
  const auto updated = http().patch_json(partnership_path(id), R"({"status":"active","short_name":null})", "\"1\"");
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.json().at("short_name"), nullptr);
  const auto stale = http().patch_json(partnership_path(id), R"({"status":"paused"})", "\"1\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.json().at("current").at("status"), "active");
  EXPECT_EQ(http().get(partnership_path(id)).json().at("version"), 2);

  const auto listed = http().get("/api/v1/partnerships?q=eastside&status=active");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.json().at("items").as_array().size(), 1u);
}

TEST_P(PartnershipApi, BadInputIsRefusedAndNamesTheField) {
  const auto id = create("Riverton Youth Partnership");
  const auto bad_sector = http().post_json("/api/v1/partnerships",
                                           R"({"name":"X","my_sector":"police","essential_sectors":["faith","cops"]})");
  EXPECT_EQ(bad_sector.status, 400);
  EXPECT_EQ(problem_fields(bad_sector), "essential_sectors,my_sector");
  const auto bad_shape = http().post_json(
      "/api/v1/partnerships", R"({"name":"Y","my_sector":"faith","area_geojson":{"type":"Point","coordinates":[1,2]}})");
  EXPECT_EQ(problem_fields(bad_shape), "area_geojson");
  const auto open_ring = http().post_json(
      "/api/v1/partnerships",
      R"({"name":"Y","my_sector":"faith","area_geojson":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}})");
  EXPECT_EQ(problem_fields(open_ring), "area_geojson");
  EXPECT_EQ(problem_fields(http().post_json("/api/v1/partnerships", R"({"name":"Z"})")), "my_sector");
  EXPECT_EQ(http().post_json("/api/v1/partnerships", R"({"name":"riverton youth partnership","my_sector":"faith"})").status,
            409);
  EXPECT_EQ(problem_fields(http().post_json("/api/v1/partnerships", R"({"name":"Q","my_sector":"faith","review_cadence_days":3})")),
            "review_cadence_days");

  EXPECT_EQ(problem_fields(add(id, {{"person_name", "Ann"}, {"sector", "clergy"}})), "sector");
  EXPECT_EQ(problem_fields(add(id, {{"person_name", "Ann"}, {"sector", "faith"}, {"perspectives", json::array{"gadfly"}}})),
            "perspectives");
  EXPECT_EQ(problem_fields(add(id, {{"sector", "faith"}})), "person_name") << "a seat names someone";
  EXPECT_EQ(problem_fields(add(id, {{"person_name", "Ann"}, {"sector", "faith"}, {"invite", true}})), "email");
  EXPECT_EQ(problem_fields(add(id, {{"person_name", "Ann"}, {"sector", "faith"}, {"joined_on", "2999-01-01"}})), "joined_on");
  EXPECT_EQ(http().get(partnership_path(id, "/balance?at=last-tuesday")).status, 400);
  EXPECT_EQ(http().get(partnership_path(id, "/balance/trend?points=500")).status, 400);
  EXPECT_EQ(http().get(partnership_path(id, "/members?colour=red")).status, 400);
  EXPECT_EQ(http().get(partnership_path(999999)).status, 404);
}

TEST_P(PartnershipApi, DuplicateSeatsConflictAndClosedPartnershipsTakeNoOne) {
  const auto org = create_organization("Greater Hope Baptist Church", "faith");
  const auto id = create("Southside Table");
  ASSERT_EQ(add(id, {{"person_name", "Pastor Reed"}, {"email", "reed@hope.example"}}).status, 400)
      << "no sector and no organisation";
  const auto seat = add(id, {{"person_name", "Pastor Reed"}, {"email", "reed@hope.example"}, {"organization_id", org.at("id")}});
  ASSERT_EQ(seat.status, 201) << seat.body;
  EXPECT_EQ(seat.json().at("sector"), "faith") << "from the organisation";
  EXPECT_EQ(seat.json().at("sector_overridden"), false);
  EXPECT_EQ(add(id, {{"person_name", "P. Reed"}, {"email", "REED@hope.example"}, {"sector", "faith"}}).status, 409);
  EXPECT_EQ(add(id, {{"organization_id", org.at("id")}}).status, 201) << "an organisation-only seat";
  EXPECT_EQ(add(id, {{"organization_id", org.at("id")}}).status, 409);
  const auto org_path = "/api/v1/organizations/" + std::to_string(org.at("id").as_int64());
  EXPECT_EQ(http().del(org_path, "\"1\"").status, 409) << "members still represent it";
  EXPECT_EQ(http().get(org_path).status, 200);

  const auto version = http().get(partnership_path(id)).header("etag");
  ASSERT_EQ(http().patch_json(partnership_path(id), R"({"status":"closed"})", version).status, 200);
  const auto closed = add(id, {{"email", "new@x.example"}, {"sector", "youth"}, {"invite", true}});
  EXPECT_EQ(closed.status, 422) << closed.body;
  EXPECT_FALSE(sink_->wait_for(1, std::chrono::milliseconds(300))) << "no email for a refused invitation";
}

TEST_P(PartnershipApi, InviteAcceptWithANewAccountAndAppearInBalance) {
  const auto id = create("Northside Table");
  const auto before = http().get(partnership_path(id, "/balance")).json();
  EXPECT_EQ(before.at("active_members"), 1);

  const auto invited = add(id, {{"email", "maria@schools.example"}, {"person_name", "Maria Lopez"},
                                {"sector", "schools_education"}, {"perspectives", json::array{"youth_voice"}}, {"invite", true}});
  ASSERT_EQ(invited.status, 201) << invited.body;
  EXPECT_EQ(invited.json().at("status"), "invited");
  const auto email = sink_->wait_for(1);
  ASSERT_TRUE(email);
  EXPECT_NE(email->data.find("Subject: Invitation to join Northside Table"), std::string::npos);
  const auto link = email->link_containing("/invitations/");
  ASSERT_TRUE(link) << email->data;
  EXPECT_TRUE(link->starts_with("http://cg.riverton.example/invitations/"));
  const auto token = token_in(*link);

  HttpClient maria(port());
  const auto seen = maria.get("/api/v1/invitations/" + token);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json().at("account_exists"), false);
  EXPECT_EQ(seen.json().at("partnership").at("name"), "Northside Table");
  EXPECT_EQ(problem_fields(maria.post_json("/api/v1/invitations/" + token + "/accept",
                                           R"({"display_name":"Maria Lopez","password":"password"})")),
            "password")
      << "the password policy applies";
  const auto accepted = maria.post_json("/api/v1/invitations/" + token + "/accept",
                                        R"({"display_name":"Maria Lopez","password":"schools belong at the table"})");
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json().at("membership").at("status"), "active");
  EXPECT_EQ(maria.post_json("/api/v1/invitations/" + token + "/accept", "{}").status, 409) << "used";
  EXPECT_EQ(maria.get("/api/v1/invitations/" + token).status, 409);

  TotpDevice none;
  sign_in(maria, "maria@schools.example", "schools belong at the table", none);
  EXPECT_EQ(maria.get(partnership_path(id)).json().at("my_role"), "member");

  const auto after = http().get(partnership_path(id, "/balance")).json();
  EXPECT_EQ(after.at("active_members"), 2);
  for (const auto& s : after.at("sectors").as_array()) {
    if (s.at("sector") == "schools_education") {
      EXPECT_EQ(s.at("members"), 1);
    }
  }
  for (const auto& f : after.at("findings").as_array()) {
    EXPECT_FALSE(f.at("code") == "essential_sector_missing" && f.at("sector") == "schools_education");
  }
  const auto yesterday = http().get(partnership_path(id, "/balance?at=2000-01-01")).json();
  EXPECT_EQ(yesterday.at("active_members"), 0) << "nobody was at the table in 2000";
}

TEST_P(PartnershipApi, InvitationsExpireCanBeDeclinedAndBelongToTheirAddress) {
  const auto id = create("Westside Table");
  PartnershipCast cast(db_->url(), port());
  std::size_t emails = 0;
  const auto next_token = [&] {
    const auto email = sink_->wait_for(++emails);
    if (!email) {
      ADD_FAILURE() << "no invitation email arrived";
      return std::string("missing");
    }
    return token_in(email->link_containing("/invitations/").value_or("/missing"));
  };
  const auto invite = [&](const std::string& who) {
    EXPECT_EQ(add(id, {{"email", who}, {"sector", "business"}, {"invite", true}}).status, 201);
    return next_token();
  };
  const auto for_member = invite(cast.email("member"));
  HttpClient anonymous(port());
  EXPECT_EQ(anonymous.post_json("/api/v1/invitations/" + for_member + "/accept", "{}").status, 401)
      << "an account exists: sign in first";
  EXPECT_EQ(cast.as("observer").post_json("/api/v1/invitations/" + for_member + "/accept", "{}").status, 403)
      << "someone else's invitation";
  EXPECT_EQ(cast.as("member").post_json("/api/v1/invitations/" + for_member + "/accept", "{}").status, 200);

  const auto for_outsider = invite(cast.email("outsider"));
  EXPECT_EQ(anonymous.post_json("/api/v1/invitations/" + for_outsider + "/decline", "{}").status, 204);
  EXPECT_EQ(anonymous.post_json("/api/v1/invitations/" + for_outsider + "/decline", "{}").status, 409);

  const auto late = invite("late@x.example");
  sql("UPDATE memberships SET invitation_expires_at = $1 WHERE person_email = $2",
      {std::string("2020-01-01T00:00:00.000Z"), std::string("late@x.example")});
  EXPECT_EQ(anonymous.get("/api/v1/invitations/" + late).status, 410);
  EXPECT_EQ(anonymous.post_json("/api/v1/invitations/" + late + "/accept", R"({"display_name":"Late","password":"a long enough passphrase"})").status,
            410);
  EXPECT_EQ(anonymous.get("/api/v1/invitations/not-a-real-token").status, 404);
  const auto late_member = http().get(partnership_path(id, "/members?status=invited")).json().at("items").at(0);
  const auto resent = http().post_json(partnership_path(id, "/members/" + std::to_string(late_member.at("id").as_int64()) +
                                                         "/resend-invitation"), "{}");
  ASSERT_EQ(resent.status, 200) << resent.body;
  const auto fresh = next_token();
  EXPECT_EQ(anonymous.get("/api/v1/invitations/" + fresh).status, 200);
  EXPECT_EQ(anonymous.get("/api/v1/invitations/" + late).status, 404) << "the old link was replaced";
}

TEST_P(PartnershipApi, TheLastLeadStaysAndHistoryDrivesPastBalance) {
  const auto id = create("Harbor Table");
  const auto lead_id = http().get(partnership_path(id)).json().at("my_membership_id").as_int64();
  const auto lead_path = partnership_path(id, "/members/" + std::to_string(lead_id));
  EXPECT_EQ(http().patch_json(lead_path, R"({"role":"member"})", "\"1\"").status, 422);
  EXPECT_EQ(http().post_json(lead_path + "/cease", R"({"reason":"Retiring"})").status, 422);

  const auto old = add(id, {{"person_name", "Old Timer"}, {"sector", "business"}, {"joined_on", "2020-03-01"}});
  ASSERT_EQ(old.status, 201) << old.body;
  const auto old_path = partnership_path(id, "/members/" + std::to_string(old.json().at("id").as_int64()));
  EXPECT_EQ(problem_fields(http().post_json(old_path + "/cease", R"({"reason":"Moved","ceased_on":"2019-01-01"})")),
            "ceased_on");
  EXPECT_EQ(problem_fields(http().post_json(old_path + "/cease", R"({"reason":"  "})")), "reason");
  ASSERT_EQ(http().post_json(old_path + "/cease", R"({"reason":"Sold the shop","ceased_on":"2022-06-30"})").status, 200);
  EXPECT_EQ(http().post_json(old_path + "/cease", R"({"reason":"Again"})").status, 409);

  const auto in_2021 = http().get(partnership_path(id, "/balance?at=2021-01-01")).json();
  EXPECT_EQ(in_2021.at("active_members"), 1);
  EXPECT_EQ(in_2021.at("concentration").at("hhi").as_double(), 1.0);
  const auto now = http().get(partnership_path(id, "/balance")).json();
  EXPECT_EQ(now.at("active_members"), 1) << "the lead only";
  const auto trend = http().get(partnership_path(id, "/balance/trend?from=2020-01-01&to=2023-01-01&points=4")).json();
  ASSERT_EQ(trend.at("points").as_array().size(), 4u);
  EXPECT_EQ(trend.at("points").at(1).at("active_members"), 1) << "2021: the shop owner";
  EXPECT_EQ(trend.at("points").at(1).at("largest_sector"), "business");
}

TEST_P(PartnershipApi, CharterFromDraftToEndorsementAndDiff) {
  PartnershipCast cast(db_->url(), port());
  const auto id = cast.create_partnership("Charter Table", "public");
  auto& lead = cast.as("lead");
  const auto charter = partnership_path(id, "/charter");
  ASSERT_EQ(lead.post_json(charter + "/versions", R"({"mission":"Safer streets","vision":"","values":[]})").status, 201);
  EXPECT_EQ(lead.post_json(charter + "/versions", R"({"mission":"Another"})").status, 409) << "one open draft";
  const auto incomplete = lead.post_json(charter + "/versions/1/propose", "{}");
  EXPECT_EQ(incomplete.status, 400);
  EXPECT_EQ(problem_fields(incomplete), "vision,values");
  ASSERT_EQ(lead.patch_json(charter + "/versions/1",
                            R"({"mission":"Safer streets together","vision":"Neighbors who know each other","values":["Respect","Openness"]})",
                            "\"1\"").status,
            200);
  EXPECT_EQ(lead.patch_json(charter + "/versions/1", R"({"mission":"x"})", "\"1\"").status, 412);
  EXPECT_EQ(lead.post_json(charter + "/versions/1/adopt", "{}").status, 422) << "propose first";
  ASSERT_EQ(cast.as("coordinator").post_json(charter + "/versions/1/propose", "{}").status, 200);
  EXPECT_EQ(cast.as("coordinator").post_json(charter + "/versions/1/adopt", "{}").status, 403) << "leads adopt";
  EXPECT_EQ(cast.as("member").post_json(charter + "/versions/1/endorsements", "{}").status, 422) << "not adopted yet";
  ASSERT_EQ(lead.post_json(charter + "/versions/1/adopt", "{}").status, 200);

  const auto endorsed = cast.as("member").post_json(charter + "/versions/1/endorsements", R"({"note":"Our congregation is in"})");
  ASSERT_EQ(endorsed.status, 201) << endorsed.body;
  EXPECT_EQ(endorsed.json().at("endorsed"), 1);
  EXPECT_EQ(endorsed.json().at("eligible"), 3) << "lead, coordinator and member; not the observer";
  EXPECT_NE(endorsed.json().at("my_endorsement_at"), nullptr);
  EXPECT_EQ(cast.as("member").post_json(charter + "/versions/1/endorsements", "{}").status, 409);
  EXPECT_EQ(cast.as("observer").post_json(charter + "/versions/1/endorsements", "{}").status, 403);
  const auto lists = lead.get(charter + "/versions/1/endorsements").json();
  EXPECT_EQ(lists.at("endorsed").as_array().size(), 1u);
  EXPECT_EQ(lists.at("not_endorsed").as_array().size(), 2u);

  ASSERT_EQ(lead.post_json(charter + "/versions",
                           R"({"mission":"Safer streets for everyone","vision":"Neighbors who know each other","values":["Respect","Openness","Evidence"]})")
                .status,
            201);
  ASSERT_EQ(lead.post_json(charter + "/versions/2/propose", "{}").status, 200);
  ASSERT_EQ(lead.post_json(charter + "/versions/2/adopt", "{}").status, 200);
  const auto overview = lead.get(charter).json();
  EXPECT_EQ(overview.at("adopted").at("number"), 2);
  EXPECT_EQ(overview.at("versions").at(1).at("status"), "superseded");
  EXPECT_EQ(overview.at("adopted").at("endorsed"), 0) << "a new version needs new commitments";

  const auto diff = lead.get(charter + "/versions/2/diff?from=1").json();
  const auto& mission = diff.at("fields").at(0).at("pieces").as_array();
  std::string inserted, removed;
  for (const auto& piece : mission) {
    if (piece.at("op") == "insert") inserted += std::string(piece.at("text").as_string());
    if (piece.at("op") == "delete") removed += std::string(piece.at("text").as_string());
  }
  EXPECT_EQ(removed, "together");
  EXPECT_EQ(inserted, "for everyone");
  EXPECT_EQ(lead.get(charter + "/versions/2/diff").status, 400);
  EXPECT_EQ(lead.get(charter + "/versions/9/diff?from=1").status, 404);

  HttpClient anonymous(port());
  const auto profile = anonymous.get("/api/v1/public/partnerships/" + std::to_string(id));
  ASSERT_EQ(profile.status, 200) << profile.body;
  EXPECT_EQ(profile.json().at("mission"), "Safer streets for everyone");
  EXPECT_EQ(profile.body.find("@cast.example"), std::string::npos) << "no email addresses on a public page";
}

TEST_P(PartnershipApi, PublicProfilesShowOnlyPublicPartnerships) {
  const auto hidden = create("Quiet Table", "members");
  const auto shown = create("Open Table", "public");
  ASSERT_EQ(add(shown, {{"person_name", "Listed Person"}, {"sector", "youth"}, {"listed_publicly", true}}).status, 201);
  ASSERT_EQ(add(shown, {{"person_name", "Unlisted Person"}, {"sector", "media"}}).status, 201);
  HttpClient anonymous(port());
  EXPECT_EQ(anonymous.get("/api/v1/public/partnerships/" + std::to_string(hidden)).status, 404);
  EXPECT_EQ(anonymous.get(partnership_path(shown)).status, 401);
  const auto list = anonymous.get("/api/v1/public/partnerships").json();
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  EXPECT_EQ(list.at("items").at(0).at("name"), "Open Table");
  const auto profile = anonymous.get("/api/v1/public/partnerships/" + std::to_string(shown));
  EXPECT_NE(profile.body.find("Listed Person"), std::string::npos);
  EXPECT_EQ(profile.body.find("Unlisted Person"), std::string::npos);
  EXPECT_EQ(profile.json().at("sectors").as_array().size(), 3u) << "law enforcement, youth and media are at the table";
  EXPECT_EQ(profile.json().at("mission"), nullptr) << "no charter adopted yet";
}

TEST_P(PartnershipApi, ResponsibilitiesMatrix) {
  const auto id = create("Matrix Table");
  const auto member = add(id, {{"person_name", "Deacon Ray"}, {"sector", "faith"}});
  const auto mid = std::to_string(member.json().at("id").as_int64());
  const auto created = http().post_json(partnership_path(id, "/responsibilities"), R"({"title":"Host the monthly walk"})");
  ASSERT_EQ(created.status, 201);
  const auto rid = std::to_string(created.json().at("id").as_int64());
  const auto base = partnership_path(id, "/responsibilities/" + rid);
  EXPECT_EQ(http().request("PUT", base + "/assignments/" + mid, R"({"note":"First Saturday"})",
                           {{"Content-Type", "application/json"}}).status,
            200);
  EXPECT_EQ(http().request("PUT", base + "/assignments/999999", "", {}).status, 400) << "not a member";
  const auto matrix = http().get(partnership_path(id, "/responsibilities")).json();
  const auto& assignment = matrix.at("items").at(0).at("assignments").at(0);
  EXPECT_EQ(assignment.at("display_name"), "Deacon Ray");
  EXPECT_EQ(assignment.at("note"), "First Saturday");
  EXPECT_EQ(problem_fields(http().post_json(partnership_path(id, "/responsibilities"), R"({"title":""})")), "title");
  EXPECT_EQ(http().del(base + "/assignments/" + mid).status, 204);
  EXPECT_EQ(http().del(base + "/assignments/" + mid).status, 404);
  EXPECT_EQ(http().del(base).status, 204);
}

CG_ON_BOTH_ENGINES(PartnershipApi);

}  // namespace
}  // namespace cg::testing
