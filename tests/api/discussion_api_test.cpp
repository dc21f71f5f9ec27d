// The discussion end to end on both engines: ideas and threads, comments, support, status changes
// (a decline needs a reason; an adopted idea becomes a plan activity), reports (fixed reasons, one
// per member), hiding (never one's own), and the anonymity guarantee checked in the database
// itself: an anonymous idea leaves nothing that leads back to its author.
#include <map>
#include <set>

#include "store/store.h"
#include "support/table_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

// Every row of every table, as text, keyed by table.
using Snapshot = std::map<std::string, std::multiset<std::string>>;

class DiscussionApi : public TableTest {
 protected:
  std::string board(const std::string& suffix = "") { return partnership_path(id_, "/discussion" + suffix); }

  json::object start(const std::string& role, json::object body) {
    const auto created = as(role).post_json(board(), json::serialize(body));
    EXPECT_EQ(created.status, 201) << created.body;
    return created.status == 201 ? created.json().as_object() : json::object{};
  }

  std::string item_path(const json::object& item) { return board("/" + std::to_string(item.at("id").as_int64())); }

  HttpResponse set_status(const std::string& role, const std::string& path, const json::object& body) {
    const auto version = as(role).get(path).header("etag");
    return as(role).request("POST", path + "/status", json::serialize(body),
                            {{"Content-Type", "application/json"}, {"If-Match", version}});
  }

  Snapshot snapshot() {
    auto opened = store::Store::open({db_->url()});
    EXPECT_TRUE(opened.ok());
    Snapshot out;
    (*opened)->read([&](store::Connection& c) {
      const auto tables = c.query(db_->engine() == store::Engine::sqlite
                                      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                      : "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      for (const auto& table : tables) {
        auto& rows = out[table.text(0)];
        for (const auto& row : c.query("SELECT * FROM " + table.text(0))) {
          std::string line;
          for (std::size_t i = 0; i < row.size(); ++i) line += row.optional_text(i).value_or("NULL") + "|";
          rows.insert(line);
        }
      }
      return 0;
    });
    return out;
  }

  // The stored author, created_at and updated_at of one item, read from the database itself.
  std::vector<std::string> stored_columns(std::int64_t item_id) {
    auto opened = store::Store::open({db_->url()});
    EXPECT_TRUE(opened.ok());
    std::vector<std::string> out;
    (*opened)->read([&](store::Connection& c) {
      for (const auto& row : c.query("SELECT author_membership_id, created_at, updated_at FROM discussion_items "
                                     "WHERE id = $1",
                                     {item_id})) {
        out = {row.optional_text(0).value_or("NULL"), row.timestamp(1), row.timestamp(2)};
      }
      return 0;
    });
    if (out.empty()) ADD_FAILURE() << "no item " << item_id;
    return out.empty() ? std::vector<std::string>(3) : out;
  }

};

TEST_P(DiscussionApi, AnIdeaIsDiscussedSupportedAndAdoptedIntoThePlan) {
  const auto idea = start("member", {{"kind", "idea"}, {"title", "  A late bus to the youth centre "},
                                     {"body", "Kids walk home in the dark after 9 pm."}});
  ASSERT_FALSE(idea.empty());
  EXPECT_EQ(idea.at("title"), "A late bus to the youth centre");
  EXPECT_EQ(idea.at("author").at("membership_id"), cast_->membership("member"));
  EXPECT_EQ(idea.at("mine"), true);
  EXPECT_EQ(idea.at("status"), "open");
  EXPECT_GT(idea.at("id").as_int64(), 0);
  EXPECT_LT(idea.at("id").as_int64(), std::int64_t{1} << 53) << "safe for JavaScript";
  const auto path = item_path(idea);

  const auto commented = as("coordinator").post_json(path + "/comments", R"({"body":"Transit has a grant for this."})");
  ASSERT_EQ(commented.status, 201) << commented.body;
  EXPECT_EQ(commented.json().at("comments"), 1);
  EXPECT_EQ(commented.json().at("comment_list").at(0).at("author").at("membership_id"), cast_->membership("coordinator"));
  for (int i = 0; i < 2; ++i) {
    const auto supported = as("lead").request("PUT", path + "/support", "", {});
    ASSERT_EQ(supported.status, 200) << supported.body;
    EXPECT_EQ(supported.json().at("supports"), 1) << "supporting twice counts once";
    EXPECT_EQ(supported.json().at("supported_by_me"), true);
  }
  EXPECT_EQ(as("coordinator").request("PUT", path + "/support", "", {}).json().at("supports"), 2);
  EXPECT_EQ(as("lead").request("DELETE", path + "/support", "", {}).json().at("supports"), 1);
  EXPECT_EQ(as("observer").request("PUT", path + "/support", "", {}).status, 403) << "observers follow along";
  EXPECT_EQ(as("observer").get(board()).json().at("items").at(0).at("supports"), 1);

  const auto unexplained = set_status("coordinator", path, {{"status", "declined"}});
  EXPECT_EQ(unexplained.status, 409) << unexplained.body;
  EXPECT_EQ(set_status("member", path, {{"status", "under_consideration"}}).status, 403);
  EXPECT_EQ(set_status("coordinator", path, {{"status", "maybe"}}).status, 400);
  const auto declined = set_status("coordinator", path, {{"status", "declined"}, {"reason", "No budget this year."}});
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(declined.json().at("status_reason"), "No budget this year.");
  const auto stale = as("coordinator").request("POST", path + "/status", R"({"status":"open"})",
                                               {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(as("coordinator").request("POST", path + "/status", R"({"status":"open"})",
                                      {{"Content-Type", "application/json"}}).status, 428);

  const auto with_nobody = set_status("lead", path, {{"status", "adopted"},
                                                     {"activity", {{"title", "Late bus pilot"}, {"owner_ids", {999999}}}}});
  EXPECT_EQ(with_nobody.status, 400) << "an owner who is not at the table: " << with_nobody.body;
  EXPECT_EQ(as("lead").get(path).json().at("status"), "declined") << "nothing changed";
  const auto adopted = set_status("lead", path, {{"status", "adopted"},
                                                 {"activity", {{"title", "Late bus pilot"},
                                                               {"owner_ids", {cast_->membership("member")}},
                                                               {"due_on", "2027-06-30"}}}});
  ASSERT_EQ(adopted.status, 200) << adopted.body;
  const auto activity_id = adopted.json().at("activity_id").as_int64();
  const auto activity = as("member").get(partnership_path(id_, "/plan/activities/" + std::to_string(activity_id)));
  ASSERT_EQ(activity.status, 200) << activity.body;
  EXPECT_EQ(activity.json().at("title"), "Late bus pilot");

  // Bad input: nothing is stored.
  EXPECT_EQ(as("member").post_json(board(), R"({"kind":"idea"})").status, 400);
  EXPECT_EQ(as("member").post_json(board(), R"({"kind":"poll","title":"Which night?"})").status, 400);
  const auto named_thread = as("member").post_json(board(), R"({"kind":"thread","title":"Parking","anonymous":true})");
  EXPECT_EQ(named_thread.status, 400);
  EXPECT_EQ(problem_fields(named_thread), "anonymous");
  EXPECT_EQ(as("member").post_json(path + "/comments", R"({"body":"   "})").status, 400);
  EXPECT_EQ(as("observer").post_json(board(), R"({"kind":"thread","title":"Parking"})").status, 403);
  EXPECT_EQ(as("member").get(board()).json().at("items").as_array().size(), 1u);
  EXPECT_EQ(as("outsider").get(board()).status, 404);
}

TEST_P(DiscussionApi, AnAnonymousIdeaLeavesNothingThatLeadsBackToItsAuthor) {
  start("coordinator", {{"kind", "thread"}, {"title", "Welcome"}});  // sessions and tables warmed up
  const auto before = snapshot();
  const auto sent = start("member", {{"kind", "idea"}, {"title", "Officers should knock less at night"},
                                     {"body", "Said anonymously because my neighbour is on the force."},
                                     {"anonymous", true}});
  ASSERT_FALSE(sent.empty());
  EXPECT_EQ(sent.at("author"), nullptr);
  EXPECT_EQ(sent.at("mine"), false) << "not even the author's own session can tell";
  const auto after = snapshot();

  // The only new rows: the idea itself, and the sessions' "last seen" (which every request moves).
  std::vector<std::string> changed;
  for (const auto& [table, rows] : after) {
    if (rows != before.at(table)) changed.push_back(table);
  }
  std::erase(changed, "sessions");
  EXPECT_EQ(changed, (std::vector<std::string>{"discussion_items"})) << "no audit entry, no other trace";
  std::vector<std::string> added;
  std::set_difference(after.at("discussion_items").begin(), after.at("discussion_items").end(),
                      before.at("discussion_items").begin(), before.at("discussion_items").end(),
                      std::back_inserter(added));
  ASSERT_EQ(added.size(), 1u);
  const auto& row = added.front();
  EXPECT_NE(row.find("Officers should knock less at night"), std::string::npos);
  EXPECT_EQ(row.find(cast_->email("member")), std::string::npos);
  const auto stored = stored_columns(sent.at("id").as_int64());
  EXPECT_EQ(stored[0], "NULL") << "no author";
  EXPECT_NE(stored[1].find("T00:00:00"), std::string::npos) << "only the day is kept: " << stored[1];
  EXPECT_EQ(stored[1], stored[2]) << "and it is never touched after";

  // The coordinators see it, without a name; the author (a plain member) no longer can.
  const auto for_coordinator = as("coordinator").get(item_path(sent));
  ASSERT_EQ(for_coordinator.status, 200);
  EXPECT_EQ(for_coordinator.json().at("anonymous"), true);
  EXPECT_EQ(for_coordinator.json().at("author"), nullptr);
  EXPECT_EQ(as("member").get(item_path(sent)).status, 404);
  EXPECT_EQ(as("member").get(board()).json().at("items").as_array().size(), 1u) << "only the welcome thread";
  EXPECT_EQ(as("lead").get(board()).json().at("items").as_array().size(), 2u);
}

TEST_P(DiscussionApi, ReportsHaveFixedReasonsAndCoordinatorsHideOthersWordsNotTheirOwn) {
  const auto thread = start("member", {{"kind", "thread"}, {"title", "Noise on Elm Street"}});
  const auto path = item_path(thread);
  const auto rude = as("member").post_json(path + "/comments", R"({"body":"The people on Elm are animals."})");
  ASSERT_EQ(rude.status, 201);
  const auto comment = path + "/comments/" + std::to_string(rude.json().at("comment_list").at(0).at("id").as_int64());
  const auto own = as("coordinator").post_json(path + "/comments", R"({"body":"Please keep it respectful."})");
  ASSERT_EQ(own.status, 201);
  const auto own_comment = path + "/comments/" + std::to_string(own.json().at("comment_list").at(1).at("id").as_int64());

  EXPECT_EQ(as("lead").post_json(comment + "/reports", R"({"reason":"disrespectful"})").status, 201);
  const auto twice = as("lead").post_json(comment + "/reports", R"({"reason":"spam"})");
  EXPECT_EQ(twice.status, 409) << "one report per member per item";
  EXPECT_EQ(as("coordinator").post_json(comment + "/reports", R"({"reason":"i_disagree"})").status, 400);
  EXPECT_EQ(as("observer").post_json(comment + "/reports", R"({"reason":"spam"})").status, 403);
  EXPECT_EQ(as("lead").post_json(path + "/comments/999999/reports", R"({"reason":"spam"})").status, 404);
  EXPECT_EQ(as("coordinator").get(path).json().at("comment_list").at(0).at("open_reports"), 1);
  EXPECT_FALSE(as("member").get(path).json().at("comment_list").at(0).as_object().contains("open_reports"))
      << "who reported what is for the coordinators";

  EXPECT_EQ(as("coordinator").post_json(own_comment + "/hide", "").status, 409) << "never their own";
  EXPECT_EQ(as("member").post_json(comment + "/hide", "").status, 403);
  const auto hidden = as("coordinator").post_json(comment + "/hide", "");
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  EXPECT_EQ(hidden.json().at("comment_list").at(0).at("body"), "The people on Elm are animals.") << "moderators still judge it";
  EXPECT_EQ(hidden.json().at("comment_list").at(0).at("open_reports"), 0) << "settled by hiding";
  const auto for_member = as("member").get(path).json();
  EXPECT_EQ(for_member.at("comment_list").at(0).at("hidden"), true);
  EXPECT_EQ(for_member.at("comment_list").at(0).at("body"), "");
  EXPECT_EQ(for_member.at("comments"), 1) << "only the visible comment is counted";
  EXPECT_EQ(as("coordinator").post_json(comment + "/hide", "").status, 409) << "already hidden";

  ASSERT_EQ(as("lead").post_json(path + "/hide", "").status, 200);
  EXPECT_EQ(as("member").get(path).json().at("title"), "Hidden by a coordinator");
  EXPECT_EQ(as("member").post_json(path + "/comments", R"({"body":"Why?"})").status, 409);
}

CG_ON_BOTH_ENGINES(DiscussionApi);

}  // namespace
}  // namespace cg::testing
