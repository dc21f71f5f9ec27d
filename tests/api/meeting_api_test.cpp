// Meetings end to end on both engines: scheduling one-off meetings and series across a daylight
// saving change, the list with its tallies, RSVPs and their refusals, attendance (all or nothing,
// only for people with a seat that day), the agenda (propose, accept, order, stale edits),
// cancelling one or the rest of a series, the .ics read back by a real parser, the engagement
// report with its alerts, and the bad input the issue names.
#include <set>

#include "support/icalendar_parser.h"
#include "support/server_process.h"
#include "support/table_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

class MeetingApi : public TableTest {
 protected:
  std::string meetings(const std::string& suffix = "") { return partnership_path(id_, "/meetings" + suffix); }

  // Schedules as the lead; answers the created meeting (with "scheduled").
  json::object schedule(json::object body) {
    const auto created = as("lead").post_json(meetings(), json::serialize(body));
    EXPECT_EQ(created.status, 201) << created.body;
    return created.status == 201 ? created.json().as_object() : json::object{};
  }

  static json::object beat_meeting(const std::string& date) {
    return {{"title", "Eastside beat meeting"}, {"date", date},   {"starts", "18:00"},
            {"ends", "19:30"},                  {"time_zone", "America/Chicago"}, {"place", "Eastside library"}};
  }

  std::string path_of(const json::object& meeting) { return meetings("/" + std::to_string(meeting.at("id").as_int64())); }

  // A person without an account, seated since 2025 so past meetings count them.
  std::int64_t long_standing_member(const std::string& name, const std::string& sector) {
    const auto added = as("lead").post_json(partnership_path(id_, "/members"), json::serialize(json::object{
        {"person_name", name}, {"sector", sector}, {"role", "member"}, {"invite", false}, {"joined_on", "2025-01-01"}}));
    EXPECT_EQ(added.status, 201) << added.body;
    return added.status == 201 ? added.json().at("id").as_int64() : 0;
  }

};

TEST_P(MeetingApi, AWeeklySeriesKeepsItsLocalTimeAcrossTheClockChange) {
  auto body = beat_meeting("2027-03-02");
  body["recurrence"] = json::object{{"kind", "weekly"}, {"count", 4}};
  const auto first = schedule(body);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first.at("scheduled"), 4);
  EXPECT_EQ(first.at("starts_at"), "2027-03-03T00:00:00.000Z") << "18:00 CST";
  EXPECT_EQ(first.at("recurrence").at("count"), 4);

  const auto list = as("observer").get(meetings("?from=2027-03-01&to=2027-04-30"));
  ASSERT_EQ(list.status, 200) << list.body;
  const auto& items = list.json().at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  std::vector<std::string> starts, local;
  for (const auto& m : items) {
    starts.emplace_back(m.at("starts_at").as_string());
    local.push_back(std::string(m.at("local").at("date").as_string()) + " " + std::string(m.at("local").at("starts").as_string()));
  }
  // Daylight saving time starts on 14 March 2027: the meeting stays at 18:00, an hour earlier in UTC.
  EXPECT_EQ(starts, (std::vector<std::string>{"2027-03-03T00:00:00.000Z", "2027-03-10T00:00:00.000Z",
                                              "2027-03-16T23:00:00.000Z", "2027-03-23T23:00:00.000Z"}));
  EXPECT_EQ(local, (std::vector<std::string>{"2027-03-02 18:00", "2027-03-09 18:00", "2027-03-16 18:00",
                                             "2027-03-23 18:00"}));
  EXPECT_EQ(items[0].at("series_id"), items[3].at("series_id"));
  EXPECT_EQ(items[0].at("attendance").at("seats"), 4) << "the lead, coordinator, member and observer";

  auto monthly = beat_meeting("2027-01-19");  // the third Tuesday
  monthly["title"] = "Partnership meeting";
  monthly["recurrence"] = json::object{{"kind", "monthly_weekday"}, {"until", "2027-04-30"}};
  EXPECT_EQ(schedule(monthly).at("scheduled"), 4);
  const auto months = as("member").get(meetings("?from=2027-01-01&to=2027-04-30")).json().at("items");
  std::vector<std::string> dates;
  for (const auto& m : months.as_array()) {
    if (m.at("title") == "Partnership meeting") dates.emplace_back(m.at("local").at("date").as_string());
  }
  EXPECT_EQ(dates, (std::vector<std::string>{"2027-01-19", "2027-02-16", "2027-03-16", "2027-04-20"}));
}

TEST_P(MeetingApi, BadMeetingsAreRefusedAndNothingIsStored) {
  const auto refused = [&](json::object body, const std::string& fields) {
    const auto response = as("lead").post_json(meetings(), json::serialize(body));
    EXPECT_EQ(response.status, 400) << json::serialize(body) << " " << response.body;
    EXPECT_EQ(problem_fields(response), fields) << response.body;
  };
  auto backwards = beat_meeting("2027-03-02");
  backwards["ends"] = "17:00";
  refused(backwards, "ends");
  auto nowhere = beat_meeting("2027-03-02");
  nowhere["time_zone"] = "Central Time";
  refused(nowhere, "time_zone");
  auto capacity = beat_meeting("2027-03-02");
  capacity["capacity"] = 40;
  refused(capacity, "capacity");
  auto both = beat_meeting("2027-03-02");
  both["recurrence"] = json::object{{"kind", "weekly"}, {"count", 4}, {"until", "2027-06-01"}};
  refused(both, "recurrence.count");
  auto daily = beat_meeting("2027-03-02");
  daily["recurrence"] = json::object{{"kind", "daily"}};
  refused(daily, "recurrence.kind");
  auto bad_date = beat_meeting("2027-02-30");
  bad_date["starts"] = "25:00";
  refused(bad_date, "date,starts");
  auto link = beat_meeting("2027-03-02");
  link["online_link"] = "javascript:alert(1)";
  refused(link, "online_link");
  refused(json::object{{"title", "No time"}}, "date,starts,ends,time_zone");
  EXPECT_EQ(as("lead").get(meetings("?from=2027-01-01&to=2027-12-31")).json().at("items").as_array().size(), 0u);
  EXPECT_EQ(as("lead").get(meetings("?from=2027-12-31&to=2027-01-01")).status, 400) << "a range that runs backwards";
  EXPECT_EQ(as("lead").get(meetings("?from=yesterday")).status, 400);

  const auto one = schedule(beat_meeting("2027-03-02"));
  const auto series_edit = as("lead").request("PATCH", path_of(one), R"({"recurrence":{"kind":"weekly"}})",
                                              {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
  EXPECT_EQ(series_edit.status, 400);
  EXPECT_EQ(problem_fields(series_edit), "recurrence");
  EXPECT_EQ(as("member").post_json(meetings(), json::serialize(beat_meeting("2027-03-02"))).status, 403);
}

TEST_P(MeetingApi, EditsNeedTheCurrentVersion) {
  const auto meeting = schedule(beat_meeting("2027-03-02"));
  const auto path = path_of(meeting);
  const auto patch = [&](const std::string& body, const std::string& version) {
    return as("coordinator").request("PATCH", path, body, {{"Content-Type", "application/json"}, {"If-Match", version}});
  };
  const auto moved = patch(R"({"starts":"17:30","place":"Grace Church hall","end_date":null})", "\"1\"");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json().at("starts_at"), "2027-03-02T23:30:00.000Z");
  EXPECT_EQ(moved.json().at("local").at("ends"), "19:30") << "the rest of the meeting stays";
  const auto stale = patch(R"({"place":"Library"})", "\"1\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.json().at("current").at("place"), "Grace Church hall");
  EXPECT_EQ(as("coordinator").request("PATCH", path, R"({"place":"Library"})", {{"Content-Type", "application/json"}}).status,
            428);
}

TEST_P(MeetingApi, AnswersAreRefusedForCancelledPastAndFullMeetings) {
  const auto meeting = schedule(beat_meeting("2027-03-02"));
  const auto rsvp = [&](const std::string& role, const std::string& path, const std::string& answer) {
    return as(role).request("PUT", path + "/rsvp", R"({"answer":")" + answer + R"("})", {{"Content-Type", "application/json"}});
  };
  const auto yes = rsvp("member", path_of(meeting), "yes");
  ASSERT_EQ(yes.status, 200) << yes.body;
  EXPECT_EQ(yes.json().at("rsvps").at("yes"), 1);
  const auto changed = rsvp("member", path_of(meeting), "no");
  EXPECT_EQ(changed.json().at("rsvps"), (json::value{{"yes", 0}, {"no", 1}, {"maybe", 0}})) << "an answer replaces the last";
  EXPECT_EQ(rsvp("observer", path_of(meeting), "maybe").status, 200) << "observers answer too";
  const auto listed = as("member").get(meetings("?from=2027-03-01&to=2027-03-31")).json().at("items").at(0);
  EXPECT_EQ(listed.at("my_rsvp"), "no");
  EXPECT_EQ(rsvp("outsider", path_of(meeting), "yes").status, 404) << "a members-only table does not exist for them";
  EXPECT_EQ(rsvp("member", path_of(meeting), "perhaps").status, 400);

  const auto past = schedule(beat_meeting("2026-01-06"));
  const auto late = rsvp("member", path_of(past), "yes");
  EXPECT_EQ(late.status, 409);
  EXPECT_NE(late.body.find("already started"), std::string::npos) << late.body;

  const auto cancelled = schedule(beat_meeting("2027-04-06"));
  ASSERT_EQ(as("lead").post_json(path_of(cancelled) + "/cancel", R"({"reason":"Room flooded"})").status, 200);
  EXPECT_EQ(rsvp("member", path_of(cancelled), "yes").status, 409);

  auto town_hall = beat_meeting("2027-05-04");
  town_hall["kind"] = "town_hall";
  town_hall["visibility"] = "public";
  town_hall["capacity"] = 1;
  const auto hall = schedule(town_hall);
  EXPECT_EQ(rsvp("member", path_of(hall), "yes").status, 200);
  EXPECT_EQ(rsvp("member", path_of(hall), "yes").status, 200) << "the one seat is theirs already";
  const auto full = rsvp("observer", path_of(hall), "yes");
  EXPECT_EQ(full.status, 409);
  EXPECT_NE(full.body.find("full"), std::string::npos);
  EXPECT_EQ(rsvp("observer", path_of(hall), "maybe").status, 200);
  const auto capacity = [&](int seats, const std::string& version) {
    return as("lead").request("PATCH", path_of(hall), json::serialize(json::object{{"capacity", seats}}),
                              {{"Content-Type", "application/json"}, {"If-Match", version}});
  };
  ASSERT_EQ(capacity(2, "\"1\"").status, 200);
  EXPECT_EQ(rsvp("observer", path_of(hall), "yes").status, 200);
  const auto fewer = capacity(1, "\"2\"");
  EXPECT_EQ(fewer.status, 400) << "two people are already coming: " << fewer.body;
  EXPECT_EQ(problem_fields(fewer), "capacity");
}

TEST_P(MeetingApi, AttendanceIsAllOrNothingAndShowsTheSectorsInTheRoom) {
  const auto ben = long_standing_member("Ben Okafor", "faith");
  const auto fay = long_standing_member("Fay Ito", "health_social_services");
  const auto meeting = schedule(beat_meeting("2026-02-03"));
  const auto path = path_of(meeting);
  const auto take = [&](const std::string& role, const json::object& body) {
    return as(role).request("PUT", path + "/attendance", json::serialize(body), {{"Content-Type", "application/json"}});
  };
  const auto detail = as("member").get(path).json();
  ASSERT_EQ(detail.at("roll").as_array().size(), 2u) << "only Ben and Fay had seats in February; the others joined today";
  EXPECT_EQ(detail.at("attendance").at("taken"), false);

  const auto first = take("coordinator", {{"records", json::array{json::object{{"membership_id", ben}, {"status", "present"}},
                                                                  json::object{{"membership_id", fay}, {"status", "excused"}}}},
                                         {"guests", 3}});
  ASSERT_EQ(first.status, 200) << first.body;
  const auto& attendance = first.json().at("attendance");
  EXPECT_EQ(attendance.at("present"), 1);
  EXPECT_EQ(attendance.at("excused"), 1);
  EXPECT_EQ(attendance.at("guests"), 3);
  EXPECT_EQ(attendance.at("sectors_present"), (json::value{"faith"}));

  // A person who joined after the meeting, someone from nowhere and a repeat: all refused, nothing changed.
  const auto refused = take("coordinator", {{"records", json::array{json::object{{"membership_id", fay}, {"status", "present"}},
                                                                    json::object{{"membership_id", cast_->membership("member")}, {"status", "present"}},
                                                                    json::object{{"membership_id", 999999}, {"status", "present"}},
                                                                    json::object{{"membership_id", fay}, {"status", "absent"}}}}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(problem_fields(refused), "records[1].membership_id,records[2].membership_id,records[3].membership_id");
  const auto after = as("member").get(path).json();
  EXPECT_EQ(after.at("attendance").at("excused"), 1) << "Fay's apology is still recorded";
  const auto late_arrival = take("coordinator", {{"records", json::array{json::object{{"membership_id", fay}, {"status", "present"}}}}});
  ASSERT_EQ(late_arrival.status, 200) << late_arrival.body;
  EXPECT_EQ(late_arrival.json().at("attendance").at("present"), 2) << "Fay came after all";
  EXPECT_EQ(late_arrival.json().at("attendance").at("guests"), 3) << "a correction without guests keeps the count";
  EXPECT_EQ(take("coordinator", {{"records", json::array{json::object{{"membership_id", ben}, {"status", "here"}}}}}).status, 400);
  EXPECT_EQ(take("coordinator", {{"guests", -1}, {"records", json::array{}}}).status, 400);
  EXPECT_EQ(take("member", {{"records", json::array{}}}).status, 403);

  // The roll was taken against the seats of that day: the meeting cannot move to another one.
  const auto version = "\"" + std::to_string(as("lead").get(path).json().at("version").as_int64()) + "\"";
  const auto moved = as("lead").request("PATCH", path, R"({"date":"2026-02-10"})",
                                        {{"Content-Type", "application/json"}, {"If-Match", version}});
  EXPECT_EQ(moved.status, 400) << moved.body;
  EXPECT_EQ(problem_fields(moved), "starts");
  EXPECT_EQ(as("lead").get(path).json().at("local").at("date"), "2026-02-03");
  const auto later = as("lead").request("PATCH", path, R"({"starts":"18:15"})",
                                        {{"Content-Type", "application/json"}, {"If-Match", version}});
  EXPECT_EQ(later.status, 200) << "the same day at another time is fine: " << later.body;

  const auto upcoming = schedule(beat_meeting("2027-03-02"));
  const auto early = as("lead").request("PUT", path_of(upcoming) + "/attendance", R"({"records":[]})",
                                        {{"Content-Type", "application/json"}});
  EXPECT_EQ(early.status, 409);
}

TEST_P(MeetingApi, MembersProposeAndCoordinatorsAcceptAndOrderTheAgenda) {
  const auto meeting = schedule(beat_meeting("2027-03-02"));
  const auto agenda = path_of(meeting) + "/agenda";
  const auto proposed = as("member").post_json(agenda, R"({"title":"Street lighting on Maple","minutes":15})");
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  EXPECT_EQ(proposed.json().at("status"), "proposed");
  EXPECT_EQ(proposed.json().at("proposed_by").at("membership_id"), cast_->membership("member"));
  const auto own = as("lead").post_json(agenda, R"({"title":"Welcome and introductions","minutes":10})");
  EXPECT_EQ(own.json().at("status"), "accepted") << "a lead's item needs no acceptance";
  EXPECT_EQ(as("observer").post_json(agenda, R"({"title":"Parking"})").status, 403);
  EXPECT_EQ(as("member").post_json(agenda, R"({"title":"","minutes":900})").status, 400);

  const auto item = agenda + "/" + std::to_string(proposed.json().at("id").as_int64());
  const auto patch = [&](const std::string& role, const std::string& body, const std::string& version) {
    return as(role).request("PATCH", item, body, {{"Content-Type", "application/json"}, {"If-Match", version}});
  };
  EXPECT_EQ(patch("member", R"({"status":"accepted"})", "\"1\"").status, 403) << "members do not accept their own";
  EXPECT_EQ(patch("member", R"({"minutes":20})", "\"1\"").status, 200) << "but may change it while it waits";
  const auto accepted = patch("coordinator", R"({"status":"accepted","position":1})", "\"2\"");
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json().at("position"), 1);
  EXPECT_EQ(patch("coordinator", R"({"title":"Lighting"})", "\"2\"").status, 412);
  EXPECT_EQ(patch("member", R"({"title":"Lights"})", "\"3\"").status, 403) << "accepted: no longer the proposer's to change";

  const auto detail = as("member").get(path_of(meeting)).json();
  std::vector<std::string> order;
  for (const auto& a : detail.at("agenda").as_array()) order.emplace_back(a.at("title").as_string());
  EXPECT_EQ(order, (std::vector<std::string>{"Street lighting on Maple", "Welcome and introductions"}));
  EXPECT_EQ(detail.at("agenda_items"), 2);

  EXPECT_EQ(as("member").request("DELETE", item).status, 403);
  EXPECT_EQ(as("coordinator").request("DELETE", item).status, 204);
  ASSERT_EQ(as("lead").post_json(path_of(meeting) + "/cancel", "{}").status, 200);
  EXPECT_EQ(as("member").post_json(agenda, R"({"title":"Late item"})").status, 409);
}

TEST_P(MeetingApi, CancellingTheRestOfASeriesAndTheCalendarFile) {
  auto body = beat_meeting("2027-03-02");
  body["recurrence"] = json::object{{"kind", "weekly"}, {"count", 4}};
  schedule(body);
  const auto items = as("lead").get(meetings("?from=2027-03-01&to=2027-03-31")).json().at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  const auto second = path_of(items[1].as_object());
  const auto cancelled = as("lead").post_json(second + "/cancel", R"({"reason":"Summer break","following":true})");
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json().at("cancel_reason"), "Summer break");
  std::vector<std::string> statuses;
  const auto after = as("lead").get(meetings("?from=2027-03-01&to=2027-03-31")).json();
  for (const auto& m : after.at("items").as_array()) statuses.emplace_back(m.at("status").as_string());
  EXPECT_EQ(statuses, (std::vector<std::string>{"scheduled", "cancelled", "cancelled", "cancelled"}));
  EXPECT_EQ(as("lead").post_json(second + "/cancel", "{}").status, 409) << "cancelled twice";

  const auto file = as("observer").get(path_of(items[0].as_object()) + "/commonground.ics");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_EQ(parse_events(file.body, "e['SUMMARY'] + ' | ' + e['DTSTART'].dt.isoformat() + ' | ' + e['LOCATION'] + ' | ' + "
                                    "e['STATUS']"),
            "Eastside beat meeting (Eastside Neighborhood Safety Table) | 2027-03-02T18:00:00-06:00 | Eastside library | "
            "CONFIRMED\n")
      << "in the meeting's own zone, with its VTIMEZONE";
  const auto gone = as("observer").get(second + "/commonground.ics");
  EXPECT_EQ(parse_events(gone.body, "e['STATUS']"), "CANCELLED\n");
}

TEST_P(MeetingApi, CalendarFeedsFoldASeriesIntoARuleWithItsCancellationsAndMoves) {
  auto body = beat_meeting("2027-03-02");
  body["recurrence"] = json::object{{"kind", "weekly"}, {"count", 5}};
  schedule(body);
  const auto items = as("lead").get(meetings("?from=2027-03-01&to=2027-04-30")).json().at("items").as_array();
  ASSERT_EQ(items.size(), 5u);
  ASSERT_EQ(as("lead").post_json(path_of(items[1].as_object()) + "/cancel", R"({"reason":"Spring break"})").status, 200);
  const auto third = path_of(items[2].as_object());
  ASSERT_EQ(as("lead").request("PATCH", third, R"({"starts":"17:30"})",
                               {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}})
                .status,
            200);
  ASSERT_EQ(as("lead").post_json(path_of(items[4].as_object()) + "/cancel", "{}").status, 200);
  auto once = beat_meeting("2027-04-13");
  once["title"] = "Town hall on Maple Street";
  schedule(once);

  const auto created = as("member").post_json("/api/v1/calendar-feeds", json::serialize(json::object{{"partnership_id", id_}}));
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string url(created.json().at("url").as_string());
  HttpClient calendar_app(port());
  const auto feed = calendar_app.get(url.substr(url.find("/api/v1/calendar/")));
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_NE(feed.body.find("BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n"), std::string::npos) << feed.body;
  EXPECT_NE(feed.body.find("TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT"), std::string::npos)
      << "the change to daylight time on 14 March is in the zone's rules";
  // What a calendar app shows: the rule expanded (dateutil, as calendar libraries do), less the
  // EXDATEs, with the moved meeting as its own event for that slot.
  const auto shown = parse_events(
      feed.body,
      "(e['UID'].split('@')[0].rsplit('-', 1)[0]) + ': ' + ("
      "'moved ' + e['RECURRENCE-ID'].dt.strftime('%m-%d %H:%M') + ' to ' + e['DTSTART'].dt.strftime('%m-%d %H:%M') "
      "if 'RECURRENCE-ID' in e else "
      "' '.join(d.strftime('%m-%d %H:%M') for d in __import__('dateutil.rrule', fromlist=['x']).rrulestr("
      "e['RRULE'].to_ical().decode(), dtstart=e['DTSTART'].dt) if d.strftime('%m-%d %H:%M') not in "
      "[x.dt.strftime('%m-%d %H:%M') for ex in (e['EXDATE'] if isinstance(e['EXDATE'], list) else [e['EXDATE']]) "
      "for x in ex.dts]) if 'RRULE' in e else e['DTSTART'].dt.strftime('%m-%d %H:%M') + ' ' + e['SUMMARY'])");
  EXPECT_EQ(shown,
            "meeting-series: 03-02 18:00 03-16 18:00 03-23 18:00\n"
            "meeting-series: moved 03-16 18:00 to 03-16 17:30\n"
            "meeting: 04-13 18:00 Town hall on Maple Street (Eastside Neighborhood Safety Table)\n")
      << "the rule ends at the last meeting not called off; the 9th is an EXDATE; the 16th moved alone";
}

TEST_P(MeetingApi, TheEngagementReportFindsWhoIsDriftingAway) {
  const auto ben = long_standing_member("Ben Okafor", "faith");
  const auto fay = long_standing_member("Fay Ito", "health_social_services");
  for (const auto* date : {"2026-02-03", "2026-03-03", "2026-04-07"}) {
    const auto path = path_of(schedule(beat_meeting(date)));
    const auto taken = as("lead").request(
        "PUT", path + "/attendance",
        json::serialize(json::object{{"records", json::array{json::object{{"membership_id", ben}, {"status", "present"}},
                                                              json::object{{"membership_id", fay}, {"status", "absent"}}}}}),
        {{"Content-Type", "application/json"}});
    ASSERT_EQ(taken.status, 200) << taken.body;
  }
  const auto report = as("coordinator").get(partnership_path(id_, "/engagement"));
  ASSERT_EQ(report.status, 200) << report.body;
  const auto& json = report.json();
  json::value fay_row, ben_row;
  for (const auto& m : json.at("members").as_array()) {
    if (m.at("membership_id") == fay) fay_row = m;
    if (m.at("membership_id") == ben) ben_row = m;
  }
  EXPECT_EQ(ben_row.at("attendance"), (json::value{{"count", 3}, {"of", 3}, {"share", 1.0}}));
  EXPECT_EQ(fay_row.at("attendance").at("count"), 0);
  EXPECT_EQ(fay_row.at("last_present"), nullptr);
  std::vector<std::string> alerts;
  for (const auto& a : json.at("alerts").as_array()) alerts.emplace_back(a.at("title").as_string());
  EXPECT_EQ(alerts, (std::vector<std::string>{"Fay Ito missed the last 3 meetings",
                                              "No one from Health and social services at the last 3 meetings"}))
      << report.body;
  EXPECT_EQ(as("member").get(partnership_path(id_, "/engagement")).status, 403);

  // A partnership that meets rarely sets its own bar: four missed meetings before an alert.
  const auto thresholds = partnership_path(id_, "/engagement/thresholds");
  const auto put = [&](const std::string& role, const std::string& body) {
    return as(role).request("PUT", thresholds, body, {{"Content-Type", "application/json"}});
  };
  const auto patient = put("coordinator", R"({"missed_in_a_row":4})");
  ASSERT_EQ(patient.status, 200) << patient.body;
  EXPECT_EQ(patient.json().at("thresholds").at("missed_in_a_row"), 4);
  EXPECT_EQ(patient.json().at("thresholds").at("recent_meetings"), 6) << "the others keep their value";
  for (const auto& a : patient.json().at("alerts").as_array()) {
    EXPECT_EQ(std::string(a.at("title").as_string()).find("missed the last"), std::string::npos) << a;
  }
  EXPECT_EQ(as("lead").get(partnership_path(id_, "/engagement")).json().at("thresholds").at("missed_in_a_row"), 4)
      << "kept";
  const auto wrong = put("coordinator", R"({"missed_in_a_row":1,"drop_ratio":1.5})");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(problem_fields(wrong), "missed_in_a_row,drop_ratio");
  EXPECT_EQ(put("member", R"({"missed_in_a_row":5})").status, 403);
}

TEST_P(MeetingApi, MinutesAreCirculatedCommentedApprovedAndActionItemsLandInThePlan) {
  const auto meeting = path_of(schedule(beat_meeting("2026-02-03")));
  const auto minutes = meeting + "/minutes";
  const auto put = [&](const std::string& role, const std::string& markdown, const std::string& version) {
    std::vector<std::pair<std::string, std::string>> headers{{"Content-Type", "application/json"}};
    if (!version.empty()) headers.emplace_back("If-Match", version);
    return as(role).request("PUT", minutes, json::serialize(json::object{{"markdown", markdown}}), headers);
  };
  const auto move = [&](const std::string& status) {
    return as("coordinator").post_json(minutes + "/status", R"({"status":")" + status + R"("})");
  };
  const auto empty = as("member").get(minutes);
  EXPECT_EQ(empty.json().at("minutes"), nullptr);
  EXPECT_EQ(empty.header("etag"), "\"0\"") << "nothing written yet";
  EXPECT_EQ(move("circulated").status, 409) << "nothing written yet";

  const auto first = put("coordinator", "# Beat meeting\n\n**Present:** 12\n\n<script>alert(1)</script>\n\n"
                                        "[bad](javascript:alert(1))", "\"0\"");
  ASSERT_EQ(first.status, 200) << first.body;
  const std::string html(first.json().at("minutes").at("html").as_string());
  EXPECT_NE(html.find("<strong>Present:</strong>"), std::string::npos) << html;
  EXPECT_EQ(html.find("<script"), std::string::npos) << "script tags are rendered inert: " << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_EQ(first.json().at("minutes").at("status"), "draft");
  EXPECT_EQ(put("coordinator", "Again", "").status, 428) << "a second save names its version";
  EXPECT_EQ(put("lead", "Written at the same time", "\"0\"").status, 412) << "someone wrote the first version";
  EXPECT_EQ(put("coordinator", "Stale", "\"7\"").status, 412);
  EXPECT_EQ(put("member", "Mine", "\"1\"").status, 403);
  const auto oversized = put("coordinator", std::string(100001, 'x'), "\"1\"");
  EXPECT_EQ(oversized.status, 400);
  EXPECT_EQ(problem_fields(oversized), "markdown");
  const auto kept = as("member").get(minutes).json();
  EXPECT_TRUE(kept.at("minutes").at("markdown").as_string().starts_with("# Beat meeting")) << "refused saves changed nothing";

  EXPECT_EQ(as("member").post_json(minutes + "/comments", R"({"body":"Too early"})").status, 409) << "still a draft";
  EXPECT_EQ(move("approved").status, 409) << "circulate first";
  ASSERT_EQ(move("circulated").status, 200);
  const auto commented = as("member").post_json(minutes + "/comments", R"({"body":"Please add the guests' count."})");
  ASSERT_EQ(commented.status, 201) << commented.body;
  EXPECT_EQ(commented.json().at("comments").at(0).at("membership_id"), cast_->membership("member"));
  EXPECT_EQ(as("observer").post_json(minutes + "/comments", R"({"body":"Me too"})").status, 403);
  EXPECT_EQ(as("member").post_json(minutes + "/comments", R"({"body":"  "})").status, 400);
  ASSERT_EQ(put("coordinator", "# Beat meeting\n\nPresent: 12, guests: 4", "\"2\"").status, 200)
      << "circulated minutes can still be corrected";
  const auto approved = move("approved");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json().at("minutes").at("status"), "approved");
  EXPECT_NE(approved.json().at("minutes").at("approved_at"), nullptr);
  EXPECT_EQ(move("approved").status, 409) << "approving twice";
  EXPECT_EQ(put("coordinator", "Rewritten", "\"4\"").status, 409) << "approved minutes are final";

  const auto decided = as("lead").post_json(meeting + "/decisions", R"({"text":"Ask the city for two street lights."})");
  ASSERT_EQ(decided.status, 201) << decided.body;
  EXPECT_EQ(decided.json().at("decisions").at(0).at("text"), "Ask the city for two street lights.");
  EXPECT_EQ(as("member").post_json(meeting + "/decisions", R"({"text":"No"})").status, 403);

  const auto raised = as("member").post_json(meeting + "/action-items", json::serialize(json::object{
      {"title", "Write to the city about Maple Street lights"}, {"due_on", "2026-03-01"},
      {"owner_ids", json::array{cast_->membership("member")}}}));
  ASSERT_EQ(raised.status, 201) << raised.body;
  const auto activity = raised.json().at("id").as_int64();
  const auto unowned = as("member").post_json(meeting + "/action-items", R"({"title":"Someone should"})");
  EXPECT_EQ(unowned.status, 400);
  EXPECT_EQ(problem_fields(unowned), "owner_ids,due_on");
  const auto untitled = as("member").post_json(meeting + "/action-items", "{}");
  EXPECT_EQ(problem_fields(untitled), "title,owner_ids,due_on") << "every problem at once";
  const auto plan = as("observer").get(partnership_path(id_, "/plan/activities/" + std::to_string(activity)));
  EXPECT_EQ(plan.status, 200) << "the action item is in the plan";
  EXPECT_EQ(plan.json().at("meeting_id").as_int64(), std::stoll(meeting.substr(meeting.rfind('/') + 1)))
      << "and says which meeting raised it";
  const auto outcome = as("observer").get(minutes).json();
  ASSERT_EQ(outcome.at("action_items").as_array().size(), 1u);
  EXPECT_EQ(outcome.at("action_items").at(0).at("id"), activity);
  EXPECT_EQ(outcome.at("action_items").at(0).at("overdue"), true) << "what became of it: due in March, not done";
  EXPECT_EQ(outcome.at("action_items").at(0).at("owners").at(0).at("membership_id"), cast_->membership("member"));

  // Done today, long after March: late, and the engagement report counts it so.
  const auto done = as("member").request("PATCH", partnership_path(id_, "/plan/activities/" + std::to_string(activity)),
                                         R"({"status":"done"})", {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
  ASSERT_EQ(done.status, 200) << done.body;
  const auto report = as("coordinator").get(partnership_path(id_, "/engagement")).json();
  for (const auto& m : report.at("members").as_array()) {
    if (m.at("membership_id") != cast_->membership("member")) continue;
    EXPECT_EQ(m.at("on_time"), (json::value{{"count", 0}, {"of", 1}, {"share", 0.0}})) << m;
  }
}

CG_ON_BOTH_ENGINES(MeetingApi);

// The demo data set's meetings, as the site admin (a lead everywhere) sees them.
class DemoMeetings : public ApiTest {};

TEST_P(DemoMeetings, TwoYearsOfMeetingsWithPeopleDriftingAwayLoadOnce) {
  const auto first = run_commonground({"demo", "--database", db_->url()});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("for 3 partnerships; 0 already had meetings"), std::string::npos) << first.output;
  const auto partnerships = http().get("/api/v1/partnerships?limit=50").json();
  std::int64_t youth = 0;
  for (const auto& p : partnerships.at("items").as_array()) {
    if (p.at("name") == "Riverton Youth Violence Reduction Partnership") youth = p.at("id").as_int64();
  }
  ASSERT_NE(youth, 0) << partnerships;

  const auto report = http().get(partnership_path(youth, "/engagement")).json();
  std::set<std::string> kinds;
  for (const auto& a : report.at("alerts").as_array()) kinds.emplace(a.at("kind").as_string());
  EXPECT_TRUE(kinds.contains("missed_in_a_row")) << report;
  EXPECT_TRUE(kinds.contains("attendance_dropped")) << report;
  int meetings_this_year = 0;
  for (const auto& m : report.at("months").as_array()) meetings_this_year += static_cast<int>(m.at("meetings").as_int64());
  EXPECT_GE(meetings_this_year, 10) << "monthly meetings, one called off for a holiday";

  const auto list = http().get(partnership_path(youth, "/meetings?from=2000-01-01&to=2002-12-31"));
  EXPECT_EQ(list.json().at("items").as_array().size(), 0u);
  const auto recent = http().get(partnership_path(youth, "/meetings")).json().at("items");
  std::set<std::string> statuses;
  bool attendance_taken = false;
  for (const auto& m : recent.as_array()) {
    statuses.emplace(m.at("status").as_string());
    attendance_taken = attendance_taken || m.at("attendance").at("taken").as_bool();
  }
  EXPECT_TRUE(statuses.contains("scheduled"));
  EXPECT_TRUE(attendance_taken);

  const auto second = run_commonground({"demo", "--database", db_->url()});
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_NE(second.output.find("Demo meetings: 0 meetings (0 attendance records) for 0 partnerships; 3 already had"),
            std::string::npos)
      << second.output;
}

CG_ON_BOTH_ENGINES(DemoMeetings);

}  // namespace
}  // namespace cg::testing
