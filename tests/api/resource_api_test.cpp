// The clearinghouse end to end on both engines: the seed library on a new database, sharing and
// moderation (public ones by site admins, a partnership's own by its leads and coordinators, with
// notifications), who sees what, editing, topics, and bad input of every kind.
#include <set>

#include "support/resource_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

class ResourceApi : public ResourceTest {
 protected:
  json::object share_as(const std::string& role, json::object body) {
    body["partnership_id"] = id_;
    return share(as(role), std::move(body));
  }

  int unread(HttpClient& who) {
    return static_cast<int>(who.get("/api/v1/me/notifications").json().at("unread").as_int64());
  }

  std::set<std::string> titles_found(HttpClient& who, const std::string& query) {
    const auto found = who.get("/api/v1/resources?per_page=50&" + query);
    EXPECT_EQ(found.status, 200) << found.body;
    std::set<std::string> out;
    for (const auto& item : found.json().at("items").as_array()) out.insert(std::string(item.at("title").as_string()));
    return out;
  }
};

TEST_P(ResourceApi, ANewDatabaseHoldsTheSeedTextsReferencesForAnyoneToRead) {
  const auto all = http().get("/api/v1/resources?per_page=50&sort=newest");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json().at("total"), 9) << "seven publications and two online tools";
  std::map<std::string, json::object> by_title;
  for (const auto& item : all.json().at("items").as_array()) by_title[std::string(item.at("title").as_string())] = item.as_object();
  const auto& tips = by_title.at(
      "Problem-Solving Tips: A Guide to Reducing Crime and Disorder Through Problem-Solving Partnerships (2nd edition)");
  EXPECT_EQ(tips.at("year"), 2011);
  EXPECT_EQ(tips.at("publisher"), "Office of Community Oriented Policing Services");
  EXPECT_EQ(tips.at("link"), "http://ric-zai-inc.com/ric.php?page=detail&id=COPS-P019");
  const auto& toolkit = by_title.at(
      "The Collaboration Toolkit for Community Organizations: Effective Strategies to Partner with Law Enforcement");
  EXPECT_EQ(toolkit.at("authors").at(0), "McCampbell, Michael S.");
  EXPECT_EQ(toolkit.at("year"), 2014);
  EXPECT_EQ(by_title.at("Community Building Measures: How Police and Neighborhood Groups Can Measure Their Collaboration")
                .at("authors")
                .as_array()
                .size(),
            5u);
  EXPECT_EQ(by_title.at("Violence Reduction Assessment Tool (VRAT)").at("link"), "http://www.psnmsu.com/vrat/");
  EXPECT_EQ(by_title.at("Public Safety Clearinghouse").at("type").at("key"), "tool");
  EXPECT_EQ(all.json().at("items").at(0).at("year"), 2016) << "newest first: the HOST overview";

  const auto page = http().get(resource_path(toolkit));
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(page.json().at("can_edit").as_bool());
  EXPECT_TRUE(page.json().at("shared_by").is_null()) << "who shared is not the public's business";
  EXPECT_NE(page.header("etag"), "");
}

TEST_P(ResourceApi, AMembersPublicShareWaitsForASiteAdminWhoIsToldAndTellsBack) {
  const int admin_unread = unread(admin());
  auto shared = share_as("member", resource_body("Cure Violence street outreach", "https://example.org/cure",
                                                 {{"topics", json::array{"violence_reduction", "gun_violence"}}}));
  EXPECT_EQ(shared.at("status"), "submitted");
  EXPECT_EQ(shared.at("shared_from").at("id"), id_);
  EXPECT_TRUE(shared.at("can_edit").as_bool()) << "whoever shared it may mend it until it is published";
  EXPECT_EQ(http().get(resource_path(shared)).status, 404) << "not public until published";
  EXPECT_EQ(as("outsider").get(resource_path(shared)).status, 404);
  EXPECT_FALSE(titles_found(http(), "q=outreach").contains("Cure Violence street outreach"));
  EXPECT_EQ(unread(admin()), admin_unread + 1);
  EXPECT_EQ(as("lead").get("/api/v1/resources/queue").json().at("items").as_array().size(), 0u)
      << "a public submission is for site admins";
  const auto queue = admin().get("/api/v1/resources/queue");
  ASSERT_EQ(queue.json().at("items").as_array().size(), 1u);
  EXPECT_EQ(queue.json().at("items").at(0).at("shared_by").at("name"), shared.at("shared_by").at("name"));

  EXPECT_EQ(as("lead").request("POST", resource_path(shared, "/moderation"), R"({"status":"published"})",
                               {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                .status,
            404)
      << "someone else's submission is not the lead's to see, let alone publish";
  EXPECT_EQ(admin().request("POST", resource_path(shared, "/moderation"), R"({"status":"published"})",
                            {{"Content-Type", "application/json"}})
                .status,
            428);
  const auto published = moderate(admin(), shared, {{"status", "published"}});
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(published.json().at("status"), "published");
  EXPECT_EQ(moderate(admin(), shared, {{"status", "published"}}).status, 400) << "already published";
  const auto inbox = as("member").get("/api/v1/me/notifications").json();
  EXPECT_EQ(inbox.at("items").at(0).at("kind"), "resource_moderated");
  EXPECT_EQ(inbox.at("items").at(0).at("text"), "Your resource is published.");
  EXPECT_TRUE(titles_found(http(), "q=outreach").contains("Cure Violence street outreach"));
  EXPECT_FALSE(as("member").get(resource_path(shared)).json().at("can_edit").as_bool());
  EXPECT_EQ(admin().get("/api/v1/resources/queue").json().at("items").as_array().size(), 0u);
}

TEST_P(ResourceApi, ARejectionNeedsAReasonAndAMendedShareGoesBackToTheQueue) {
  auto shared = share_as("member", resource_body("Summer jobs for youth", "https://example.org/jobs"));
  const auto bare = moderate(admin(), shared, {{"status", "rejected"}});
  EXPECT_EQ(bare.status, 400);
  EXPECT_EQ(problem_fields(bare), "reason");
  const auto rejected = moderate(admin(), shared, {{"status", "rejected"}, {"reason", "The link goes nowhere."}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  const auto mine = as("member").get("/api/v1/resources/mine").json().at("items");
  ASSERT_EQ(mine.as_array().size(), 1u);
  EXPECT_EQ(mine.at(0).at("status"), "rejected");
  EXPECT_EQ(mine.at(0).at("rejection_reason"), "The link goes nowhere.");
  EXPECT_EQ(mine.at(0).at("can_edit"), true) << "a rejected share can be mended by whoever shared it";
  EXPECT_EQ(mine.at(0).at("can_moderate"), false);
  EXPECT_EQ(as("member").get("/api/v1/me/notifications").json().at("items").at(0).at("text"),
            "Your resource was not published: The link goes nowhere.");

  const auto version = as("member").get(resource_path(shared)).header("etag");
  const auto mended =
      as("member").patch_json(resource_path(shared), R"({"link":"https://example.org/summer-jobs"})", version);
  ASSERT_EQ(mended.status, 200) << mended.body;
  EXPECT_EQ(mended.json().at("status"), "submitted");
  EXPECT_TRUE(mended.json().at("rejection_reason").is_null());
  const auto queue = admin().get("/api/v1/resources/queue").json().at("items");
  ASSERT_EQ(queue.as_array().size(), 1u);
  EXPECT_EQ(queue.at(0).at("can_moderate"), true);
  EXPECT_EQ(as("member").patch_json(resource_path(shared), R"({"title":"Stale"})", version).status, 412);
  const auto stale_decision =
      admin().request("POST", resource_path(shared, "/moderation"), R"({"status":"published"})",
                      {{"Content-Type", "application/json"}, {"If-Match", version}});
  EXPECT_EQ(stale_decision.status, 412) << stale_decision.body;
  EXPECT_EQ(stale_decision.json().at("current").at("status"), "submitted")
      << "a moderator deciding on an old version sees the resource as it is now";
  EXPECT_EQ(as("coordinator").patch_json(resource_path(shared), R"({"title":"Not mine"})",
                                         as("member").get(resource_path(shared)).header("etag"))
                .status,
            404)
      << "someone else's public submission is not theirs to see";
}

TEST_P(ResourceApi, APartnershipsOwnResourcesStayAtItsTable) {
  auto submitted = share_as("member", resource_body("Our beat map", "https://example.org/beat-map",
                                                    {{"visibility", "partnership"}, {"type", "dataset"}}));
  EXPECT_EQ(submitted.at("status"), "submitted");
  EXPECT_EQ(submitted.at("visibility"), "partnership");
  EXPECT_EQ(admin().get("/api/v1/resources/queue").json().at("items").as_array().size(), 0u)
      << "the partnership's own are for its leads and coordinators";
  EXPECT_EQ(as("coordinator").get("/api/v1/resources/queue").json().at("items").as_array().size(), 1u);
  EXPECT_EQ(as("lead").get("/api/v1/me/notifications").json().at("items").at(0).at("kind"), "resource_submitted");
  ASSERT_EQ(moderate(as("coordinator"), submitted, {{"status", "published"}}).status, 200);

  auto own = share_as("lead", resource_body("Minutes template", "https://example.org/minutes",
                                            {{"visibility", "partnership"}, {"type", "template"}}));
  EXPECT_EQ(own.at("status"), "published") << "a moderator need not wait for themselves";

  for (const auto* role : {"lead", "coordinator", "member", "observer"}) {
    EXPECT_TRUE(titles_found(as(role), "type=dataset").contains("Our beat map")) << role;
    EXPECT_EQ(as(role).get(resource_path(own)).status, 200) << role;
  }
  EXPECT_FALSE(titles_found(as("outsider"), "type=dataset").contains("Our beat map"));
  EXPECT_FALSE(titles_found(http(), "type=dataset").contains("Our beat map"));
  EXPECT_EQ(as("outsider").get(resource_path(own)).status, 404);
  EXPECT_EQ(http().get(resource_path(own)).status, 404);

  const auto observer = as("observer").post_json(
      "/api/v1/resources", json::serialize(json::object{{"title", "Observer's pick"},
                                                        {"type", "tool"},
                                                        {"summary", "A tool."},
                                                        {"partnership_id", id_}}));
  EXPECT_EQ(observer.status, 403) << "observers follow along; members share";
  EXPECT_EQ(as("outsider").post_json("/api/v1/resources", json::serialize(resource_body("X", "https://x.org"))).status,
            400)
      << "a member says which partnership they share for";
}

TEST_P(ResourceApi, BadResourcesAreRefusedWithTheirFieldsNamedAndNothingIsStored) {
  const auto refused = [&](json::object body, const std::string& fields) {
    body["partnership_id"] = id_;
    const auto response = as("member").post_json("/api/v1/resources", json::serialize(body));
    EXPECT_EQ(response.status, 400) << response.body;
    EXPECT_EQ(problem_fields(response), fields) << response.body;
  };
  refused(resource_body("Script link", "javascript:alert(1)"), "link");
  refused(resource_body("File link", "ftp://example.org/file.pdf"), "link");
  refused(resource_body("Data link", "data:text/html,<script>alert(1)</script>"), "link");
  refused({{"type", "tool"}}, "title,summary");
  refused(resource_body("Odd type", "https://example.org/odd", {{"type", "rumour"}}), "type");
  refused(resource_body("Old", "https://example.org/old", {{"year", 1492}}), "year");
  refused(resource_body("Year text", "https://example.org/y", {{"year", "2014"}}), "year");
  refused(resource_body("Topic", "https://example.org/t", {{"topics", json::array{"astrology"}}}), "topics");
  refused(resource_body("Audience", "https://example.org/a", {{"audience", json::array{"martians"}}}), "audience");
  refused(resource_body("Rating", "https://example.org/r", {{"evidence", "proven"}}), "evidence");
  refused(resource_body("Extra", "https://example.org/e", {{"colour", "red"}}), "colour");
  refused(resource_body("Status", "https://example.org/s", {{"status", "published"}}), "status");
  refused(resource_body("Line\nbreak", "https://example.org/l"), "title");
  refused(resource_body("Where", "https://example.org/w", {{"visibility", "secret"}}), "visibility");
  EXPECT_EQ(as("member").get("/api/v1/resources/mine").json().at("items").as_array().size(), 0u);

  // The same page however its link is written, in the same place or already public: 409.
  auto first = share_as("member", resource_body("Safe Passage", "https://www.example.org/safe-passage/"));
  const auto again = as("lead").post_json(
      "/api/v1/resources",
      json::serialize(resource_body("Safe passage again", "HTTP://example.org/safe-passage#top", {{"partnership_id", id_}})));
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.json().at("type"), "urn:commonground:problem:duplicate-resource");
  EXPECT_NE(std::string(again.json().at("detail").as_string()).find("waiting for a moderator"), std::string::npos);
  ASSERT_EQ(moderate(admin(), first, {{"status", "published"}}).status, 200);
  const auto kept = as("lead").post_json(
      "/api/v1/resources", json::serialize(resource_body("Our copy", "https://example.org/safe-passage",
                                                         {{"partnership_id", id_}, {"visibility", "partnership"}})));
  EXPECT_EQ(kept.status, 409) << "everyone can already find it";
  EXPECT_NE(std::string(kept.json().at("detail").as_string()).find("Safe Passage"), std::string::npos);
  const auto seed = admin().post_json("/api/v1/resources",
                                      json::serialize(resource_body("VRAT again", "https://psnmsu.com/vrat")));
  EXPECT_EQ(seed.status, 409) << "the seed library counts too";

  // Markdown keeps its words, and its scripts never reach a page.
  auto marked = share(admin(), resource_body("Marked up", "https://example.org/marked",
                                             {{"summary", "**Bold** words <script>alert('x')</script> "
                                                          "[bad](javascript:alert(1)) [good](https://example.org)"}}));
  EXPECT_EQ(marked.at("status"), "published");
  const std::string html(marked.at("summary_html").as_string());
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_NE(html.find("<strong>Bold</strong>"), std::string::npos) << html;
  EXPECT_NE(std::string(marked.at("summary").as_string()).find("<script>"), std::string::npos) << "stored as written";
}

TEST_P(ResourceApi, SearchesThatCannotBeReadAreA400NeverA500) {
  const auto library = [&] { return admin().get("/api/v1/resources?per_page=50&sort=newest").body; };
  const auto before = library();
  const auto status = [&](const std::string& query) { return http().get("/api/v1/resources?" + query).status; };
  for (const auto* fine : {"q=%22community%20policing", "q=AND%20OR%20NOT%20(%20)%20NEAR%2F2%20*%20%5E", "q=%22%22%22youth",
                           "q=partner*%20-%22private%20sector%22", "q=youth%20%F0%9F%9A%93", "q=%7Btitle%7D%3Aviolence",
                           "q=caf%C3%A9", "q=", "q=%27%3B%20DROP%20TABLE%20resources%3B--"}) {
    EXPECT_EQ(status(fine), 200) << fine;
  }
  for (const auto* bad : {"q=%01youth", "q=%FF%FE", "q=%F0%9F%9A%93", "q=the%20of", "q=-violence", "q=%22", "q=%22%22%22",
                          "type=rumour", "topic=astrology", "evidence=proven", "year=1990s", "sort=random", "page=0",
                          "per_page=51", "page=abc", "page=200", "colour=red"}) {
    const auto response = http().get(std::string("/api/v1/resources?") + bad);
    EXPECT_EQ(response.status, 400) << bad << ": " << response.body;
    EXPECT_EQ(response.header("content-type"), "application/problem+json") << bad;
  }
  EXPECT_EQ(status("q=" + std::string(501, 'a')), 400);
  std::string many = "q=";
  for (int i = 0; i < 30; ++i) many += "w" + std::to_string(i) + "%20";
  EXPECT_EQ(status(many), 400);
  EXPECT_EQ(http().get("/api/v1/resources/999999").status, 404);
  EXPECT_EQ(http().get("/api/v1/resources/abc").status, 400);
  EXPECT_EQ(http().get("/api/v1/resources/1/similar?limit=99").status, 400);
  EXPECT_EQ(library(), before) << "and nothing above changed the library";
}

TEST_P(ResourceApi, SiteAdminsManageTopicsAndARenamedTopicIsFoundByItsNewName) {
  const auto topics = http().get("/api/v1/resource-topics");
  ASSERT_EQ(topics.status, 200);
  EXPECT_GE(topics.json().at("items").as_array().size(), 13u);
  EXPECT_EQ(as("lead").post_json("/api/v1/resource-topics", R"({"key":"school_safety","label":"School safety"})").status,
            403);
  EXPECT_EQ(admin().post_json("/api/v1/resource-topics", R"({"key":"School Safety","label":"School safety"})").status,
            400);
  const auto added = admin().post_json("/api/v1/resource-topics", R"({"key":"school_safety","label":"School safety"})");
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(admin().post_json("/api/v1/resource-topics", R"({"key":"school_safety","label":"Again"})").status, 409);
  EXPECT_EQ(admin().post_json("/api/v1/resource-topics", R"({"key":"safety2","label":"School safety"})").status, 409);

  EXPECT_TRUE(titles_found(http(), "q=homelessness").contains(
      "Salt Lake City Police Department Homeless Outreach Service Team (HOST) Program Overview"));
  EXPECT_TRUE(titles_found(http(), "q=sheltering").empty());
  const auto renamed = admin().patch_json("/api/v1/resource-topics/homelessness", R"({"label":"Housing and sheltering"})", "");
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(titles_found(http(), "q=sheltering"),
            (std::set<std::string>{"Salt Lake City Police Department Homeless Outreach Service Team (HOST) Program Overview"}));
  EXPECT_EQ(admin().patch_json("/api/v1/resource-topics/nothing", R"({"label":"Nothing"})", "").status, 404);
  EXPECT_EQ(admin().patch_json("/api/v1/resource-topics/youth", R"({"label":"Schools"})", "").status, 409);
}

CG_ON_BOTH_ENGINES(ResourceApi);

}  // namespace
}  // namespace cg::testing
