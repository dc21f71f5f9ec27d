// Walks the permission matrix of docs/permissions.md: every request in it, made by every role,
// against a members-only and a public partnership. "yes" means the permission check passed (any
// answer but 401, 403, 404 or a 5xx); a number is the exact status expected.
#include <functional>

#include "support/api_fixture.h"
#include "support/partnership_cast.h"
#include "support/permissions_table.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

struct Call {
  std::string method;
  std::string path;
  std::string body;
  std::string if_match;
};

class PartnershipPermissions : public ApiTest {
 protected:
  // Builds the request for `case_name` against partnership `id`, creating (as a site admin, who
  // acts as a lead) whatever it needs first, so each role acts on a target of its own.
  Call call_for(const std::string& case_name, std::int64_t id) {
    const auto base = partnership_path(id);
    const auto fresh = [&](const std::string& role) {
      const auto added = http().post_json(base + "/members", json::serialize(json::object{
          {"person_name", "Target " + std::to_string(++counter_)}, {"sector", "business"}, {"role", role}, {"invite", false}}));
      EXPECT_EQ(added.status, 201) << added.body;
      return std::to_string(added.json().at("id").as_int64());
    };
    const auto responsibility = [&] {
      const auto created = http().post_json(base + "/responsibilities", R"({"title":"Host meetings"})");
      EXPECT_EQ(created.status, 201) << created.body;
      return std::to_string(created.json().at("id").as_int64());
    };
    const auto plan_item = [&](const std::string& kind, const json::object& body) {
      const auto created = http().post_json(base + "/plan/" + kind, json::serialize(body));
      EXPECT_EQ(created.status, 201) << created.body;
      return std::to_string(created.json().at("id").as_int64());
    };
    const auto goal = [&] { return plan_item("goals", {{"title", "Safer streets"}}); };
    const auto objective = [&] {
      return plan_item("objectives", {{"goal_id", std::stoll(goal())}, {"title", "Fewer burglaries"},
                                      {"indicator", "Burglaries"}, {"unit", "per month"}, {"baseline", 40},
                                      {"target", 20}, {"start_on", "2026-01-01"}, {"target_on", "2027-01-01"}});
    };
    const auto activity = [&] { return plan_item("activities", {{"title", "Walk the beat together"}}); };
    const auto resource = [&] {
      return plan_item("resources", {{"entry", "need"}, {"kind", "funding"}, {"description", "Flyers"}, {"amount", 500},
                                     {"unit", "USD"}});
    };
    const auto risk = [&] { return plan_item("risks", {{"title", "The grant ends"}}); };
    const auto review = [&] { return plan_item("reviews", {{"held_on", "2026-01-10"}}); };
    // Held in the past, so attendance may be taken and answers are refused with 409 (not 403).
    const auto meeting = [&] {
      const auto created = http().post_json(base + "/meetings", R"({"title":"Beat meeting","date":"2026-01-06",)"
                                                                R"("starts":"18:00","ends":"19:00","time_zone":"America/Chicago"})");
      EXPECT_EQ(created.status, 201) << created.body;
      return base + "/meetings/" + std::to_string(created.json().at("id").as_int64());
    };
    const auto agenda_item = [&] {
      const auto path = meeting() + "/agenda";
      const auto created = http().post_json(path, R"({"title":"Street lighting"})");
      EXPECT_EQ(created.status, 201) << created.body;
      return path + "/" + std::to_string(created.json().at("id").as_int64());
    };
    // Started and commented on by the member, so leads and coordinators may hide them.
    const auto discussion_item = [&] {
      const auto created = cast_->as("member").post_json(
          base + "/discussion", R"({"kind":"idea","title":"Idea )" + std::to_string(++counter_) + R"("})");
      EXPECT_EQ(created.status, 201) << created.body;
      return base + "/discussion/" + std::to_string(created.json().at("id").as_int64());
    };
    const auto discussion_comment = [&] {
      const auto path = discussion_item() + "/comments";
      const auto commented = cast_->as("member").post_json(path, R"({"body":"Me too"})");
      EXPECT_EQ(commented.status, 201) << commented.body;
      return path + "/" + std::to_string(commented.json().at("comment_list").at(0).at("id").as_int64());
    };
    const auto version_of = [&](const std::string& path) {
      return http().get(path).header("etag");
    };
    // A resource from the seed library, on the table's shelf (put there by the site admin).
    const auto shelved = [&] {
      const auto library = http().get("/api/v1/resources?per_page=1");
      const auto path = base + "/shelf/" + std::to_string(library.json().at("items").at(0).at("id").as_int64());
      EXPECT_LT(http().request("PUT", path, "", {}).status, 300) << path;
      return path;
    };
    const auto library_of = [&](const std::string& activity_id) {
      return base + "/plan/activities/" + activity_id + "/library";
    };
    const std::map<std::string, std::function<Call()>> recipes = {
        {"list-partnerships", [&] { return Call{"GET", "/api/v1/partnerships", "", ""}; }},
        {"create-partnership", [&] {
           return Call{"POST", "/api/v1/partnerships",
                       json::serialize(json::object{{"name", "Started " + std::to_string(++counter_)}, {"my_sector", "faith"}}), ""};
         }},
        {"get-partnership", [&] { return Call{"GET", base, "", ""}; }},
        {"update-partnership", [&] { return Call{"PATCH", base, R"({"description":"Updated"})", version_of(base)}; }},
        {"attention", [&] { return Call{"GET", base + "/attention", "", ""}; }},
        {"balance", [&] { return Call{"GET", base + "/balance", "", ""}; }},
        {"balance-trend", [&] { return Call{"GET", base + "/balance/trend", "", ""}; }},
        {"list-members", [&] { return Call{"GET", base + "/members", "", ""}; }},
        {"add-member", [&] {
           return Call{"POST", base + "/members",
                       json::serialize(json::object{{"person_name", "New " + std::to_string(++counter_)}, {"sector", "youth"},
                                                    {"role", "member"}, {"invite", false}}), ""};
         }},
        {"add-lead", [&] {
           return Call{"POST", base + "/members",
                       json::serialize(json::object{{"person_name", "Lead " + std::to_string(++counter_)}, {"sector", "government"},
                                                    {"role", "lead"}, {"invite", false}}), ""};
         }},
        {"get-member", [&] { return Call{"GET", base + "/members/" + fresh("member"), "", ""}; }},
        {"update-member", [&] {
           const auto path = base + "/members/" + fresh("member");
           return Call{"PATCH", path, R"({"decision_authority":true})", version_of(path)};
         }},
        {"update-lead", [&] {
           const auto path = base + "/members/" + fresh("lead");
           return Call{"PATCH", path, R"({"decision_authority":false})", version_of(path)};
         }},
        {"cease-member", [&] { return Call{"POST", base + "/members/" + fresh("member") + "/cease", R"({"reason":"Moved away"})", ""}; }},
        {"resend-invitation", [&] {
           const auto invited = http().post_json(base + "/members", json::serialize(json::object{
               {"email", "invitee" + std::to_string(++counter_) + "@cast.example"}, {"sector", "youth"}, {"role", "member"}, {"invite", true}}));
           EXPECT_EQ(invited.status, 201) << invited.body;
           return Call{"POST", base + "/members/" + std::to_string(invited.json().at("id").as_int64()) + "/resend-invitation", "", ""};
         }},
        {"get-charter", [&] { return Call{"GET", base + "/charter", "", ""}; }},
        {"create-charter-draft", [&] { return Call{"POST", base + "/charter/versions", R"({"mission":"Safer streets"})", ""}; }},
        {"get-charter-version", [&] { return Call{"GET", base + "/charter/versions/1", "", ""}; }},
        {"edit-charter-draft", [&] {
           return Call{"PATCH", base + "/charter/versions/1", R"({"mission":"Safer streets together"})",
                       version_of(base + "/charter/versions/1")};
         }},
        {"propose-charter", [&] { return Call{"POST", base + "/charter/versions/1/propose", "", ""}; }},
        {"send-back-charter", [&] { return Call{"POST", base + "/charter/versions/1/send-back", "", ""}; }},
        {"adopt-charter", [&] { return Call{"POST", base + "/charter/versions/1/adopt", "", ""}; }},
        {"endorse-charter", [&] { return Call{"POST", base + "/charter/versions/1/endorsements", "", ""}; }},
        {"list-endorsements", [&] { return Call{"GET", base + "/charter/versions/1/endorsements", "", ""}; }},
        {"diff-charter", [&] { return Call{"GET", base + "/charter/versions/1/diff?from=1", "", ""}; }},
        {"list-responsibilities", [&] { return Call{"GET", base + "/responsibilities", "", ""}; }},
        {"create-responsibility", [&] { return Call{"POST", base + "/responsibilities", R"({"title":"Keep minutes"})", ""}; }},
        {"update-responsibility", [&] {
           const auto path = base + "/responsibilities/" + responsibility();
           return Call{"PATCH", path, R"({"title":"Keep the minutes"})", "\"1\""};
         }},
        {"delete-responsibility", [&] { return Call{"DELETE", base + "/responsibilities/" + responsibility(), "", ""}; }},
        {"assign-responsibility", [&] {
           return Call{"PUT", base + "/responsibilities/" + responsibility() + "/assignments/" + fresh("member"),
                       R"({"note":"Every month"})", ""};
         }},
        {"unassign-responsibility", [&] {
           const auto path = base + "/responsibilities/" + responsibility() + "/assignments/" + fresh("member");
           EXPECT_EQ(http().request("PUT", path, "{}", {{"Content-Type", "application/json"}}).status, 200);
           return Call{"DELETE", path, "", ""};
         }},
        {"get-plan", [&] { return Call{"GET", base + "/plan", "", ""}; }},
        {"plan-attention", [&] { return Call{"GET", base + "/plan/attention", "", ""}; }},
        {"create-goal", [&] { return Call{"POST", base + "/plan/goals", R"({"title":"Trust"})", ""}; }},
        {"update-goal", [&] { return Call{"PATCH", base + "/plan/goals/" + goal(), R"({"title":"More trust"})", "\"1\""}; }},
        {"create-objective", [&] {
           return Call{"POST", base + "/plan/objectives",
                       R"({"goal_id":)" + goal() + R"(,"title":"T","indicator":"I","unit":"u","baseline":1,"target":2,"start_on":"2026-01-01","target_on":"2026-06-01"})", ""};
         }},
        {"update-objective", [&] { return Call{"PATCH", base + "/plan/objectives/" + objective(), R"({"weight":2})", "\"1\""}; }},
        {"list-measurements", [&] { return Call{"GET", base + "/plan/objectives/" + objective() + "/measurements", "", ""}; }},
        {"record-measurement", [&] {
           return Call{"POST", base + "/plan/objectives/" + objective() + "/measurements", R"({"on":"2026-01-15","value":38})", ""};
         }},
        {"delete-measurement", [&] {
           const auto path = base + "/plan/objectives/" + objective() + "/measurements";
           const auto recorded = http().post_json(path, R"({"on":"2026-01-15","value":38})");
           EXPECT_EQ(recorded.status, 201) << recorded.body;
           return Call{"DELETE", path + "/" + std::to_string(recorded.json().at("id").as_int64()), "", ""};
         }},
        {"create-activity", [&] { return Call{"POST", base + "/plan/activities", R"({"title":"Knock on doors"})", ""}; }},
        {"get-activity", [&] { return Call{"GET", base + "/plan/activities/" + activity(), "", ""}; }},
        {"update-activity", [&] { return Call{"PATCH", base + "/plan/activities/" + activity(), R"({"percent":20})", "\"1\""}; }},
        {"export-plan", [&] { return Call{"GET", base + "/plan/export.csv", "", ""}; }},
        {"import-plan", [&] {
           return Call{"POST", base + "/plan/import",
                       "kind,id,parent_kind,parent_id,title,description,indicator,unit,baseline,target,direction,weight,"
                       "start_on,end_on,status,percent,owners,archived\r\ngoal,,,,Imported,,,,,,,,,,,,,\r\n", ""};
         }},
        {"list-resources", [&] { return Call{"GET", base + "/plan/resources", "", ""}; }},
        {"add-resource", [&] {
           return Call{"POST", base + "/plan/resources",
                       R"({"entry":"need","kind":"staff_hours","description":"Canvassers","amount":40,"unit":"hours","period":"per_month"})", ""};
         }},
        {"update-resource", [&] { return Call{"PATCH", base + "/plan/resources/" + resource(), R"({"amount":600})", "\"1\""}; }},
        {"delete-resource", [&] { return Call{"DELETE", base + "/plan/resources/" + resource(), "", ""}; }},
        {"list-risks", [&] { return Call{"GET", base + "/plan/risks", "", ""}; }},
        {"add-risk", [&] { return Call{"POST", base + "/plan/risks", R"({"title":"Volunteers drift away","likelihood":4})", ""}; }},
        {"update-risk", [&] { return Call{"PATCH", base + "/plan/risks/" + risk(), R"({"status":"watching"})", "\"1\""}; }},
        {"list-reviews", [&] { return Call{"GET", base + "/plan/reviews", "", ""}; }},
        {"record-review", [&] { return Call{"POST", base + "/plan/reviews", R"({"held_on":"2026-02-01","decisions":["Keep going"]})", ""}; }},
        {"get-review", [&] { return Call{"GET", base + "/plan/reviews/" + review(), "", ""}; }},
        {"compare-reviews", [&] {
           return Call{"GET", base + "/plan/reviews/" + review() + "/compare?with=" + review(), "", ""};
         }},
        {"bulk-activity-status", [&] {
           return Call{"POST", base + "/plan/activities/bulk-status", R"({"activity_ids":[)" + activity() + R"(],"status":"done"})", ""};
         }},
        {"list-meetings", [&] { return Call{"GET", base + "/meetings", "", ""}; }},
        {"schedule-meeting", [&] {
           return Call{"POST", base + "/meetings",
                       R"({"title":"Town hall","date":"2027-03-02","starts":"18:00","ends":"20:00","time_zone":"America/Chicago"})", ""};
         }},
        {"get-meeting", [&] { return Call{"GET", meeting(), "", ""}; }},
        {"update-meeting", [&] { return Call{"PATCH", meeting(), R"({"place":"Library"})", "\"1\""}; }},
        {"cancel-meeting", [&] { return Call{"POST", meeting() + "/cancel", R"({"reason":"Snow"})", ""}; }},
        {"meeting-calendar-file", [&] { return Call{"GET", meeting() + "/commonground.ics", "", ""}; }},
        {"answer-meeting", [&] { return Call{"PUT", meeting() + "/rsvp", R"({"answer":"yes"})", ""}; }},
        {"take-attendance", [&] { return Call{"PUT", meeting() + "/attendance", R"({"records":[],"guests":2})", ""}; }},
        {"propose-agenda-item", [&] { return Call{"POST", meeting() + "/agenda", R"({"title":"Youth centre hours"})", ""}; }},
        {"update-agenda-item", [&] { return Call{"PATCH", agenda_item(), R"({"status":"accepted"})", "\"1\""}; }},
        {"remove-agenda-item", [&] { return Call{"DELETE", agenda_item(), "", ""}; }},
        {"engagement", [&] { return Call{"GET", base + "/engagement", "", ""}; }},
        {"get-minutes", [&] { return Call{"GET", meeting() + "/minutes", "", ""}; }},
        {"write-minutes", [&] { return Call{"PUT", meeting() + "/minutes", R"({"markdown":"# Minutes"})", ""}; }},
        {"move-minutes", [&] {
           const auto path = meeting();
           EXPECT_EQ(http().request("PUT", path + "/minutes", R"({"markdown":"Notes"})", {{"Content-Type", "application/json"}}).status,
                     200);
           return Call{"POST", path + "/minutes/status", R"({"status":"circulated"})", ""};
         }},
        {"comment-on-minutes", [&] { return Call{"POST", meeting() + "/minutes/comments", R"({"body":"Add the date"})", ""}; }},
        {"record-decision", [&] { return Call{"POST", meeting() + "/decisions", R"({"text":"Meet monthly"})", ""}; }},
        {"remove-decision", [&] {
           const auto path = meeting() + "/decisions";
           const auto decided = http().post_json(path, R"({"text":"Meet monthly"})");
           EXPECT_EQ(decided.status, 201) << decided.body;
           return Call{"DELETE", path + "/" + std::to_string(decided.json().at("decisions").at(0).at("id").as_int64()), "", ""};
         }},
        {"set-engagement-thresholds", [&] {
           return Call{"PUT", base + "/engagement/thresholds", R"({"missed_in_a_row":4})", ""};
         }},
        {"list-discussion", [&] { return Call{"GET", base + "/discussion", "", ""}; }},
        {"start-discussion", [&] { return Call{"POST", base + "/discussion", R"({"kind":"thread","title":"Parking"})", ""}; }},
        {"get-discussion-item", [&] { return Call{"GET", discussion_item(), "", ""}; }},
        {"comment-on-discussion", [&] { return Call{"POST", discussion_item() + "/comments", R"({"body":"Agreed"})", ""}; }},
        {"support-discussion", [&] { return Call{"PUT", discussion_item() + "/support", "", ""}; }},
        {"withdraw-discussion-support", [&] { return Call{"DELETE", discussion_item() + "/support", "", ""}; }},
        {"set-discussion-status", [&] {
           const auto path = discussion_item();
           return Call{"POST", path + "/status", R"({"status":"under_consideration"})", version_of(path)};
         }},
        {"report-discussion-item", [&] { return Call{"POST", discussion_item() + "/reports", R"({"reason":"spam"})", ""}; }},
        {"hide-discussion-item", [&] { return Call{"POST", discussion_item() + "/hide", "", ""}; }},
        {"report-discussion-comment", [&] {
           return Call{"POST", discussion_comment() + "/reports", R"({"reason":"off_topic"})", ""};
         }},
        {"hide-discussion-comment", [&] { return Call{"POST", discussion_comment() + "/hide", "", ""}; }},
        {"raise-action-item", [&] {
           return Call{"POST", meeting() + "/action-items",
                       R"({"title":"Print flyers","due_on":"2027-01-15","owner_ids":[)" + fresh("member") + "]}", ""};
         }},
        {"list-shelf", [&] { return Call{"GET", base + "/shelf", "", ""}; }},
        {"get-shelf-item", [&] { return Call{"GET", shelved(), "", ""}; }},
        {"save-to-shelf", [&] { return Call{"PUT", shelved(), "", ""}; }},
        {"review-shelf-item", [&] {
           const auto path = shelved();
           return Call{"PATCH", path, R"({"rating":4})", version_of(path)};
         }},
        {"remove-from-shelf", [&] { return Call{"DELETE", shelved(), "", ""}; }},
        {"list-activity-library", [&] { return Call{"GET", library_of(activity()), "", ""}; }},
        {"suggest-activity-resources", [&] { return Call{"GET", library_of(activity()) + "/suggestions", "", ""}; }},
        {"attach-to-activity", [&] {
           const auto resource = shelved().substr(base.size() + 7);
           return Call{"PUT", library_of(activity()) + "/" + resource, "", ""};
         }},
        {"detach-from-activity", [&] {
           const auto path = library_of(activity()) + "/" + shelved().substr(base.size() + 7);
           EXPECT_EQ(http().request("PUT", path, "", {}).status, 200) << path;
           return Call{"DELETE", path, "", ""};
         }},
    };
    const auto recipe = recipes.find(case_name);
    if (recipe == recipes.end()) {
      ADD_FAILURE() << "docs/permissions.md names a case this test does not know: " << case_name;
      return {};
    }
    return recipe->second();
  }

  HttpResponse send(HttpClient& client, const Call& call) {
    std::vector<std::pair<std::string, std::string>> headers;
    // Every body is JSON except the plan import, which takes the plan as CSV.
    const bool csv = call.path.ends_with("/plan/import");
    if (!call.body.empty()) headers.emplace_back("Content-Type", csv ? "text/csv" : "application/json");
    if (!call.if_match.empty()) headers.emplace_back("If-Match", call.if_match);
    return client.request(call.method, call.path, call.body, headers);
  }

  int counter_ = 0;
  PartnershipCast* cast_ = nullptr;  // the people at the table, for what only a member can start
};

// Strips the query and turns concrete ids back into the document's placeholders.
std::string pattern_of(const std::string& path) {
  std::string out;
  std::size_t index = 0;
  const auto query = path.find('?');
  const auto bare = path.substr(0, query);
  std::string previous;
  while (index < bare.size()) {
    const auto next = bare.find('/', index + 1);
    auto part = bare.substr(index + 1, next == std::string::npos ? std::string::npos : next - index - 1);
    const bool number = !part.empty() && part.find_first_not_of("0123456789") == std::string::npos;
    if (number) {
      if (previous == "partnerships") part = "{id}";
      else if (previous == "members" || previous == "assignments") part = "{member_id}";
      else if (previous == "versions") part = "{number}";
      else if (previous == "responsibilities") part = "{responsibility_id}";
      else if (previous == "goals") part = "{goal_id}";
      else if (previous == "objectives") part = "{objective_id}";
      else if (previous == "measurements") part = "{measurement_id}";
      else if (previous == "activities") part = "{activity_id}";
      else if (previous == "resources") part = "{resource_id}";
      else if (previous == "risks") part = "{risk_id}";
      else if (previous == "reviews") part = "{review_id}";
      else if (previous == "meetings") part = "{meeting_id}";
      else if (previous == "agenda") part = "{item_id}";
      else if (previous == "decisions") part = "{decision_id}";
      else if (previous == "discussion") part = "{item_id}";
      else if (previous == "comments") part = "{comment_id}";
      else if (previous == "shelf" || previous == "library") part = "{resource_id}";
    }
    out += "/" + part;
    previous = part;
    if (next == std::string::npos) break;
    index = next;
  }
  return out;
}

TEST_P(PartnershipPermissions, EveryRoleGetsWhatTheMatrixSays) {
  const auto rows = read_permission_matrix(kPermissionsDocument);
  ASSERT_GE(rows.size(), 30u) << "could not read the matrix in " << kPermissionsDocument;
  PartnershipCast cast(db_->url(), port());
  cast_ = &cast;
  const auto members_only = cast.create_partnership("Members-only table", "members");
  const auto open = cast.create_partnership("Public table", "public");
  for (const auto id : {members_only, open}) {
    ASSERT_EQ(http().post_json(partnership_path(id, "/charter/versions"), R"({"mission":"Safer streets"})").status, 201);
  }
  HttpClient anonymous(port());
  const std::vector<std::pair<std::string, std::int64_t>> columns = {
      {"lead", members_only},     {"coordinator", members_only}, {"member", members_only},
      {"observer", members_only}, {"outsider", members_only},    {"outsider", open},
      {"anonymous", members_only}};
  for (const auto& row : rows) {
    for (const auto& [role, id] : columns) {
      const std::string column = role != "outsider"  ? role
                                 : id == members_only ? "non-member, members-only"
                                                      : "non-member, public";
      const auto expected = row.expected.at(column);
      const auto call = call_for(row.case_name, id);
      ASSERT_EQ(row.method + " " + pattern_of(call.path), row.method + " " + row.path)
          << row.case_name << ": the test's request does not match the document's";
      const auto response = send(role == "anonymous" ? anonymous : cast.as(role), call);
      if (expected == "yes") {
        // Passing the check may still end in a 4xx for another reason (a stale version, a charter
        // in the wrong state), never in a server error.
        EXPECT_TRUE(response.status != 401 && response.status != 403 && response.status != 404 && response.status < 500)
            << row.case_name << " as " << column << " got " << response.status << ": " << response.body;
      } else {
        EXPECT_EQ(std::to_string(response.status), expected)
            << row.case_name << " as " << column << ": " << response.body;
      }
    }
  }
}

TEST_P(PartnershipPermissions, MembersMayLeaveButTheLastLeadMayNot) {
  PartnershipCast cast(db_->url(), port());
  const auto id = cast.create_partnership("Leaving table", "members");
  const auto leave = [&](const std::string& role) {
    return cast.as(role).post_json(partnership_path(id, "/members/" + std::to_string(cast.membership(role)) + "/cease"),
                                   R"({"reason":"Changing jobs"})");
  };
  EXPECT_EQ(leave("observer").status, 200) << "an observer may leave";
  EXPECT_EQ(cast.as("observer").get(partnership_path(id)).status, 404) << "and then no longer sees the partnership";
  const auto last = leave("lead");
  EXPECT_EQ(last.status, 422) << last.body;
  EXPECT_EQ(cast.as("lead").get(partnership_path(id)).json().at("my_role"), "lead");
}

TEST_P(PartnershipPermissions, SiteAdminsActAsLeadsButDoNotEndorseForOthers) {
  PartnershipCast cast(db_->url(), port());
  const auto id = cast.create_partnership("Repair table", "members");
  ASSERT_EQ(http().get(partnership_path(id)).status, 200) << "admins see members-only partnerships";
  ASSERT_EQ(http().post_json(partnership_path(id, "/charter/versions"), R"({"mission":"M","vision":"V","values":["Respect"]})").status, 201);
  EXPECT_EQ(http().post_json(partnership_path(id, "/charter/versions/1/propose"), "{}").status, 200);
  EXPECT_EQ(http().post_json(partnership_path(id, "/charter/versions/1/adopt"), "{}").status, 200);
  EXPECT_EQ(http().post_json(partnership_path(id, "/charter/versions/1/endorsements"), "{}").status, 403);
}

CG_ON_BOTH_ENGINES(PartnershipPermissions);

}  // namespace
}  // namespace cg::testing
