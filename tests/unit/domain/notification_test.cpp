#include "domain/notification.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

using namespace std::chrono;

PendingNotification news(std::int64_t id, std::int64_t partnership, std::string subject, std::string text) {
  return {id, partnership, partnership == 1 ? "Eastside Table" : "Youth Violence Task Force", subject,
          subject == "meeting-1" ? "Beat meeting, 2 December" : "A late bus", std::move(text),
          "/partnerships/" + std::to_string(partnership) + "/x"};
}

TEST(Notification, ADigestIsNeverEmpty) {
  EXPECT_EQ(compose_digest({}, DeliveryFrequency::daily, "https://cg.example"), std::nullopt);
}

TEST(Notification, ADigestGroupsByPartnershipThenItemInTheOrderNewsArrived) {
  const auto digest = compose_digest({news(1, 1, "meeting-1", "Scheduled for 2 December, 18:00."),
                                      news(2, 2, "idea-9", "Ben started an idea."),
                                      news(3, 1, "meeting-1", "Cancelled: the room is flooded."),
                                      news(4, 2, "idea-9", "Ana commented.")},
                                     DeliveryFrequency::daily, "https://cg.example");
  ASSERT_TRUE(digest);
  EXPECT_EQ(digest->subject, "CommonGround: 4 updates today");
  EXPECT_EQ(digest->notification_ids, (std::vector<std::int64_t>{1, 3, 2, 4}));
  EXPECT_EQ(digest->text,
            "Here is what happened today at your partnerships.\n"
            "\n== Eastside Table ==\n"
            "\nBeat meeting, 2 December\n"
            "  - Scheduled for 2 December, 18:00.\n"
            "  - Cancelled: the room is flooded.\n"
            "  https://cg.example/partnerships/1/x\n"
            "\n== Youth Violence Task Force ==\n"
            "\nA late bus\n"
            "  - Ben started an idea.\n"
            "  - Ana commented.\n"
            "  https://cg.example/partnerships/2/x\n"
            "\nChoose how often you hear from each partnership on your account page: "
            "https://cg.example/account#notifications\n");
}

TEST(Notification, OnePartnershipIsNamedInTheSubject) {
  const auto weekly = compose_digest({news(1, 1, "meeting-1", "Scheduled.")}, DeliveryFrequency::weekly, "");
  EXPECT_EQ(weekly->subject, "CommonGround: 1 update this week at Eastside Table");
}

TEST(Notification, ADigestPeriodIsTheDayOrTheWeeksMonday) {
  const sys_days thursday = 2026y / 11 / 26;
  EXPECT_EQ(digest_period(DeliveryFrequency::daily, thursday), "2026-11-26");
  EXPECT_EQ(digest_period(DeliveryFrequency::weekly, thursday), "week-of-2026-11-23");
  EXPECT_EQ(digest_period(DeliveryFrequency::weekly, sys_days{2026y / 11 / 23}), "week-of-2026-11-23");
  EXPECT_EQ(digest_period(DeliveryFrequency::weekly, sys_days{2026y / 11 / 29}), "week-of-2026-11-23") << "Sunday";
}

TEST(Notification, RetriesBackOffToAnHour) {
  EXPECT_EQ(retry_delay(1), seconds(30));
  EXPECT_EQ(retry_delay(2), seconds(60));
  EXPECT_EQ(retry_delay(4), seconds(240));
  EXPECT_EQ(retry_delay(8), hours(1));
  EXPECT_EQ(retry_delay(40), hours(1));
}

TEST(Notification, Keys) {
  EXPECT_EQ(delivery_frequency_from_key("weekly"), DeliveryFrequency::weekly);
  EXPECT_EQ(delivery_frequency_from_key("hourly"), std::nullopt);
  EXPECT_EQ(to_key(NotificationKind::minutes_circulated), "minutes_circulated");
}

}  // namespace
}  // namespace cg
