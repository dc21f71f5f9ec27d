// Notifications end to end on both engines: the people at the table hear of a meeting in the app
// and by email as each chose (immediately, in a daily digest grouped by partnership and item, or
// not at all); `deliver` (the same round the server runs every 30 seconds) sends each email once;
// a delivery that fails is retried later and, after its last attempt, shown to site admins, who
// can try it again.
#include <set>

#include "domain/time_format.h"
#include "store/store.h"
#include "support/server_process.h"
#include "support/smtp_sink.h"
#include "support/table_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

class NotificationApi : public TableTest {
 protected:
  // The admin too, for the jobs page; delivery rounds run only when the test says (`deliver`).
  bool signs_in_as_admin() const override { return true; }
  std::vector<std::string> server_flags() const override { return {"--job-interval-seconds", "0"}; }

  HttpResponse choose(const std::string& role, const std::string& frequency) {
    return as(role).request("PUT", "/api/v1/me/notification-settings/" + std::to_string(id_),
                            R"({"frequency":")" + frequency + R"("})", {{"Content-Type", "application/json"}});
  }

  std::int64_t schedule(const std::string& title) {
    const auto created = as("lead").post_json(
        partnership_path(id_, "/meetings"),
        json::serialize(json::object{{"title", title}, {"date", "2027-03-02"}, {"starts", "18:00"}, {"ends", "19:30"},
                                     {"time_zone", "America/Chicago"}, {"place", "Eastside library"}}));
    EXPECT_EQ(created.status, 201) << created.body;
    return created.status == 201 ? created.json().at("id").as_int64() : 0;
  }

  CommandResult deliver(const std::string& smtp_url, const std::string& attempts = "5") {
    return run_commonground({"deliver", "--database", db_->url(), "--smtp-url", smtp_url, "--public-url",
                             "https://cg.riverton.example", "--job-attempts", attempts},
                            {}, "");
  }

  // Moves every queued job's next try to now, as if its wait were over.
  void wait_is_over() {
    auto opened = store::Store::open({db_->url()});
    ASSERT_TRUE(opened.ok());
    const auto now = format_utc(std::chrono::system_clock::now());
    (*opened)->write([&](store::Connection& c) { return c.query("UPDATE jobs SET run_at = $1", {now}).size(); });
  }
};

TEST_P(NotificationApi, EveryoneHearsOfAMeetingInTheAppAndByEmailAsTheyChose) {
  ASSERT_EQ(choose("member", "immediate").status, 200);
  const auto off = choose("observer", "off");
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.json().at("frequency"), "off");
  const auto settings = as("coordinator").get("/api/v1/me/notification-settings").json().at("items");
  ASSERT_EQ(settings.as_array().size(), 1u);
  EXPECT_EQ(settings.at(0).at("frequency"), "daily") << "the default";

  const auto meeting = schedule("Eastside beat meeting");
  ASSERT_EQ(as("lead").post_json(partnership_path(id_, "/meetings/" + std::to_string(meeting) + "/cancel"),
                                 R"({"reason":"The library is closed."})")
                .status,
            200);

  const auto inbox = as("member").get("/api/v1/me/notifications");
  ASSERT_EQ(inbox.status, 200) << inbox.body;
  EXPECT_EQ(inbox.json().at("unread"), 2);
  const auto& newest = inbox.json().at("items").at(0);
  EXPECT_EQ(newest.at("kind"), "meeting_cancelled");
  EXPECT_EQ(newest.at("title"), "Eastside beat meeting, 2027-03-02 18:00 (America/Chicago)");
  EXPECT_EQ(newest.at("text"), "Cancelled. Reason: The library is closed.");
  EXPECT_EQ(newest.at("link").as_string(), "/partnerships/" + std::to_string(id_) + "/meetings/" + std::to_string(meeting));
  EXPECT_EQ(as("lead").get("/api/v1/me/notifications").json().at("unread"), 0) << "not told of what they did";
  EXPECT_EQ(as("observer").get("/api/v1/me/notifications").json().at("unread"), 2) << "off means no email, not no news";
  EXPECT_EQ(as("outsider").get("/api/v1/me/notifications").json().at("unread"), 0);

  SmtpSink sink;
  const auto run = deliver(sink.url());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  ASSERT_TRUE(sink.wait_for(3)) << run.output;
  std::multiset<std::string> to;
  std::string digest;
  for (std::size_t n = 1; n <= 3; ++n) {
    const auto email = *sink.wait_for(n);
    to.insert(email.recipients.begin(), email.recipients.end());
    if (email.data.find("Subject: CommonGround: 2 updates today") != std::string::npos) digest = email.data;
  }
  EXPECT_EQ(to, (std::multiset<std::string>{"<" + cast_->email("member") + ">", "<" + cast_->email("member") + ">",
                                            "<" + cast_->email("coordinator") + ">"}))
      << "two immediate emails, one daily digest, nothing for the observer or the lead";
  ASSERT_NE(digest, "") << "the coordinator's digest";
  EXPECT_NE(digest.find("== Eastside Neighborhood Safety Table =="), std::string::npos) << digest;
  const auto first = digest.find("Scheduled at Eastside library.");
  const auto second = digest.find("Cancelled. Reason: The library is closed.");
  EXPECT_LT(first, second) << "both under the one meeting, in order: " << digest;
  EXPECT_EQ(digest.find("Eastside beat meeting", first), std::string::npos) << "the meeting is named once";

  const auto again = deliver(sink.url());
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(sink.received(), 3u) << "each email once: " << again.output;

  const auto read = as("member").post_json("/api/v1/me/notifications/read", "{}");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json().at("unread"), 0);
  EXPECT_EQ(as("member").get("/api/v1/me/notifications?unread=true").json().at("items").as_array().size(), 0u);

  EXPECT_EQ(choose("member", "hourly").status, 400);
  EXPECT_EQ(choose("outsider", "daily").status, 404) << "no seat there";
  EXPECT_EQ(as("member").get("/api/v1/me/notifications?unread=maybe").status, 400);
  EXPECT_EQ(as("member").post_json("/api/v1/me/notifications/read", R"({"ids":"all"})").status, 400);
}

TEST_P(NotificationApi, AFailedDeliveryWaitsThenFailsForAdminsWhoCanTryItAgain) {
  ASSERT_EQ(choose("member", "immediate").status, 200);
  for (const auto* role : {"coordinator", "observer"}) ASSERT_EQ(choose(role, "off").status, 200);
  schedule("Eastside beat meeting");

  const std::string nobody = "smtp://127.0.0.1:1";  // nothing listens there
  const auto first = deliver(nobody, "2");
  EXPECT_EQ(first.exit_code, 0) << "one failure is retried, not final: " << first.output;
  const auto queued = http().get("/api/v1/admin/jobs?status=queued");
  ASSERT_EQ(queued.status, 200) << queued.body;
  ASSERT_EQ(queued.json().at("items").as_array().size(), 1u) << queued.body;
  const auto& job = queued.json().at("items").at(0);
  EXPECT_EQ(job.at("attempts"), 1);
  EXPECT_TRUE(job.at("key").as_string().starts_with("notification-")) << "says what it is for";
  EXPECT_NE(job.at("last_error"), nullptr);
  EXPECT_GT(std::string(job.at("run_at").as_string()), format_utc(std::chrono::system_clock::now()))
      << "it waits before the next try";
  EXPECT_EQ(deliver(nobody, "2").exit_code, 0);
  EXPECT_EQ(http().get("/api/v1/admin/jobs?status=queued").json().at("items").at(0).at("attempts"), 1)
      << "not tried again before its time";

  wait_is_over();
  const auto last = deliver(nobody, "2");
  EXPECT_EQ(last.exit_code, 1) << "the last attempt failed: " << last.output;
  const auto failed = http().get("/api/v1/admin/jobs");
  ASSERT_EQ(failed.status, 200);
  EXPECT_EQ(failed.json().at("counts").at("failed"), 1);
  const auto id = failed.json().at("items").at(0).at("id").as_int64();
  EXPECT_EQ(as("member").get("/api/v1/admin/jobs").status, 403);
  EXPECT_EQ(http().get("/api/v1/admin/jobs?status=stuck").status, 400);

  const auto retry = "/api/v1/admin/jobs/" + std::to_string(id) + "/retry";
  ASSERT_EQ(http().post_json(retry, "").status, 204);
  EXPECT_EQ(http().post_json(retry, "").status, 409) << "it is queued, not failed";
  EXPECT_EQ(http().post_json("/api/v1/admin/jobs/999999/retry", "").status, 404);
  EXPECT_EQ(as("member").post_json(retry, "").status, 403);
  SmtpSink sink;
  ASSERT_EQ(deliver(sink.url()).exit_code, 0);
  const auto email = sink.wait_for(1);
  ASSERT_TRUE(email);
  EXPECT_EQ(email->recipients, (std::vector<std::string>{"<" + cast_->email("member") + ">"}));
  EXPECT_NE(email->data.find("Subject: Eastside Neighborhood Safety Table: Eastside beat meeting"), std::string::npos)
      << email->data;
  EXPECT_EQ(http().get("/api/v1/admin/jobs").json().at("counts").at("done"), 1);
}

TEST_P(NotificationApi, DeliveryRoundsKeepOpenSeriesScheduledAYearAhead) {
  // Started 330 days ago with no end: written a year ahead then, so only five weeks are left.
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const auto first = today - std::chrono::days(330);
  auto body = json::object{{"title", "Weekly walk"}, {"date", format_date(first)}, {"starts", "18:00"},
                           {"ends", "19:00"}, {"time_zone", "America/Chicago"}, {"place", "Eastside library"},
                           {"recurrence", json::object{{"kind", "weekly"}}}};
  ASSERT_EQ(as("lead").post_json(partnership_path(id_, "/meetings"), json::serialize(body)).status, 201);
  const auto ahead = [&] {
    const auto list = as("member").get(partnership_path(id_, "/meetings?from=" + format_date(today) +
                                                                "&to=" + format_date(today + std::chrono::days(400))));
    return list.json().at("items").as_array().size();
  };
  const auto before = ahead();
  EXPECT_LE(before, 6u) << "about five weeks left";
  SmtpSink sink;
  const auto round = deliver(sink.url());
  ASSERT_EQ(round.exit_code, 0) << round.output;
  const auto after = ahead();
  EXPECT_GE(after, 52u) << "a year ahead again: " << round.output;
  EXPECT_LE(after, 54u);
  EXPECT_EQ(deliver(sink.url()).exit_code, 0);
  EXPECT_EQ(ahead(), after) << "a second round adds nothing";
}

CG_ON_BOTH_ENGINES(NotificationApi);

}  // namespace
}  // namespace cg::testing
