#include "domain/text_diff.h"

#include <gtest/gtest.h>

#include <ostream>
#include <random>

namespace cg {

// Readable failure messages, e.g. {delete "month "}.
void PrintTo(const DiffPiece& piece, std::ostream* out) {
  *out << '{' << to_key(piece.op) << " \"" << piece.text << "\"}";
}

namespace {

DiffPiece equal(std::string text) {
  return {DiffOp::equal, std::move(text)};
}
DiffPiece insert(std::string text) {
  return {DiffOp::insert, std::move(text)};
}
DiffPiece remove(std::string text) {
  return {DiffOp::remove, std::move(text)};
}

// The guarantees every diff keeps: the pieces rebuild both texts exactly, none is empty, no two
// neighbours share an op, and a removal is never preceded directly by an insertion.
void expect_well_formed(const std::vector<DiffPiece>& pieces, std::string_view before,
                        std::string_view after) {
  std::string rebuilt_before;
  std::string rebuilt_after;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const auto& p = pieces[i];
    EXPECT_FALSE(p.text.empty()) << "piece " << i;
    if (i > 0) {
      EXPECT_NE(pieces[i - 1].op, p.op) << "unmerged neighbours at " << i;
      EXPECT_FALSE(pieces[i - 1].op == DiffOp::insert && p.op == DiffOp::remove)
          << "insert before remove at " << i;
    }
    if (p.op != DiffOp::insert) rebuilt_before += p.text;
    if (p.op != DiffOp::remove) rebuilt_after += p.text;
  }
  EXPECT_EQ(rebuilt_before, before);
  EXPECT_EQ(rebuilt_after, after);
}

struct DiffCase {
  std::string name;
  std::string before;
  std::string after;
  std::vector<DiffPiece> expected;
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const DiffCase& c, std::ostream* out) {
  *out << c.name;
}

std::vector<DiffCase> diff_cases() {
  return {
      {"BothEmpty", "", "", {}},
      {"Identical", "Safe streets for all.", "Safe streets for all.", {equal("Safe streets for all.")}},
      {"EmptyToText", "", "Safe streets.", {insert("Safe streets.")}},
      {"TextToEmpty", "Safe streets.", "", {remove("Safe streets.")}},
      {"WordChangedInTheMiddle",
       "We meet every month in the library.",
       "We meet every week in the library.",
       {equal("We meet every "), remove("month "), insert("week "), equal("in the library.")}},
      {"InsertionAtStart", "safe streets", "Truly safe streets", {insert("Truly "), equal("safe streets")}},
      {"InsertionAtEnd",
       "Line one.\n",
       "Line one.\nLine two.\n",
       {equal("Line one.\n"), insert("Line two.\n")}},
      // Words own their following whitespace, so a last word that gains a space has changed.
      {"LastWordGainsASpace",
       "safe streets",
       "safe streets now",
       {equal("safe "), remove("streets"), insert("streets now")}},
      {"LeadingWhitespaceIsItsOwnToken", "  Mission", "Mission", {remove("  "), equal("Mission")}},
      {"ChangedWhitespaceIsAChange",
       "one  two three",
       "one two three",
       {remove("one  "), insert("one "), equal("two three")}},
      {"NeighbouringChangesMergeRemovalsFirst",
       "one two three four",
       "one 2 3 four",
       {equal("one "), remove("two three "), insert("2 3 "), equal("four")}},
      {"SeparateChanges",
       "a b c d",
       "a x c y",
       {equal("a "), remove("b "), insert("x "), equal("c "), remove("d"), insert("y")}},
      {"NothingInCommon", "alpha beta", "gamma delta", {remove("alpha beta"), insert("gamma delta")}},
      {"MovedWordIsRemovedAndInserted",
       "trust respect safety ",
       "respect safety trust ",
       {remove("trust "), equal("respect safety "), insert("trust ")}},
  };
}

class DiffWords : public testing::TestWithParam<DiffCase> {};

TEST_P(DiffWords, GivesTheExpectedPieces) {
  const auto& c = GetParam();
  const auto pieces = diff_words(c.before, c.after);
  EXPECT_EQ(pieces, c.expected);
  expect_well_formed(pieces, c.before, c.after);
}

INSTANTIATE_TEST_SUITE_P(Cases, DiffWords, testing::ValuesIn(diff_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(DiffWords, OpKeys) {
  EXPECT_EQ(to_key(DiffOp::equal), "equal");
  EXPECT_EQ(to_key(DiffOp::insert), "insert");
  EXPECT_EQ(to_key(DiffOp::remove), "delete");
}

// Random edits of random texts with every kind of whitespace: the pieces always rebuild both texts.
TEST(DiffWords, RandomEditsRebuildBothTextsExactly) {
  std::mt19937 random(7);
  const std::vector<std::string> words = {"safe", "streets", "trust", "the", "partnership", "é", "a"};
  const std::vector<std::string> gaps = {" ", "  ", "\n", "\t", " \n\n", "\r\n"};
  const auto pick = [&](const std::vector<std::string>& from) {
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
  };
  const auto text = [&](int n) {
    std::string out = random() % 4 == 0 ? pick(gaps) : "";
    for (int i = 0; i < n; ++i) out += pick(words) + (i + 1 < n || random() % 2 ? pick(gaps) : "");
    return out;
  };
  for (int round = 0; round < 300; ++round) {
    const std::string before = text(static_cast<int>(random() % 30));
    const std::string after = round % 3 == 0 ? before + text(3) : text(static_cast<int>(random() % 30));
    SCOPED_TRACE(testing::Message() << "before=\"" << before << "\" after=\"" << after << '"');
    expect_well_formed(diff_words(before, after), before, after);
  }
}

std::string numbered_words(std::string_view stem, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    out += stem;
    out += std::to_string(i);
    out += ' ';
  }
  return out;
}

TEST(DiffWords, OverSizedChangeComesBackAsOneRemovalAndOneInsertion) {
  // 2,001 × 2,000 tokens is just over the 4,000,000 comparisons the diff allows itself.
  const auto before = numbered_words("old", 2001);
  const auto after = numbered_words("new", 2000);
  EXPECT_EQ(diff_words(before, after), (std::vector{remove(before), insert(after)}));

  // Words shared at the start and end are still matched before the bound applies.
  const auto pieces = diff_words("Preamble. " + before + "Signed.", "Preamble. " + after + "Signed.");
  EXPECT_EQ(pieces, (std::vector{equal("Preamble. "), remove(before), insert(after), equal("Signed.")}));
}

TEST(DiffWords, AtTheBoundStillComparesWordByWord) {
  // 2,000 × 2,000 changed tokens is exactly the bound: the first and last words differ (so nothing is
  // trimmed), as do all even ones; the 999 odd words in between are matched.
  std::string before;
  std::string after;
  for (int i = 0; i < 2000; ++i) {
    const auto number = std::to_string(i);
    (before += 'w') += number + ' ';
    (after += i % 2 == 0 || i == 1999 ? 'x' : 'w') += number + ' ';
  }
  const auto pieces = diff_words(before, after);
  EXPECT_EQ(pieces.size(), 999u + 2 * 1000u) << "999 equal words between 1,000 changes";
  expect_well_formed(pieces, before, after);
}

}  // namespace
}  // namespace cg
