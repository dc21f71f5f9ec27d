#include "domain/charter.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace cg {
namespace {

constexpr std::array kAllStatuses = {CharterStatus::draft, CharterStatus::proposed, CharterStatus::adopted,
                                     CharterStatus::superseded};

std::vector<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

using Fields = std::vector<std::string>;

CharterText complete() {
  CharterText t;
  t.mission = "Reduce harm on the east side, together.";
  t.vision = "A neighbourhood where everyone feels safe.";
  t.values = {"Transparency", "Respect"};
  return t;
}

// --- status keys ------------------------------------------------------------------------------

TEST(CharterStatus, KeysRoundTrip) {
  EXPECT_EQ(to_key(CharterStatus::draft), "draft");
  EXPECT_EQ(to_key(CharterStatus::proposed), "proposed");
  EXPECT_EQ(to_key(CharterStatus::adopted), "adopted");
  EXPECT_EQ(to_key(CharterStatus::superseded), "superseded");
  for (auto status : kAllStatuses) EXPECT_EQ(charter_status_from_key(to_key(status)), status);
}

TEST(CharterStatus, UnknownKeysAreRejected) {
  for (auto key : {"", "Draft", "ADOPTED", "final", "archived", "draft "}) {
    EXPECT_EQ(charter_status_from_key(key), std::nullopt) << '"' << key << '"';
  }
}

// --- normalized -------------------------------------------------------------------------------

TEST(CharterNormalized, TrimsStatementsAndValuesAndDropsBlankValues) {
  CharterText t;
  t.mission = "  Mission.\n";
  t.vision = "\tVision. ";
  t.values = {" Respect ", "", "   ", "\nTransparency\t"};
  const auto n = normalized(t);
  EXPECT_EQ(n.mission, "Mission.");
  EXPECT_EQ(n.vision, "Vision.");
  EXPECT_EQ(n.values, (std::vector<std::string>{"Respect", "Transparency"}));
}

TEST(CharterNormalized, KeepsInnerLineBreaksAndBlankStatements) {
  CharterText t;
  t.mission = "First line.\n\nSecond paragraph.";
  t.vision = "   ";
  const auto n = normalized(t);
  EXPECT_EQ(n.mission, "First line.\n\nSecond paragraph.");
  EXPECT_EQ(n.vision, "");
  EXPECT_TRUE(n.values.empty());
}

TEST(CharterNormalized, IsIdempotent) {
  CharterText t;
  t.mission = " m ";
  t.values = {" a", "", "b "};
  EXPECT_EQ(normalized(normalized(t)), normalized(t));
}

// --- validate_draft ---------------------------------------------------------------------------

TEST(CharterValidateDraft, AllowsAnEmptyDraft) { EXPECT_TRUE(validate_draft(CharterText{}).empty()); }

TEST(CharterValidateDraft, AllowsACompleteCharter) { EXPECT_TRUE(validate_draft(complete()).empty()); }

TEST(CharterValidateDraft, StatementsAtMost4000Characters) {
  CharterText t;
  t.mission = std::string(4000, 'm');
  t.vision = std::string(4000, 'v');
  EXPECT_TRUE(validate_draft(t).empty());

  t.mission = std::string(4001, 'm');
  auto errors = validate_draft(t);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"mission", "Must be at most 4000 characters."}));

  t.mission = "ok";
  t.vision = std::string(4001, 'v');
  errors = validate_draft(t);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"vision", "Must be at most 4000 characters."}));
}

TEST(CharterValidateDraft, StatementLengthCountsCodePoints) {
  CharterText t;
  for (int i = 0; i < 4000; ++i) t.mission += "é";
  EXPECT_TRUE(validate_draft(t).empty()) << "8000 bytes but 4000 characters";
  t.mission += "é";
  EXPECT_EQ(fields_of(validate_draft(t)), (Fields{"mission"}));
}

TEST(CharterValidateDraft, StatementsMaySpanLinesButNotCarryOtherControls) {
  CharterText t;
  t.mission = "One.\r\n\tTwo.";
  EXPECT_TRUE(validate_draft(t).empty());
  t.vision = std::string("bell\a");
  const auto errors = validate_draft(t);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"vision", "Must not contain control characters."}));
}

TEST(CharterValidateDraft, AtMostTwentyValues) {
  CharterText t;
  for (int i = 0; i < 20; ++i) t.values.push_back("value " + std::to_string(i));
  EXPECT_TRUE(validate_draft(t).empty());
  t.values.push_back("one too many");
  const auto errors = validate_draft(t);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"values", "List at most 20 values."}));
}

TEST(CharterValidateDraft, EachValueAtMost300CharactersOnOneLine) {
  CharterText t;
  t.values = {std::string(300, 'v')};
  EXPECT_TRUE(validate_draft(t).empty());

  t.values = {"fine", std::string(301, 'v')};
  auto errors = validate_draft(t);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"values", "Must be at most 300 characters."}));

  t.values = {"two\nlines"};
  errors = validate_draft(t);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], (FieldError{"values", "Must be a single line without control characters."}));
}

TEST(CharterValidateDraft, UnnormalizedBlankValueIsRequired) {
  CharterText t;
  t.values = {""};
  EXPECT_EQ(validate_draft(t), (std::vector<FieldError>{{"values", "Required."}}));
}

// --- validate_for_proposal --------------------------------------------------------------------

TEST(CharterValidateForProposal, CompleteCharterPasses) { EXPECT_TRUE(validate_for_proposal(complete()).empty()); }

TEST(CharterValidateForProposal, RequiresMissionVisionAndAValue) {
  const auto errors = validate_for_proposal(CharterText{});
  EXPECT_EQ(fields_of(errors), (Fields{"mission", "vision", "values"}));
  for (const auto& e : errors) EXPECT_NE(e.message.find("before proposing"), std::string::npos) << e.message;
}

TEST(CharterValidateForProposal, EachMissingPartIsNamed) {
  auto t = complete();
  t.mission.clear();
  EXPECT_EQ(fields_of(validate_for_proposal(t)), (Fields{"mission"}));
  t = complete();
  t.vision.clear();
  EXPECT_EQ(fields_of(validate_for_proposal(t)), (Fields{"vision"}));
  t = complete();
  t.values.clear();
  EXPECT_EQ(fields_of(validate_for_proposal(t)), (Fields{"values"}));
  t = complete();
  t.values = {"only one"};
  EXPECT_TRUE(validate_for_proposal(t).empty());
}

TEST(CharterValidateForProposal, IncludesDraftProblems) {
  auto t = complete();
  t.mission = std::string(4001, 'm');
  EXPECT_EQ(validate_for_proposal(t), (std::vector<FieldError>{{"mission", "Must be at most 4000 characters."}}));
}

// --- transition_refusal -----------------------------------------------------------------------

bool allowed(CharterStatus from, CharterStatus to) {
  using S = CharterStatus;
  return (from == S::draft && to == S::proposed) || (from == S::proposed && to == S::adopted) ||
         (from == S::proposed && to == S::draft) || (from == S::adopted && to == S::superseded);
}

TEST(CharterTransition, EveryPairOfStatuses) {
  int allowed_count = 0;
  for (auto from : kAllStatuses) {
    for (auto to : kAllStatuses) {
      const auto refusal = transition_refusal(from, to);
      const auto label = std::string(to_key(from)) + " -> " + std::string(to_key(to));
      if (allowed(from, to)) {
        ++allowed_count;
        EXPECT_EQ(refusal, std::nullopt) << label;
      } else {
        ASSERT_TRUE(refusal.has_value()) << label;
        EXPECT_FALSE(refusal->empty()) << label;
        EXPECT_NE(refusal->find(to_key(from)), std::string::npos) << label << ": " << *refusal;
        EXPECT_NE(refusal->find(to_key(to)), std::string::npos) << label << ": " << *refusal;
      }
    }
  }
  EXPECT_EQ(allowed_count, 4);
}

TEST(CharterTransition, SameStatusIsNeverATransition) {
  for (auto status : kAllStatuses) EXPECT_TRUE(transition_refusal(status, status).has_value()) << to_key(status);
}

TEST(CharterTransition, AdoptingADraftSaysToProposeFirst) {
  const auto refusal = transition_refusal(CharterStatus::draft, CharterStatus::adopted);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(*refusal, "This charter version is draft and cannot become adopted. Propose it to the members first.");
}

TEST(CharterTransition, OtherRefusalsDoNotMentionProposing) {
  for (auto [from, to] : {std::pair{CharterStatus::draft, CharterStatus::superseded},
                          std::pair{CharterStatus::superseded, CharterStatus::draft},
                          std::pair{CharterStatus::adopted, CharterStatus::draft}}) {
    const auto refusal = transition_refusal(from, to);
    ASSERT_TRUE(refusal.has_value());
    EXPECT_EQ(refusal->find("Propose"), std::string::npos) << *refusal;
  }
}

// --- values_as_text ---------------------------------------------------------------------------

TEST(CharterValuesAsText, OneLinePerValue) {
  EXPECT_EQ(values_as_text({}), "");
  EXPECT_EQ(values_as_text({"Respect"}), "Respect\n");
  EXPECT_EQ(values_as_text({"Respect", "Transparency", "Peña"}), "Respect\nTransparency\nPeña\n");
}

}  // namespace
}  // namespace cg
