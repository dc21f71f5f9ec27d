#include "domain/time_format.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

TEST(TimeFormat, UtcWithMilliseconds) {
  using namespace std::chrono;
  const auto t = sys_days{year{2026} / January / 31} + hours{9} + minutes{5} + milliseconds{7};
  EXPECT_EQ(format_utc(t), "2026-01-31T09:05:00.007Z");
  EXPECT_EQ(format_utc(sys_days{year{1999} / December / 31} + hours{23} + minutes{59} + seconds{59} +
                       milliseconds{999}),
            "1999-12-31T23:59:59.999Z");
}

TEST(TimeFormat, ParsesWhatItFormatsAndRefusesAnythingElse) {
  const auto t = *parse_utc("2026-02-28T23:59:59.999Z");
  EXPECT_EQ(format_utc(t), "2026-02-28T23:59:59.999Z");
  EXPECT_EQ(parse_utc("2026-02-30T00:00:00.000Z"), std::nullopt);
  EXPECT_EQ(parse_utc("2026-02-28 23:59:59"), std::nullopt);
  EXPECT_EQ(parse_utc("2026-02-28T24:00:00.000Z"), std::nullopt);
}

}  // namespace
}  // namespace cg
