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

}  // namespace
}  // namespace cg
