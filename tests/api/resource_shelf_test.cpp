// A partnership's use of the clearinghouse on both engines: its shelf (save, rate, share what it
// learned, remove), resources attached to plan activities, and suggestions from an activity's words.
#include <algorithm>

#include "support/resource_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

class ResourceShelfApi : public ResourceTest {
 protected:
  // A public resource published by the site admin; returns its id.
  std::int64_t published(const std::string& title, const std::string& link, const std::string& summary) {
    return share(admin(), resource_body(title, link, {{"summary", summary}})).at("id").as_int64();
  }

  std::string shelf(const std::string& suffix = "") { return partnership_path(id_, "/shelf" + suffix); }
  std::string shelf_item(std::int64_t resource) { return shelf("/" + std::to_string(resource)); }

  HttpResponse put(HttpClient& who, const std::string& path) { return who.request("PUT", path, "", {}); }

  HttpResponse patch(HttpClient& who, const std::string& path, const json::object& body, const std::string& version) {
    return who.request("PATCH", path, json::serialize(body),
                       {{"Content-Type", "application/json"}, {"If-Match", version}});
  }

  std::vector<std::string> titles(const HttpResponse& response) {
    EXPECT_EQ(response.status, 200) << response.body;
    std::vector<std::string> out;
    for (const auto& item : response.json().at("items").as_array()) {
      const auto& card = item.as_object().contains("resource") ? item.at("resource") : item;
      out.emplace_back(card.at("title").as_string());
    }
    return out;
  }

  std::int64_t activity(const std::string& title, const std::string& description) {
    const auto created = as("coordinator").post_json(
        partnership_path(id_, "/plan/activities"),
        json::serialize(json::object{{"title", title}, {"description", description}}));
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().at("id").as_int64();
  }
};

TEST_P(ResourceShelfApi, MembersKeepAShelfRateWhatTheyUsedAndShareWhatTheyLearned) {
  const auto guide = published("Business watch guide", "https://example.org/business-watch", "Start with owners.");
  const auto saved = put(as("member"), shelf_item(guide));
  ASSERT_EQ(saved.status, 201) << saved.body;
  EXPECT_EQ(saved.json().at("saved_by"), "Cast member");
  EXPECT_EQ(put(as("coordinator"), shelf_item(guide)).status, 200) << "already there: saving again changes nothing";
  EXPECT_EQ(titles(as("observer").get(shelf())), std::vector<std::string>{"Business watch guide"});
  EXPECT_EQ(put(as("observer"), shelf_item(guide)).status, 403) << "observers follow along";
  EXPECT_EQ(as("outsider").get(shelf()).status, 404) << "a members-only table does not exist for outsiders";
  EXPECT_EQ(http().get(shelf()).status, 401);

  const auto version = saved.header("etag");
  const auto reviewed = patch(as("member"), shelf_item(guide),
                              {{"rating", 4}, {"lessons", "  Owners came when we met at 8 am.  "}, {"lessons_public", true}},
                              version);
  ASSERT_EQ(reviewed.status, 200) << reviewed.body;
  EXPECT_EQ(reviewed.json().at("rating"), 4);
  EXPECT_EQ(reviewed.json().at("lessons"), "Owners came when we met at 8 am.");
  EXPECT_EQ(reviewed.json().at("reviewed_by"), "Cast member");

  const auto stale = patch(as("coordinator"), shelf_item(guide), {{"rating", 2}}, version);
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(stale.json().at("current").at("rating"), 4) << "the conflict shows what is there now";

  const auto page = http().get("/api/v1/resources/" + std::to_string(guide));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.json().at("usefulness"), json::parse(R"({"average":4.0,"ratings":1})"));
  ASSERT_EQ(page.json().at("lessons").as_array().size(), 1u) << "shared lessons are for every reader";
  EXPECT_TRUE(page.json().at("lessons").at(0).at("partnership").is_null())
      << "a members-only table's name is not told to outsiders: " << page.body;
  EXPECT_TRUE(page.json().at("lessons").at(0).at("partnership_id").is_null());
  EXPECT_EQ(page.json().at("lessons").at(0).at("lessons"), "Owners came when we met at 8 am.");
  EXPECT_EQ(page.json().at("on_shelves_of").as_array().size(), 0u);
  EXPECT_EQ(as("observer").get("/api/v1/resources/" + std::to_string(guide)).json().at("on_shelves_of"),
            json::array{id_});

  const auto kept = reviewed.header("etag");
  for (const auto& [body, field] : std::vector<std::pair<std::string, std::string>>{
           {R"({"rating":6})", "rating"},
           {R"({"rating":0})", "rating"},
           {R"({"rating":"four"})", "rating"},
           {R"({"lessons":null,"lessons_public":true})", "lessons_public"},
           {R"({"lessons":")" + std::string(4001, 'a') + R"("})", "lessons"},
           {R"({"saved_at":"2020-01-01"})", "saved_at"},
           {R"({"colour":"red"})", "colour"}}) {
    const auto refused = as("member").request("PATCH", shelf_item(guide), body,
                                              {{"Content-Type", "application/json"}, {"If-Match", kept}});
    EXPECT_EQ(refused.status, 400) << body << ": " << refused.body;
    EXPECT_NE(refused.body.find("\"" + field + "\""), std::string::npos) << body << ": " << refused.body;
  }
  EXPECT_EQ(as("member").get(shelf_item(guide)).json().at("rating"), 4) << "refused changes keep the review";

  // Only published resources this partnership may use go on its shelf.
  auto waiting = share(as("member"), resource_body("Still waiting", "https://example.org/waiting", {{"partnership_id", id_}}));
  EXPECT_EQ(put(as("member"), shelf_item(waiting.at("id").as_int64())).status, 404);
  EXPECT_EQ(put(as("member"), shelf_item(999999)).status, 404);
  EXPECT_EQ(as("member").request("DELETE", shelf_item(999999), "", {}).status, 404);

  EXPECT_EQ(as("member").request("DELETE", shelf_item(guide), "", {}).status, 204);
  EXPECT_TRUE(titles(as("member").get(shelf())).empty());
  EXPECT_EQ(http().get("/api/v1/resources/" + std::to_string(guide)).json().at("lessons").as_array().size(), 0u)
      << "a removed entry takes its lessons with it";
}

TEST_P(ResourceShelfApi, ActivitiesCarryResourcesAndSuggestOthersFromTheirOwnWords) {
  const auto mentoring = published("Mentoring young people after school", "https://example.org/mentoring",
                                   "Pairing teenagers with adult mentors at community centres.");
  published("Street lighting audit", "https://example.org/lighting", "Walk the block at night and note dark spots.");
  const auto task = activity("Start youth mentoring at the community centre", "Recruit mentors from the churches.");
  const auto library = partnership_path(id_, "/plan/activities/" + std::to_string(task) + "/library");

  const auto suggested = titles(as("observer").get(library + "/suggestions"));
  ASSERT_FALSE(suggested.empty());
  EXPECT_EQ(suggested.front(), "Mentoring young people after school");
  EXPECT_EQ(std::count(suggested.begin(), suggested.end(), "Street lighting audit"), 0) << "no shared word";

  EXPECT_EQ(put(as("observer"), library + "/" + std::to_string(mentoring)).status, 403);
  const auto attached = put(as("member"), library + "/" + std::to_string(mentoring));
  EXPECT_EQ(titles(attached), std::vector<std::string>{"Mentoring young people after school"});
  EXPECT_EQ(titles(put(as("member"), library + "/" + std::to_string(mentoring))).size(), 1u) << "attached once";
  EXPECT_EQ(titles(as("observer").get(library)), std::vector<std::string>{"Mentoring young people after school"});

  const auto on_shelf = as("member").get(shelf_item(mentoring));
  ASSERT_EQ(on_shelf.status, 200) << "attaching shelves it: " << on_shelf.body;
  EXPECT_EQ(on_shelf.json().at("activities").at(0).at("title"), "Start youth mentoring at the community centre");
  const auto suggested_again = titles(as("member").get(library + "/suggestions"));
  EXPECT_EQ(std::count(suggested_again.begin(), suggested_again.end(), "Mentoring young people after school"), 0)
      << "what is attached is not suggested again";

  const auto in_use = as("member").request("DELETE", shelf_item(mentoring), "", {});
  EXPECT_EQ(in_use.status, 409) << in_use.body;
  EXPECT_NE(in_use.body.find("Start youth mentoring"), std::string::npos) << in_use.body;

  EXPECT_EQ(put(as("member"), library + "/999999").status, 404);
  EXPECT_EQ(as("member").get(partnership_path(id_, "/plan/activities/999999/library")).status, 404);
  EXPECT_EQ(as("member").request("DELETE", library + "/999999", "", {}).status, 404);
  const auto detached = as("member").request("DELETE", library + "/" + std::to_string(mentoring), "", {});
  EXPECT_TRUE(titles(detached).empty());
  EXPECT_EQ(as("member").request("DELETE", shelf_item(mentoring), "", {}).status, 204);

  // Another table's activity is not found through this one, even by someone who may enter both
  // (site admins act as leads everywhere).
  const auto other = cast_->create_partnership("Northside Table", "members");
  const auto elsewhere = partnership_path(other, "/plan/activities/" + std::to_string(task) + "/library");
  EXPECT_EQ(admin().get(elsewhere).status, 404);
  EXPECT_EQ(put(admin(), elsewhere + "/" + std::to_string(mentoring)).status, 404);
}

TEST_P(ResourceShelfApi, OnlyWhatThePartnershipMayUseGoesOnItsShelfAndWithdrawnResourcesLoseTheirLink) {
  const auto guide = published("Beat walk guide", "https://example.org/beat-walk", "Walk the beat with residents.");
  ASSERT_EQ(put(as("member"), shelf_item(guide)).status, 201);

  // Another table's own resource is not this table's to keep.
  const auto other = cast_->create_partnership("Northside Table", "members");
  auto theirs = share(as("lead"), resource_body("Northside beat map", "https://example.org/north-map",
                                                {{"partnership_id", other}, {"visibility", "partnership"}}));
  ASSERT_EQ(theirs.at("status"), "published");
  EXPECT_EQ(put(as("lead"), shelf_item(theirs.at("id").as_int64())).status, 404);

  // The library withdraws the guide: it stays on the shelf, to be removed, but leads nowhere.
  ASSERT_EQ(moderate(admin(), json::object{{"id", guide}}, {{"status", "rejected"}, {"reason", "The link is dead."}}).status,
            200);
  const auto kept = as("member").get(shelf_item(guide));
  ASSERT_EQ(kept.status, 200) << kept.body;
  EXPECT_EQ(kept.json().at("resource").at("status"), "rejected");
  EXPECT_TRUE(kept.json().at("resource").at("link").is_null());
  EXPECT_EQ(patch(as("member"), shelf_item(guide), {{"rating", 5}}, kept.header("etag")).status, 404)
      << "a withdrawn resource is not rated";
  EXPECT_EQ(as("member").request("DELETE", shelf_item(guide), "", {}).status, 204);
}

CG_ON_BOTH_ENGINES(ResourceShelfApi);

}  // namespace
}  // namespace cg::testing
