#include "app/page_cursor.h"

#include <gtest/gtest.h>

namespace cg::app {
namespace {

TEST(PageCursor, RoundTripsKeysWithAnyBytes) {
  for (const auto& key : {std::string("riverton"), std::string("a:b:c"), std::string("peña 🚓"), std::string()}) {
    const CursorPosition position{key, 42};
    const auto cursor = encode_cursor(position);
    EXPECT_EQ(cursor.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    EXPECT_EQ(decode_cursor(cursor), position) << key;
  }
}

TEST(PageCursor, RejectsWhatItDidNotIssue) {
  EXPECT_FALSE(decode_cursor("").has_value());
  EXPECT_FALSE(decode_cursor("not a cursor!").has_value());
  EXPECT_FALSE(decode_cursor("YWJj").has_value());  // "abc": no id
  EXPECT_FALSE(decode_cursor(encode_cursor({"x", 0})).has_value());
  EXPECT_FALSE(decode_cursor(std::string(5000, 'A')).has_value());
}

}  // namespace
}  // namespace cg::app
