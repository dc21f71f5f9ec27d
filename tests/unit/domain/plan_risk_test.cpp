#include "domain/plan_risk.h"

#include <gtest/gtest.h>

#include <set>

namespace cg {
namespace {

RiskFields valid_risk() {
  RiskFields f;
  f.title = "The community hall floods";
  f.description = "The hall where beat meetings are held sits below the river's flood line.";
  f.likelihood = 2;
  f.impact = 4;
  f.trigger = "A flood warning for the river.";
  f.response = "Move the meeting to the library; tell residents by text.";
  f.owner_id = 4;
  f.status = RiskStatus::open;
  return f;
}

// The fields with problems, comma-separated, so an expectation reads like a sentence.
std::string problems(const RiskFields& fields) {
  std::string out;
  for (const auto& e : validate(normalized(fields))) {
    if (!out.empty()) out += ',';
    out += e.field;
  }
  return out;
}

// ---- Keys ------------------------------------------------------------------------------------

TEST(RiskStatusKeys, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (auto s : {RiskStatus::open, RiskStatus::watching, RiskStatus::occurred, RiskStatus::closed}) {
    EXPECT_TRUE(keys.insert(to_key(s)).second) << to_key(s);
    EXPECT_EQ(risk_status_from_key(to_key(s)), s);
  }
  EXPECT_EQ(to_key(RiskStatus::open), "open");
  EXPECT_EQ(to_key(RiskStatus::watching), "watching");
  EXPECT_EQ(to_key(RiskStatus::occurred), "occurred");
  EXPECT_EQ(to_key(RiskStatus::closed), "closed");
  for (std::string_view key : {"", "Open", "happened", "closed "}) {
    EXPECT_FALSE(risk_status_from_key(key).has_value()) << key;
  }
}

TEST(RiskLevelKeys, LowMediumHigh) {
  EXPECT_EQ(to_key(RiskLevel::low), "low");
  EXPECT_EQ(to_key(RiskLevel::medium), "medium");
  EXPECT_EQ(to_key(RiskLevel::high), "high");
}

// ---- Normalising -----------------------------------------------------------------------------

TEST(RiskNormalized, TrimsAndDropsBlankTexts) {
  auto f = valid_risk();
  f.title = "  Hall floods \n";
  f.description = " \t ";
  f.trigger = "\n Flood warning  ";
  f.response = "";
  const auto n = normalized(f);
  EXPECT_EQ(n.title, "Hall floods");
  EXPECT_EQ(n.description, std::nullopt);
  EXPECT_EQ(n.trigger, "Flood warning");
  EXPECT_EQ(n.response, std::nullopt);
  EXPECT_EQ(n.likelihood, 2);
  EXPECT_EQ(n.impact, 4);
  EXPECT_EQ(n.owner_id, 4);
  EXPECT_EQ(n.status, RiskStatus::open);
}

// ---- Validation ------------------------------------------------------------------------------

TEST(RiskValidate, ValidFieldsHaveNoProblems) {
  EXPECT_EQ(problems(valid_risk()), "");
  RiskFields bare;  // likelihood and impact default to 3
  bare.title = "Only a title";
  EXPECT_EQ(problems(bare), "");
}

struct RiskCase {
  const char* description;
  void (*mutate)(RiskFields&);
  const char* fields_with_problems;
};

void PrintTo(const RiskCase& c, std::ostream* out) { *out << c.description; }

class RiskInvalid : public ::testing::TestWithParam<RiskCase> {};

TEST_P(RiskInvalid, NamesTheField) {
  auto f = valid_risk();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RiskInvalid,
    ::testing::Values(
        RiskCase{"blank title", [](RiskFields& f) { f.title = " \t "; }, "title"},
        RiskCase{"title of 200 characters", [](RiskFields& f) { f.title = std::string(200, 't'); }, ""},
        RiskCase{"title of 201 characters", [](RiskFields& f) { f.title = std::string(201, 't'); }, "title"},
        RiskCase{"title over two lines", [](RiskFields& f) { f.title = "Hall\nfloods"; }, "title"},
        RiskCase{"description of 4000 characters", [](RiskFields& f) { f.description = std::string(4000, 'd'); }, ""},
        RiskCase{"description of 4001 characters", [](RiskFields& f) { f.description = std::string(4001, 'd'); },
                 "description"},
        RiskCase{"description over several lines", [](RiskFields& f) { f.description = "One.\nTwo.\r\n\tThree."; },
                 ""},
        RiskCase{"trigger of 4001 characters", [](RiskFields& f) { f.trigger = std::string(4001, 't'); }, "trigger"},
        RiskCase{"trigger with a control character", [](RiskFields& f) { f.trigger = "bell\a"; }, "trigger"},
        RiskCase{"response of 4001 characters", [](RiskFields& f) { f.response = std::string(4001, 'r'); },
                 "response"},
        RiskCase{"likelihood 0", [](RiskFields& f) { f.likelihood = 0; }, "likelihood"},
        RiskCase{"likelihood 1", [](RiskFields& f) { f.likelihood = 1; }, ""},
        RiskCase{"likelihood 5", [](RiskFields& f) { f.likelihood = 5; }, ""},
        RiskCase{"likelihood 6", [](RiskFields& f) { f.likelihood = 6; }, "likelihood"},
        RiskCase{"likelihood negative", [](RiskFields& f) { f.likelihood = -3; }, "likelihood"},
        RiskCase{"impact 0", [](RiskFields& f) { f.impact = 0; }, "impact"},
        RiskCase{"impact 1", [](RiskFields& f) { f.impact = 1; }, ""},
        RiskCase{"impact 5", [](RiskFields& f) { f.impact = 5; }, ""},
        RiskCase{"impact 6", [](RiskFields& f) { f.impact = 6; }, "impact"},
        RiskCase{"no owner and no response",
                 [](RiskFields& f) {
                   f.owner_id.reset();
                   f.response.reset();
                 },
                 ""},
        RiskCase{"everything at once",
                 [](RiskFields& f) {
                   f.title = "";
                   f.description = std::string(4001, 'd');
                   f.trigger = std::string(4001, 't');
                   f.response = "a\x01";
                   f.likelihood = 0;
                   f.impact = 9;
                 },
                 "title,description,trigger,response,likelihood,impact"}));

TEST(RiskValidate, ScaleMessagesSayWhatTheEndsMean) {
  auto f = valid_risk();
  f.likelihood = 0;
  f.impact = 6;
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], (FieldError{"likelihood", "Rate the likelihood from 1 (rare) to 5 (almost certain)."}));
  EXPECT_EQ(errors[1], (FieldError{"impact", "Rate the impact from 1 (minor) to 5 (severe)."}));
}

// ---- Level -----------------------------------------------------------------------------------

TEST(RiskLevel, EveryCellOfTheFiveByFiveMatrix) {
  // Rows are likelihood 1..5, columns impact 1..5; L low (score < 8), M medium (8..14),
  // H high (15 and above). The scores:
  //   likelihood 1:  1  2  3  4  5   L L L L L
  //   likelihood 2:  2  4  6  8 10   L L L M M
  //   likelihood 3:  3  6  9 12 15   L L M M H
  //   likelihood 4:  4  8 12 16 20   L M M H H
  //   likelihood 5:  5 10 15 20 25   L M H H H
  const std::string_view expected[5] = {"LLLLL", "LLLMM", "LLMMH", "LMMHH", "LMHHH"};
  int counted[3] = {0, 0, 0};
  for (int likelihood = 1; likelihood <= 5; ++likelihood) {
    for (int impact = 1; impact <= 5; ++impact) {
      const char cell = expected[likelihood - 1][static_cast<std::size_t>(impact - 1)];
      const auto want = cell == 'H' ? RiskLevel::high : cell == 'M' ? RiskLevel::medium : RiskLevel::low;
      const auto got = risk_level(likelihood, impact);
      EXPECT_EQ(got, want) << "likelihood " << likelihood << ", impact " << impact << ": " << to_key(got);
      ++counted[static_cast<int>(got)];
    }
  }
  // 12 low, 7 medium, 6 high: 25 cells.
  EXPECT_EQ(counted[static_cast<int>(RiskLevel::low)], 12);
  EXPECT_EQ(counted[static_cast<int>(RiskLevel::medium)], 7);
  EXPECT_EQ(counted[static_cast<int>(RiskLevel::high)], 6);
}

TEST(RiskLevel, TheMatrixIsSymmetric) {
  for (int a = 1; a <= 5; ++a) {
    for (int b = 1; b <= 5; ++b) EXPECT_EQ(risk_level(a, b), risk_level(b, a)) << a << "×" << b;
  }
}

TEST(RiskLevel, BandEdges) {
  EXPECT_EQ(risk_level(2, 3), RiskLevel::low);     // 6
  EXPECT_EQ(risk_level(2, 4), RiskLevel::medium);  // 8: the lowest medium
  EXPECT_EQ(risk_level(3, 4), RiskLevel::medium);  // 12: the highest medium
  EXPECT_EQ(risk_level(3, 5), RiskLevel::high);    // 15: the lowest high
  EXPECT_EQ(risk_level(4, 4), RiskLevel::high);    // 16
}

// ---- Grid ------------------------------------------------------------------------------------

RiskFields risk(int likelihood, int impact, RiskStatus status = RiskStatus::open) {
  auto f = valid_risk();
  f.likelihood = likelihood;
  f.impact = impact;
  f.status = status;
  return f;
}

int total(const RiskGrid& grid) {
  int n = 0;
  for (const auto& row : grid.counts) {
    for (int c : row) n += c;
  }
  return n;
}

TEST(RiskGrid, EmptyRegisterIsAllZero) {
  const auto grid = risk_grid({});
  EXPECT_EQ(total(grid), 0);
}

TEST(RiskGrid, CountsLiveRisksPerCellAndLeavesClosedOnesOut) {
  const auto grid = risk_grid({
      risk(2, 4),                        // [1][3]
      risk(2, 4, RiskStatus::watching),  // [1][3] again: 2 there
      risk(4, 2),                        // [3][1]: not the same cell as 2 × 4
      risk(5, 5, RiskStatus::occurred),  // [4][4]: happened, still live
      risk(1, 1),                        // [0][0]
      risk(5, 5, RiskStatus::closed),    // left out
      risk(3, 3, RiskStatus::closed),    // left out: [2][2] stays 0
  });
  EXPECT_EQ(grid.counts[1][3], 2);
  EXPECT_EQ(grid.counts[3][1], 1);
  EXPECT_EQ(grid.counts[4][4], 1);
  EXPECT_EQ(grid.counts[0][0], 1);
  EXPECT_EQ(grid.counts[2][2], 0);
  EXPECT_EQ(total(grid), 5);  // 7 risks, 2 closed
}

TEST(RiskGrid, EveryCellIsReachable) {
  // One risk in each of the 25 cells, plus a closed copy of each: every cell counts exactly 1.
  std::vector<RiskFields> risks;
  for (int l = 1; l <= 5; ++l) {
    for (int i = 1; i <= 5; ++i) {
      risks.push_back(risk(l, i));
      risks.push_back(risk(l, i, RiskStatus::closed));
    }
  }
  const auto grid = risk_grid(risks);
  for (std::size_t l = 0; l < 5; ++l) {
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(grid.counts[l][i], 1) << l << "," << i;
  }
}

TEST(RiskGrid, RatingsOutsideTheScaleAreSkippedNotCountedOutOfBounds) {
  // Stored data is not re-validated: a 0 or a 6 must not index outside the grid.
  const auto grid = risk_grid({risk(0, 3), risk(3, 6), risk(6, 6), risk(-1, 2), risk(3, 3)});
  EXPECT_EQ(grid.counts[2][2], 1);
  EXPECT_EQ(total(grid), 1);
}

}  // namespace
}  // namespace cg
