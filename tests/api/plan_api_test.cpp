// The action plan end to end on both engines: the tree with its roll-up, versions and stale
// edits, moving and archiving, bulk status (all or nothing), measurements, the attention list,
// "my tasks", CSV export and import, resources, risks, reviews and their reminders, calendar
// feeds, who may do what, and the bad input the issue names.
#include <set>

#include "domain/time_format.h"
#include "store/store.h"
#include "support/icalendar_parser.h"
#include "support/server_process.h"
#include "support/smtp_sink.h"
#include "support/table_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

class PlanApi : public TableTest {
 protected:
  std::string plan(const std::string& suffix = "") { return partnership_path(id_, "/plan" + suffix); }

  std::int64_t post(const std::string& role, const std::string& suffix, const json::object& body) {
    const auto created = as(role).post_json(plan(suffix), json::serialize(body));
    EXPECT_EQ(created.status, 201) << suffix << ": " << created.body;
    return created.status == 201 ? created.json().at("id").as_int64() : 0;
  }

  std::int64_t goal(const std::string& title) { return post("lead", "/goals", {{"title", title}}); }

  // Burglaries down from 40 to 20 a month over 2020–2030.
  std::int64_t objective(std::int64_t goal_id, const std::string& title = "Fewer burglaries") {
    return post("lead", "/objectives",
                {{"goal_id", goal_id}, {"title", title}, {"indicator", "Burglaries reported"}, {"unit", "per month"},
                 {"baseline", 40}, {"target", 20}, {"start_on", "2020-01-01"}, {"target_on", "2030-12-31"}});
  }

  std::int64_t activity(json::object body, const std::string& role = "lead") {
    return post(role, "/activities", body);
  }

  // The activity with `id` wherever it sits in the plan tree.
  json::object find_activity(const json::value& tree, std::int64_t id) {
    for (const auto& g : tree.at("goals").as_array()) {
      for (const auto& o : g.at("objectives").as_array()) {
        for (const auto& a : o.at("activities").as_array()) {
          if (a.at("id") == id) return a.as_object();
        }
      }
    }
    for (const auto& a : tree.at("unfiled_activities").as_array()) {
      if (a.at("id") == id) return a.as_object();
    }
    return {};
  }

};

TEST_P(PlanApi, TreeRollsUpFromMeasurementsAndActivities) {
  const auto g = goal("Safer streets at night");
  const auto measured = objective(g);
  const auto by_activities = objective(g, "More neighbours on the watch rota");
  const auto a1 = activity({{"objective_id", by_activities}, {"title", "Recruit block captains"}, {"percent", 50},
                            {"status", "in_progress"}, {"owner_ids", json::array{cast_->membership("member")}}});
  activity({{"objective_id", by_activities}, {"title", "Print flyers"}, {"status", "done"}});
  activity({{"objective_id", by_activities}, {"title", "Dropped idea"}, {"status", "cancelled"}});
  const auto sub = activity({{"parent_activity_id", a1}, {"title", "Call the tenants' association"}});

  const auto m = as("member").post_json(plan("/objectives/" + std::to_string(measured) + "/measurements"),
                                        R"({"on":"2024-01-01","value":30,"note":"Quarterly crime report"})");
  ASSERT_EQ(m.status, 201) << m.body;

  const auto tree = as("observer").get(plan());
  ASSERT_EQ(tree.status, 200) << tree.body;
  const auto& t = tree.json();
  ASSERT_EQ(t.at("goals").as_array().size(), 1u);
  const auto& objectives = t.at("goals").at(0).at("objectives").as_array();
  ASSERT_EQ(objectives.size(), 2u);
  // 40 → 30 of the way to 20 is half; the line expects (2024-01-01 − 2020-01-01) / 11 years ≈ 0.364.
  EXPECT_DOUBLE_EQ(objectives.at(0).at("progress").as_double(), 0.5);
  EXPECT_EQ(objectives.at(0).at("progress_source"), "measurements");
  EXPECT_EQ(objectives.at(0).at("trajectory"), "on_track");
  EXPECT_EQ(objectives.at(0).at("direction"), "down") << "inferred from a target below the baseline";
  // Activities: 0.5 (in progress), 1 (done), 0 (the sub-activity); cancelled left out → 0.5.
  EXPECT_DOUBLE_EQ(objectives.at(1).at("progress").as_double(), 0.5);
  EXPECT_EQ(objectives.at(1).at("progress_source"), "activities");
  EXPECT_EQ(objectives.at(1).at("activity_counts").at("total"), 3);
  EXPECT_DOUBLE_EQ(t.at("goals").at(0).at("progress").as_double(), 0.5);
  EXPECT_DOUBLE_EQ(t.at("progress").as_double(), 0.5);
  EXPECT_EQ(t.at("counts").at("done"), 1);
  EXPECT_EQ(t.at("review").at("state"), "scheduled");

  const auto subtask = find_activity(t, sub);
  EXPECT_EQ(subtask.at("parent_activity_id"), a1);
  EXPECT_EQ(subtask.at("objective_id"), by_activities) << "a sub-activity takes its parent's objective";
  const auto owned = find_activity(t, a1);
  EXPECT_EQ(owned.at("owners").at(0).at("membership_id"), cast_->membership("member"));
  EXPECT_EQ(owned.at("owners").at(0).at("display_name"), "Cast member");
}

TEST_P(PlanApi, StaleEditsGet412WithTheCurrentVersion) {
  const auto a = activity({{"title", "Hold a listening session"}});
  const auto path = plan("/activities/" + std::to_string(a));
  EXPECT_EQ(as("member").patch_json(path, R"({"percent":10})", "").status, 428);
  const auto first = as("member").patch_json(path, R"({"percent":10,"status":"in_progress"})", "\"1\"");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.header("etag"), "\"2\"");
  const auto second = as("coordinator").patch_json(path, R"({"title":"Hold two listening sessions"})", "\"1\"");
  ASSERT_EQ(second.status, 412) << second.body;
  EXPECT_EQ(second.json().at("current").at("percent"), 10);
  EXPECT_EQ(second.json().at("current").at("title"), "Hold a listening session");
  EXPECT_EQ(second.header("etag"), "\"2\"");
  const auto retried = as("coordinator").patch_json(path, R"({"title":"Hold two listening sessions"})", "\"2\"");
  ASSERT_EQ(retried.status, 200) << retried.body;
  EXPECT_EQ(retried.json().at("percent"), 10) << "the first person's change survives";
}

TEST_P(PlanApi, MovingReordersAndKeepsSubActivitiesWithTheirParent) {
  const auto g = goal("Youth");
  const auto o1 = objective(g, "First");
  const auto o2 = objective(g, "Second");
  const auto a = activity({{"objective_id", o1}, {"title", "A"}});
  const auto b = activity({{"objective_id", o1}, {"title", "B"}});
  const auto child = activity({{"parent_activity_id", a}, {"title", "A's step"}});
  const auto grandchild = activity({{"parent_activity_id", child}, {"title", "A's smaller step"}});

  // Under its own grandchild: a cycle.
  const auto cycle = as("lead").patch_json(plan("/activities/" + std::to_string(a)),
                                           json::serialize(json::object{{"parent_activity_id", grandchild}}), "\"1\"");
  EXPECT_EQ(cycle.status, 400);
  EXPECT_EQ(problem_fields(cycle), "parent_activity_id");

  const auto moved = as("lead").patch_json(plan("/activities/" + std::to_string(a)),
                                           json::serialize(json::object{{"objective_id", o2}}), "\"1\"");
  ASSERT_EQ(moved.status, 200) << moved.body;
  const auto tree = as("lead").get(plan()).json();
  EXPECT_EQ(find_activity(tree, grandchild).at("objective_id"), o2);
  EXPECT_EQ(find_activity(tree, b).at("position"), 1) << "the gap A left is closed";

  const auto reordered = as("lead").patch_json(plan("/objectives/" + std::to_string(o2)), R"({"position":1})", "\"1\"");
  ASSERT_EQ(reordered.status, 200) << reordered.body;
  const auto after = as("lead").get(plan()).json();
  EXPECT_EQ(after.at("goals").at(0).at("objectives").at(0).at("id"), o2);
  EXPECT_EQ(after.at("goals").at(0).at("objectives").at(1).at("position"), 2);
}

TEST_P(PlanApi, ArchivingAGoalTakesItsSubtreeOutOfTheRollUp) {
  const auto kept = goal("Kept");
  const auto dropped = goal("Dropped");
  activity({{"objective_id", objective(kept)}, {"title", "Done thing"}, {"status", "done"}});
  activity({{"objective_id", objective(dropped)}, {"title", "Late thing"}, {"due_on", "2021-01-01"}});
  EXPECT_EQ(as("lead").get(plan()).json().at("counts").at("overdue"), 1);

  const auto archived = as("lead").patch_json(plan("/goals/" + std::to_string(dropped)), R"({"archived":true})", "\"1\"");
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_EQ(archived.json().at("archived"), true);
  const auto tree = as("lead").get(plan()).json();
  EXPECT_EQ(tree.at("goals").as_array().size(), 1u);
  EXPECT_EQ(tree.at("counts").at("overdue"), 0);
  EXPECT_DOUBLE_EQ(tree.at("progress").as_double(), 1.0);
  const auto everything = as("lead").get(plan("?archived=include")).json();
  EXPECT_EQ(everything.at("goals").as_array().size(), 2u);
  EXPECT_EQ(as("lead").get(plan("?archived=maybe")).status, 400);
}

TEST_P(PlanApi, BulkStatusIsAllOrNothing) {
  const auto o = objective(goal("Goal"));
  const auto a = activity({{"objective_id", o}, {"title", "One"}});
  const auto b = activity({{"objective_id", o}, {"title", "Two"}, {"percent", 30}});

  const auto refused = as("member").post_json(
      plan("/activities/bulk-status"), json::serialize(json::object{{"activity_ids", json::array{a, b, 999999}},
                                                                    {"status", "done"}}));
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(problem_fields(refused), "activity_ids");
  EXPECT_EQ(find_activity(as("member").get(plan()).json(), a).at("status"), "not_started") << "nothing changed";

  const auto done = as("member").post_json(
      plan("/activities/bulk-status"),
      json::serialize(json::object{{"activity_ids", json::array{a, b}}, {"status", "done"}}));
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json().at("updated"), 2);
  const auto tree = as("member").get(plan()).json();
  EXPECT_EQ(find_activity(tree, b).at("percent"), 100);
  EXPECT_EQ(find_activity(tree, b).at("version"), 2);
  EXPECT_EQ(as("observer")
                .post_json(plan("/activities/bulk-status"),
                           json::serialize(json::object{{"activity_ids", json::array{a}}, {"status", "blocked"}}))
                .status,
            403);
}

TEST_P(PlanApi, BadInputNamesTheField) {
  const auto g = goal("Goal");
  struct Case {
    std::string path;
    std::string body;
    std::string field;
  };
  const std::string gid = std::to_string(g);
  const std::vector<Case> cases = {
      {"/objectives", R"({"goal_id":)" + gid + R"(,"title":"T","indicator":"I","unit":"u","baseline":1,"target":5,"start_on":"2026-05-01","target_on":"2026-01-01"})", "target_on"},
      {"/objectives", R"({"goal_id":)" + gid + R"(,"title":"T","indicator":"I","unit":"u","baseline":1,"target":5,"direction":"down","start_on":"2026-01-01","target_on":"2026-05-01"})", "target"},
      {"/objectives", R"({"goal_id":)" + gid + R"(,"title":"T","indicator":"I","unit":"u","baseline":1,"target":5,"start_on":"2026-02-30","target_on":"2026-05-01"})", "start_on"},
      {"/objectives", R"({"goal_id":999999,"title":"T","indicator":"I","unit":"u","baseline":1,"target":5,"start_on":"2026-01-01","target_on":"2026-05-01"})", "goal_id"},
      {"/objectives", R"({"title":"T"})", "goal_id,indicator,unit,baseline,target,start_on,target_on"},
      {"/activities", R"({"title":"T","percent":150})", "percent"},
      {"/activities", R"({"title":"T","start_on":"2026-05-01","due_on":"2026-04-01"})", "due_on"},
      {"/activities", R"({"title":"T","status":"finished"})", "status"},
      {"/activities", R"({"title":"T","owner_ids":[999999]})", "owner_ids"},
      {"/activities", R"({"title":"T","parent_activity_id":999999})", "parent_activity_id"},
      {"/activities", R"({"title":"  "})", "title"},
      {"/goals", R"({"title":"T","version":3})", "version"},
  };
  for (const auto& c : cases) {
    const auto response = as("lead").post_json(plan(c.path), c.body);
    EXPECT_EQ(response.status, 400) << c.body << " → " << response.body;
    EXPECT_EQ(problem_fields(response), c.field) << c.body;
  }
  const auto o = objective(g);
  const auto future = as("member").post_json(plan("/objectives/" + std::to_string(o) + "/measurements"),
                                             R"({"on":"2999-01-01","value":3})");
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(problem_fields(future), "on");
  EXPECT_EQ(as("lead").get(plan()).json().at("goals").at(0).at("objectives").as_array().size(), 1u)
      << "nothing half-made by the refused requests";
}

TEST_P(PlanApi, WhoMayDoWhat) {
  const auto g = goal("Goal");
  EXPECT_EQ(as("member").post_json(plan("/goals"), R"({"title":"Mine"})").status, 403);
  EXPECT_EQ(as("coordinator").post_json(plan("/goals"), R"({"title":"Coordinated"})").status, 201);
  EXPECT_EQ(as("member").post_json(plan("/activities"), R"({"title":"I will do it"})").status, 201);
  EXPECT_EQ(as("observer").post_json(plan("/activities"), R"({"title":"Watching"})").status, 403);
  EXPECT_EQ(as("observer").get(plan()).status, 200);
  EXPECT_EQ(as("outsider").get(plan()).status, 404) << "a members-only partnership does not exist for outsiders";
  EXPECT_EQ(as("member").patch_json(plan("/goals/" + std::to_string(g)), R"({"title":"Renamed"})", "\"1\"").status,
            403);
}

TEST_P(PlanApi, AttentionListAndMyTasks) {
  const auto o = objective(goal("Goal"));
  const auto member = cast_->membership("member");
  std::vector<std::int64_t> late;
  for (int i = 0; i < 3; ++i) {
    late.push_back(activity({{"objective_id", o}, {"title", "Late " + std::to_string(i)},
                             {"due_on", "2021-0" + std::to_string(i + 1) + "-01"}, {"owner_ids", json::array{member}}}));
  }
  const auto unowned = activity({{"objective_id", o}, {"title", "Nobody's"}, {"due_on", "2099-01-01"}});
  activity({{"title", "Later"}, {"due_on", "2099-06-01"}, {"owner_ids", json::array{member}}});

  const auto attention = as("observer").get(plan("/attention"));
  ASSERT_EQ(attention.status, 200) << attention.body;
  std::map<std::string, json::object> by_code;
  for (const auto& f : attention.json().at("findings").as_array()) by_code[std::string(f.at("code").as_string())] = f.as_object();
  ASSERT_TRUE(by_code.contains("overdue_activities")) << attention.body;
  EXPECT_EQ(by_code["overdue_activities"].at("activity_ids").as_array().size(), 3u);
  EXPECT_EQ(by_code["overdue_activities"].at("severity"), "high") << "3 of 5 open activities are late";
  ASSERT_TRUE(by_code.contains("activities_without_owner"));
  EXPECT_EQ(by_code["activities_without_owner"].at("activity_ids").at(0), unowned);
  ASSERT_TRUE(by_code.contains("owner_overloaded"));
  EXPECT_EQ(by_code["owner_overloaded"].at("membership_id"), member);
  // 2020-01-01 → 2030-12-31, nothing measured, nothing done: behind the line by now.
  ASSERT_TRUE(by_code.contains("objective_behind"));

  const auto tasks = as("member").get("/api/v1/me/tasks");
  ASSERT_EQ(tasks.status, 200) << tasks.body;
  const auto& items = tasks.json().at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items.at(0).at("id"), late.at(0)) << "overdue first, earliest due first";
  EXPECT_EQ(items.at(0).at("overdue"), true);
  EXPECT_EQ(items.at(3).at("title"), "Later");
  EXPECT_EQ(items.at(0).at("partnership").at("name"), "Eastside Neighborhood Safety Table");
  EXPECT_EQ(as("outsider").get("/api/v1/me/tasks").json().at("items").as_array().size(), 0u);
  EXPECT_EQ(as("member").get("/api/v1/me/tasks?include=everything").status, 400);
}

TEST_P(PlanApi, CsvExportImportsBackAndRefusesBadFilesWhole) {
  const auto g = goal("Safer streets");
  const auto o = objective(g);
  activity({{"objective_id", o}, {"title", "Walk, talk, listen"}, {"due_on", "2027-03-01"},
            {"owner_ids", json::array{cast_->membership("member")}}});
  const auto exported = as("observer").get(plan("/export.csv"));
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_EQ(exported.header("content-type"), "text/csv; charset=utf-8");
  const auto& text = exported.body;
  EXPECT_EQ(text.substr(0, text.find("\r\n")),
            "kind,id,parent_kind,parent_id,title,description,indicator,unit,baseline,target,direction,weight,"
            "start_on,end_on,status,percent,owners,archived");
  EXPECT_NE(text.find("\"Walk, talk, listen\""), std::string::npos);
  EXPECT_NE(text.find(cast_->email("member")), std::string::npos) << "owners travel as emails";

  const auto import = [&](const std::string& role, const std::string& csv, const std::string& query = "") {
    return as(role).request("POST", plan("/import" + query), csv, {{"Content-Type", "text/csv"}});
  };
  const auto same = import("lead", text);
  ASSERT_EQ(same.status, 200) << same.body;
  EXPECT_EQ(same.json().at("updated"), json::parse(R"({"goals":1,"objectives":1,"activities":1})"));
  EXPECT_EQ(same.json().at("created"), json::parse(R"({"goals":0,"objectives":0,"activities":0})"));

  // New rows hang under new rows above them by line number (the header is line 1).
  const int first_new = 1 + 3 + 1;
  std::string more = text;
  more += "goal,,,,Trust,Because it matters,,,,,,,,,,,,\r\n";
  more += "objective,,goal,new:" + std::to_string(first_new) +
          ",Higher trust,,Residents who trust police,%,40,60,,,2026-01-01,2027-01-01,,,,\r\n";
  more += "activity,,objective,new:" + std::to_string(first_new + 1) + ",Survey residents,,,,,,,,,2027-02-01,in_progress,20," +
          cast_->email("member") + ",\r\n";
  const auto dry = import("coordinator", more, "?dry_run=true");
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json().at("created"), json::parse(R"({"goals":1,"objectives":1,"activities":1})"));
  EXPECT_EQ(as("lead").get(plan()).json().at("goals").as_array().size(), 1u) << "a dry run writes nothing";
  const auto real = import("coordinator", more);
  ASSERT_EQ(real.status, 200) << real.body;
  const auto tree = as("lead").get(plan()).json();
  ASSERT_EQ(tree.at("goals").as_array().size(), 2u);
  const auto& survey = tree.at("goals").at(1).at("objectives").at(0).at("activities").at(0);
  EXPECT_EQ(survey.at("title"), "Survey residents");
  EXPECT_EQ(survey.at("percent"), 20);
  EXPECT_EQ(survey.at("owners").at(0).at("membership_id"), cast_->membership("member"));

  // Four bad lines: all reported, none written.
  std::string bad = more;
  bad += "goal,,,,Fine goal,,,,,,,,,,,,,\r\n";
  bad += "activity,,,,Bad date,,,,,,,,,2027-02-30,,,,\r\n";
  bad += "activity,,,,Stranger,,,,,,,,,,,,nobody@nowhere.example,\r\n";
  bad += "objective,999999,goal," + std::to_string(g) + ",Ghost,,I,u,1,2,,,2026-01-01,2026-06-01,,,,\r\n";
  bad += "activity,,,,Typo,,,,,,,,,,,,#" + std::to_string(cast_->membership("member")) + "abc,\r\n";
  const auto refused = import("lead", bad);
  ASSERT_EQ(refused.status, 400) << refused.body;
  std::vector<std::string> where;
  for (const auto& l : refused.json().at("lines").as_array()) {
    where.push_back(std::to_string(l.at("line").as_int64()) + ":" + std::string(l.at("column").as_string()));
  }
  const int after = first_new + 3;
  EXPECT_EQ(where, (std::vector<std::string>{std::to_string(after + 1) + ":end_on", std::to_string(after + 2) + ":owners",
                                             std::to_string(after + 3) + ":id", std::to_string(after + 4) + ":owners"}));
  EXPECT_EQ(as("lead").get(plan()).json().at("goals").as_array().size(), 2u) << "the good line was not written either";

  const auto wrong_columns = import("lead", "kind,title\r\ngoal,Trust\r\n");
  EXPECT_EQ(wrong_columns.status, 400);
  EXPECT_EQ(wrong_columns.json().at("lines").at(0).at("line"), 1);
  const auto not_utf8 = import("lead", text + "goal,,,,Caf\xE9,,,,,,,,,,,,,\r\n");
  EXPECT_EQ(not_utf8.status, 400);
  EXPECT_NE(std::string(not_utf8.json().at("lines").at(0).at("message").as_string()).find("UTF-8"), std::string::npos);
  EXPECT_EQ(as("lead").request("POST", plan("/import"), text, {{"Content-Type", "application/json"}}).status, 415);
  EXPECT_EQ(import("member", text).status, 403);
}

TEST_P(PlanApi, ResourcesTotalByPartnerAndShowTheGap) {
  const auto a = activity({{"title", "Summer youth jobs"}});
  const auto member = cast_->membership("member");
  post("coordinator", "/resources",
       {{"entry", "need"}, {"kind", "funding"}, {"description", "Wages"}, {"amount", 12000}, {"unit", "USD"}, {"activity_id", a}});
  post("coordinator", "/resources", {{"entry", "need"}, {"kind", "funding"}, {"description", "Bus passes"}, {"amount", 12000}, {"unit", "USD"}});
  const auto pledge = post("member", "/resources",
                           {{"entry", "commitment"}, {"kind", "funding"}, {"description", "Chamber of commerce grant"},
                            {"amount", 15000}, {"unit", "usd"}, {"membership_id", member}, {"committed_on", "2026-01-01"}});
  post("member", "/resources",
       {{"entry", "commitment"}, {"kind", "staff_hours"}, {"description", "Youth workers"}, {"amount", 20},
        {"unit", "hours"}, {"period", "per_week"}, {"membership_id", member}, {"used", 5}});

  const auto listed = as("observer").get(plan("/resources"));
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto& summary = listed.json().at("summary");
  ASSERT_EQ(summary.at("gaps").as_array().size(), 1u);
  const auto& gap = summary.at("gaps").at(0);
  EXPECT_DOUBLE_EQ(gap.at("needed").as_double(), 24000);
  EXPECT_DOUBLE_EQ(gap.at("committed").as_double(), 15000) << "USD and usd are the same unit";
  EXPECT_DOUBLE_EQ(gap.at("shortfall").as_double(), 9000);
  EXPECT_EQ(summary.at("by_partner").as_array().size(), 2u) << "one partner, two kinds of resource";
  EXPECT_EQ(summary.at("by_sector").as_array().size(), 2u) << "the member's sector, for each kind";
  EXPECT_EQ(summary.at("unused").at(0), pledge) << "nothing drawn on a commitment made long ago";
  const auto attention = as("member").get(plan("/attention")).json();
  bool unused_found = false;
  for (const auto& f : attention.at("findings").as_array()) unused_found = unused_found || f.at("code") == "resources_unused";
  EXPECT_TRUE(unused_found) << attention;

  const auto commitment_without_partner = as("member").post_json(
      plan("/resources"), R"({"entry":"commitment","kind":"in_kind","description":"Laptops","amount":3,"unit":"laptops"})");
  EXPECT_EQ(commitment_without_partner.status, 400);
  EXPECT_EQ(problem_fields(commitment_without_partner), "membership_id");
  const auto negative = as("member").post_json(
      plan("/resources"), R"({"entry":"need","kind":"funding","description":"Bus fares","amount":-5,"unit":"USD"})");
  EXPECT_EQ(problem_fields(negative), "amount");
  const auto used = as("member").patch_json(plan("/resources/" + std::to_string(pledge)), R"({"used":4000})", "\"1\"");
  ASSERT_EQ(used.status, 200) << used.body;
  EXPECT_EQ(as("member").get(plan("/resources")).json().at("summary").at("unused").as_array().size(), 0u);
  EXPECT_EQ(as("observer").post_json(plan("/resources"), R"({"entry":"need","kind":"funding","description":"X","amount":1,"unit":"USD"})").status, 403);
  EXPECT_EQ(as("member").del(plan("/resources/" + std::to_string(pledge))).status, 204);
}

TEST_P(PlanApi, RiskRegisterGridAndFindings) {
  const auto high = post("member", "/risks", {{"title", "The grant is not renewed"}, {"likelihood", 4}, {"impact", 5}});
  post("member", "/risks", {{"title", "Rain on the block party"}, {"likelihood", 2}, {"impact", 1},
                            {"response", "Book the school gym"}, {"owner_id", cast_->membership("member")}});
  post("member", "/risks", {{"title", "Old worry"}, {"likelihood", 5}, {"impact", 5}, {"status", "closed"}});
  const auto listed = as("observer").get(plan("/risks"));
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto& items = listed.json().at("items").as_array();
  EXPECT_EQ(items.at(0).at("score"), 20);
  EXPECT_EQ(items.at(0).at("level"), "high");
  EXPECT_EQ(items.at(1).at("level"), "low");
  EXPECT_EQ(items.at(1).at("owner_name"), "Cast member");
  const auto& grid = listed.json().at("grid").at("counts");
  EXPECT_EQ(grid.at(3).at(4), 1) << "likelihood 4, impact 5";
  EXPECT_EQ(grid.at(4).at(4), 0) << "closed risks leave the grid";

  auto has_finding = [&](const std::string& code) {
    const auto attention = as("member").get(plan("/attention"));
    for (const auto& f : attention.json().at("findings").as_array()) {
      if (f.at("code") == code.c_str()) return true;
    }
    return false;
  };
  EXPECT_TRUE(has_finding("risk_unplanned"));
  const auto happened = as("member").patch_json(plan("/risks/" + std::to_string(high)), R"({"status":"occurred"})", "\"1\"");
  ASSERT_EQ(happened.status, 200) << happened.body;
  EXPECT_TRUE(has_finding("risk_occurred"));

  EXPECT_EQ(problem_fields(as("member").post_json(plan("/risks"), R"({"title":"T","likelihood":6})")), "likelihood");
  EXPECT_EQ(problem_fields(as("member").post_json(plan("/risks"), R"({"title":"T","owner_id":999999})")), "owner_id");
  EXPECT_EQ(as("member").patch_json(plan("/risks/" + std::to_string(high)), R"({"impact":2})", "\"1\"").status, 412);
}

TEST_P(PlanApi, ReviewsRateDecideCommitAndCompare) {
  const auto o = objective(goal("Safer streets"));
  const auto member = cast_->membership("member");
  const auto path = plan("/objectives/" + std::to_string(o) + "/measurements");
  ASSERT_EQ(as("member").post_json(path, R"({"on":"2026-01-10","value":35})").status, 201);
  const auto first = as("coordinator").post_json(plan("/reviews"), json::serialize(json::object{
      {"held_on", "2026-01-15"},
      {"participant_ids", json::array{cast_->membership("lead"), member}},
      {"ratings", json::array{json::object{{"objective_id", o}, {"rating", "at_risk"}, {"note", "Turnout is low"}}}},
      {"decisions", json::array{"Move meetings to evenings"}},
      {"commitments", json::array{json::object{{"title", "Book the library for evenings"}, {"owner_id", member},
                                               {"due_on", "2026-02-01"}, {"objective_id", o}}}}}));
  ASSERT_EQ(first.status, 201) << first.body;
  const auto& review = first.json();
  ASSERT_EQ(review.at("activity_ids").as_array().size(), 1u);
  const auto committed = review.at("activity_ids").at(0).as_int64();
  const auto activity = as("member").get(plan("/activities/" + std::to_string(committed))).json();
  EXPECT_EQ(activity.at("title"), "Book the library for evenings");
  EXPECT_EQ(activity.at("owners").at(0).at("membership_id"), member);
  EXPECT_EQ(activity.at("objective_id"), o);
  EXPECT_EQ(review.at("snapshot").at("objectives").at(0).at("rating"), "at_risk");

  ASSERT_EQ(as("member").post_json(path, R"({"on":"2026-03-01","value":30})").status, 201);
  const auto second = as("lead").post_json(plan("/reviews"), json::serialize(json::object{
      {"held_on", "2026-04-15"}, {"ratings", json::array{json::object{{"objective_id", o}, {"rating", "on_track"}}}}}));
  ASSERT_EQ(second.status, 201) << second.body;
  const auto listed = as("observer").get(plan("/reviews")).json();
  EXPECT_EQ(listed.at("items").at(0).at("held_on"), "2026-04-15") << "newest first";
  EXPECT_EQ(listed.at("next").at("due_on"), "2026-07-14") << "90 days after the last review";

  const auto compared = as("observer").get(plan("/reviews/" + std::to_string(second.json().at("id").as_int64()) +
                                                "/compare?with=" + std::to_string(review.at("id").as_int64())));
  ASSERT_EQ(compared.status, 200) << compared.body;
  const auto& change = compared.json().at("changes").at("objectives").at(0);
  EXPECT_EQ(change.at("before").at("rating"), "at_risk");
  EXPECT_EQ(change.at("after").at("rating"), "on_track");
  EXPECT_DOUBLE_EQ(change.at("progress_change").as_double(), 0.25) << "35 → 30 on the way from 40 to 20";
  EXPECT_EQ(compared.json().at("before").at("held_on"), "2026-01-15") << "earlier first whatever the order asked";
  const auto first_review = plan("/reviews/" + std::to_string(review.at("id").as_int64()) + "/compare?with=");
  for (const auto& with : {std::string("12abc"), std::string("0"), std::string(""),
                           std::to_string(review.at("id").as_int64())}) {
    const auto refused = as("observer").get(first_review + with);
    EXPECT_EQ(refused.status, 400) << "with=" << with << " " << refused.body;
    EXPECT_EQ(problem_fields(refused), "with");
  }

  const auto bad_key = as("lead").post_json(plan("/reviews"), json::serialize(json::object{
      {"held_on", "2026-05-01"}, {"ratings", json::array{json::object{{"objective_id", o}, {"rating", "fine"}}}}}));
  EXPECT_EQ(bad_key.status, 400);
  EXPECT_EQ(problem_fields(bad_key), "ratings[0].rating");
  const auto bad = as("lead").post_json(plan("/reviews"), json::serialize(json::object{
      {"held_on", "2999-01-01"},
      {"commitments", json::array{json::object{{"title", "Late"}, {"owner_id", member}, {"due_on", "2020-01-01"}}}}}));
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(problem_fields(bad), "held_on,commitments[0].due_on");
  const auto unknown = as("lead").post_json(plan("/reviews"), json::serialize(json::object{
      {"held_on", "2026-05-01"}, {"participant_ids", json::array{999999}},
      {"ratings", json::array{json::object{{"objective_id", 999999}, {"rating", "on_track"}}}}}));
  EXPECT_EQ(problem_fields(unknown), "participant_ids,ratings[0].objective_id");
  EXPECT_EQ(as("member").post_json(plan("/reviews"), R"({"held_on":"2026-05-01"})").status, 403);
  EXPECT_EQ(as("lead").get(plan("/reviews")).json().at("items").as_array().size(), 2u) << "refused reviews left nothing";
}

TEST_P(PlanApi, OverdueReviewsAreRemindedOnceByEmail) {
  goal("Safer streets");
  // The plan was started 200 days ago and has never been reviewed: 110 days overdue.
  {
    auto opened = store::Store::open({db_->url()});
    ASSERT_TRUE(opened.ok());
    const auto long_ago = format_utc(std::chrono::system_clock::now() - std::chrono::days(200));
    (*opened)->write([&](store::Connection& c) {
      return c.query("UPDATE plan_goals SET created_at = $1", {long_ago}).size();
    });
  }
  EXPECT_EQ(as("member").get(plan()).json().at("review").at("state"), "overdue");
  SmtpSink sink;
  const std::vector<std::string> args = {"remind", "--database", db_->url(), "--smtp-url", sink.url(),
                                         "--public-url", "https://cg.riverton.example/"};
  const auto run = run_commonground(args, {}, "");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  ASSERT_TRUE(sink.wait_for(2)) << run.output;
  std::set<std::string> to;
  for (std::size_t n = 1; n <= 2; ++n) {
    const auto email = *sink.wait_for(n);
    to.insert(email.recipients.begin(), email.recipients.end());
    EXPECT_NE(email.data.find("Subject: Plan review overdue: Eastside Neighborhood Safety Table"), std::string::npos)
        << email.data;
    EXPECT_EQ(email.link_containing("/plan"), "https://cg.riverton.example" + partnership_path(id_).substr(7) + "/plan");
  }
  EXPECT_EQ(to, (std::set<std::string>{"<" + cast_->email("lead") + ">", "<" + cast_->email("coordinator") + ">"}))
      << "leads and coordinators, not members or observers";
  const auto again = run_commonground(args, {}, "");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("\"reminders_sent\":0"), std::string::npos) << again.output;
  EXPECT_EQ(sink.received(), 2u) << "one reminder per due date";
}

TEST_P(PlanApi, CalendarFeedsFollowAccessAndCanBeTurnedOff) {
  const auto o = objective(goal("Safer streets"));
  const auto member = cast_->membership("member");
  activity({{"objective_id", o}, {"title", "Walk the beat, together"}, {"due_on", "2026-12-05"},
            {"owner_ids", json::array{member}}});
  activity({{"objective_id", o}, {"title", "Print flyers"}, {"due_on", "2026-12-10"}});
  activity({{"objective_id", o}, {"title", "No date yet"}});

  const auto shared = as("member").post_json("/api/v1/calendar-feeds",
                                             json::serialize(json::object{{"partnership_id", id_}}));
  ASSERT_EQ(shared.status, 201) << shared.body;
  const auto mine = as("member").request("POST", "/api/v1/calendar-feeds", "", {});
  ASSERT_EQ(mine.status, 201) << mine.body;
  EXPECT_EQ(as("member").get("/api/v1/calendar-feeds").json().at("items").as_array().size(), 2u);

  // Calendar apps fetch without a session: the secret path is the key.
  HttpClient calendar_app(port());
  const auto path_of = [](const HttpResponse& r) {
    const std::string url(r.json().at("url").as_string());
    return url.substr(url.find("/api/v1/calendar/"));
  };
  const auto feed = calendar_app.get(path_of(shared));
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_EQ(feed.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_EQ(parse_events(feed.body, "e['SUMMARY']"),
            "Due: Print flyers\nDue: Walk the beat, together\nPlan review due: Eastside Neighborhood Safety Table\n");
  const auto personal = calendar_app.get(path_of(mine));
  ASSERT_EQ(personal.status, 200) << personal.body << server_->error_output();
  EXPECT_EQ(parse_events(personal.body, "e['SUMMARY']"), "Due: Walk the beat, together\n") << "only what they own";

  EXPECT_EQ(calendar_app.get("/api/v1/calendar/not-a-real-token/commonground.ics").status, 404);
  EXPECT_EQ(as("outsider").post_json("/api/v1/calendar-feeds", json::serialize(json::object{{"partnership_id", id_}})).status,
            404);

  // Leaving the table stops the partnership's feed; turning a link off stops it too.
  const auto ceased = as("lead").post_json(partnership_path(id_, "/members/" + std::to_string(member) + "/cease"),
                                           R"({"reason":"Moved away"})");
  ASSERT_EQ(ceased.status, 200) << ceased.body;
  EXPECT_EQ(calendar_app.get(path_of(shared)).status, 404);
  const auto feed_id = mine.json().at("id").as_int64();
  EXPECT_EQ(as("member").del("/api/v1/calendar-feeds/" + std::to_string(feed_id)).status, 204);
  EXPECT_EQ(calendar_app.get(path_of(mine)).status, 404);
  EXPECT_EQ(as("member").del("/api/v1/calendar-feeds/" + std::to_string(feed_id)).status, 404);
}

CG_ON_BOTH_ENGINES(PlanApi);

}  // namespace
}  // namespace cg::testing
