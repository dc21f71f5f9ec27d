#include "domain/plan_review.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/plain_words.h"

namespace cg {
namespace {

using namespace std::chrono;

const Day kToday = year_month_day{year{2026}, March, std::chrono::day{1}};
const Day kYesterday = kToday - days(1);

using Ids = std::vector<std::int64_t>;
using Texts = std::vector<std::string>;

ObjectiveRating rating(std::int64_t objective_id, ReviewRating value = ReviewRating::on_track,
                       std::optional<std::string> note = std::nullopt) {
  ObjectiveRating r;
  r.objective_id = objective_id;
  r.rating = value;
  r.note = std::move(note);
  return r;
}

AccountabilityItem commitment(std::string title, Day due_on, std::int64_t owner_id = 4) {
  AccountabilityItem c;
  c.title = std::move(title);
  c.owner_id = owner_id;
  c.due_on = due_on;
  return c;
}

// Held yesterday by Ana (4) and Sam (9): two objectives rated, one decision, one commitment due in
// two weeks.
ReviewFields valid_review() {
  ReviewFields f;
  f.held_on = kYesterday;
  f.summary = "Attendance is up; the lighting request is stuck at the city.";
  f.participant_ids = {4, 9};
  f.ratings = {rating(7, ReviewRating::on_track), rating(8, ReviewRating::at_risk, "Waiting for the city.")};
  f.decisions = {"Ask the council member to push the lighting request."};
  f.commitments = {commitment("Call the council member's office", kToday + days(14))};
  return f;
}

// The fields with problems, comma-separated, so an expectation reads like a sentence.
std::string problems(const ReviewFields& fields, Day today = kToday) {
  std::string out;
  for (const auto& e : validate(normalized(fields), today)) {
    if (!out.empty()) out += ',';
    out += e.field;
  }
  return out;
}

// ---- Keys ------------------------------------------------------------------------------------

TEST(ReviewRatingKeys, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (auto r : {ReviewRating::on_track, ReviewRating::at_risk, ReviewRating::off_track}) {
    EXPECT_TRUE(keys.insert(to_key(r)).second) << to_key(r);
    EXPECT_EQ(review_rating_from_key(to_key(r)), r);
  }
  EXPECT_EQ(to_key(ReviewRating::on_track), "on_track");
  EXPECT_EQ(to_key(ReviewRating::at_risk), "at_risk");
  EXPECT_EQ(to_key(ReviewRating::off_track), "off_track");
}

TEST(ReviewRatingKeys, UnknownKeysAreRefused) {
  for (std::string_view key : {"", "On_Track", "on-track", "behind", "off_track "}) {
    EXPECT_FALSE(review_rating_from_key(key).has_value()) << key;
  }
}

// ---- Normalising -----------------------------------------------------------------------------

TEST(ReviewNormalized, TrimsDropsBlanksAndRemovesRepeatedParticipantsInOrder) {
  auto f = valid_review();
  f.summary = "  Good meeting.\n";
  f.participant_ids = {9, 4, 9, 12, 4};
  f.ratings = {rating(7, ReviewRating::on_track, "  fine \t"), rating(8, ReviewRating::off_track, " \n ")};
  f.decisions = {"  Meet monthly ", "", " \t\n ", "Invite the youth council"};
  f.commitments = {commitment("\tBook the hall  ", kToday)};
  const auto n = normalized(f);
  EXPECT_EQ(n.summary, "Good meeting.");
  EXPECT_EQ(n.participant_ids, (Ids{9, 4, 12}));
  ASSERT_EQ(n.ratings.size(), 2u);
  EXPECT_EQ(n.ratings[0].note, "fine");
  EXPECT_EQ(n.ratings[1].note, std::nullopt);
  EXPECT_EQ(n.ratings[1].rating, ReviewRating::off_track);
  EXPECT_EQ(n.decisions, (Texts{"Meet monthly", "Invite the youth council"}));
  ASSERT_EQ(n.commitments.size(), 1u);
  EXPECT_EQ(n.commitments[0].title, "Book the hall");
  EXPECT_EQ(n.commitments[0].due_on, kToday);
  EXPECT_EQ(n.held_on, kYesterday);
}

TEST(ReviewNormalized, BlankSummaryIsAbsent) {
  auto f = valid_review();
  f.summary = " \r\n ";
  EXPECT_EQ(normalized(f).summary, std::nullopt);
  f.summary.reset();
  EXPECT_EQ(normalized(f).summary, std::nullopt);
}

// ---- Validation ------------------------------------------------------------------------------

TEST(ReviewValidate, ValidFieldsHaveNoProblems) {
  EXPECT_EQ(problems(valid_review()), "");
  ReviewFields bare;
  bare.held_on = kToday;
  EXPECT_EQ(problems(bare), "");
}

struct ReviewCase {
  const char* description;
  void (*mutate)(ReviewFields&);
  const char* fields_with_problems;
};

void PrintTo(const ReviewCase& c, std::ostream* out) { *out << c.description; }

class ReviewInvalid : public ::testing::TestWithParam<ReviewCase> {};

TEST_P(ReviewInvalid, NamesTheField) {
  auto f = valid_review();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems);
}

// n texts "Decision 1", "Decision 2"... (also used as commitment titles).
Texts numbered(int n) {
  Texts out;
  for (int i = 1; i <= n; ++i) out.push_back(words::cat("Decision ", i));
  return out;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReviewInvalid,
    ::testing::Values(
        // Held today is fine; tomorrow has not happened yet.
        ReviewCase{"held today", [](ReviewFields& f) { f.held_on = kToday; }, ""},
        ReviewCase{"held tomorrow", [](ReviewFields& f) { f.held_on = kToday + days(1); }, "held_on"},
        ReviewCase{"held a year ago", [](ReviewFields& f) { f.held_on = kToday - days(365); }, ""},
        ReviewCase{"summary over several lines", [](ReviewFields& f) { f.summary = "One.\nTwo.\r\n\tThree."; }, ""},
        ReviewCase{"summary of 4000 characters", [](ReviewFields& f) { f.summary = std::string(4000, 's'); }, ""},
        ReviewCase{"summary of 4001 characters", [](ReviewFields& f) { f.summary = std::string(4001, 's'); },
                   "summary"},
        ReviewCase{"summary with a control character", [](ReviewFields& f) { f.summary = "bell\a"; }, "summary"},
        // Rated twice: the second rating is the one named.
        ReviewCase{"objective rated twice",
                   [](ReviewFields& f) { f.ratings = {rating(7), rating(7, ReviewRating::off_track)}; },
                   "ratings[1].objective_id"},
        ReviewCase{"objective rated three times among others",
                   [](ReviewFields& f) { f.ratings = {rating(7), rating(8), rating(7), rating(7)}; },
                   "ratings[2].objective_id,ratings[3].objective_id"},
        ReviewCase{"rating note of 1000 characters",
                   [](ReviewFields& f) { f.ratings[1].note = std::string(1000, 'n'); }, ""},
        ReviewCase{"rating note of 1001 characters",
                   [](ReviewFields& f) { f.ratings[1].note = std::string(1001, 'n'); }, "ratings[1].note"},
        ReviewCase{"rating note over two lines", [](ReviewFields& f) { f.ratings[0].note = "Fine.\nReally."; }, ""},
        ReviewCase{"rating note with a control character",
                   [](ReviewFields& f) { f.ratings[0].note = "a\x1b[31m"; }, "ratings[0].note"},
        ReviewCase{"50 decisions", [](ReviewFields& f) { f.decisions = numbered(50); }, ""},
        ReviewCase{"51 decisions", [](ReviewFields& f) { f.decisions = numbered(51); }, "decisions"},
        // Blank decisions are dropped before they are counted.
        ReviewCase{"50 decisions and a blank one",
                   [](ReviewFields& f) {
                     f.decisions = numbered(50);
                     f.decisions.push_back("   ");
                   },
                   ""},
        ReviewCase{"decision of 1000 characters", [](ReviewFields& f) { f.decisions = {std::string(1000, 'd')}; },
                   ""},
        // The blank one is dropped, so the long one is decisions[1] after normalising.
        ReviewCase{"decision of 1001 characters",
                   [](ReviewFields& f) { f.decisions = {"Short", "", std::string(1001, 'd')}; }, "decisions[1]"},
        // 1000 two-byte characters are 2000 bytes but still 1000 characters.
        ReviewCase{"decision of 1000 accented characters",
                   [](ReviewFields& f) {
                     f.decisions = {""};
                     for (int i = 0; i < 1000; ++i) f.decisions[0] += "\xC3\xA9";
                   },
                   ""},
        ReviewCase{"decision over two lines", [](ReviewFields& f) { f.decisions = {"First,\nthen"}; }, ""},
        ReviewCase{"decision with a control character", [](ReviewFields& f) { f.decisions = {"a\x01", "b\x7f"}; },
                   "decisions[0],decisions[1]"},
        ReviewCase{"50 commitments",
                   [](ReviewFields& f) {
                     f.commitments.clear();
                     for (const auto& t : numbered(50)) f.commitments.push_back(commitment(t, kToday));
                   },
                   ""},
        ReviewCase{"51 commitments",
                   [](ReviewFields& f) {
                     f.commitments.clear();
                     for (const auto& t : numbered(51)) f.commitments.push_back(commitment(t, kToday));
                   },
                   "commitments"},
        ReviewCase{"commitment with a blank title", [](ReviewFields& f) { f.commitments[0].title = " \t"; },
                   "commitments[0].title"},
        ReviewCase{"commitment title of 200 characters",
                   [](ReviewFields& f) { f.commitments[0].title = std::string(200, 't'); }, ""},
        ReviewCase{"commitment title of 201 characters",
                   [](ReviewFields& f) { f.commitments[0].title = std::string(201, 't'); }, "commitments[0].title"},
        ReviewCase{"commitment title over two lines",
                   [](ReviewFields& f) { f.commitments[0].title = "Call\nthe office"; }, "commitments[0].title"},
        // Due on the day of the review is fine (held yesterday); the day before is not.
        ReviewCase{"commitment due on the review day",
                   [](ReviewFields& f) { f.commitments[0].due_on = f.held_on; }, ""},
        ReviewCase{"commitment due the day before the review",
                   [](ReviewFields& f) { f.commitments[0].due_on = f.held_on - days(1); }, "commitments[0].due_on"},
        ReviewCase{"second commitment due before the review",
                   [](ReviewFields& f) { f.commitments.push_back(commitment("Late", f.held_on - days(30))); },
                   "commitments[1].due_on"},
        ReviewCase{"several at once",
                   [](ReviewFields& f) {
                     f.held_on = kToday + days(2);
                     f.summary = std::string(4001, 's');
                     f.ratings = {rating(7), rating(7)};
                     f.decisions = numbered(51);
                     f.commitments = {commitment("", kToday)};
                   },
                   "held_on,summary,ratings[1].objective_id,decisions,commitments[0].title,"
                   "commitments[0].due_on"}));

TEST(ReviewValidate, MessagesInPlainWords) {
  auto f = valid_review();
  f.held_on = kToday + days(1);
  f.ratings = {rating(7), rating(7)};
  f.commitments = {commitment("Book the hall", kToday)};
  const auto errors = validate(normalized(f), kToday);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], (FieldError{"held_on", "A review cannot be recorded before it is held."}));
  EXPECT_EQ(errors[1], (FieldError{"ratings[1].objective_id", "This objective is already rated in this review."}));
  EXPECT_EQ(errors[2], (FieldError{"commitments[0].due_on", "A commitment is due after the review, not before it."}));
}

TEST(ReviewValidate, TheLimitsAreSaidOnce) {
  auto f = valid_review();
  f.decisions = numbered(60);
  for (const auto& t : numbered(60)) f.commitments.push_back(commitment(t, kToday));
  const auto errors = validate(normalized(f), kToday);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], (FieldError{"decisions", "At most 50 decisions per review."}));
  EXPECT_EQ(errors[1], (FieldError{"commitments", "At most 50 commitments per review."}));
}

// ---- Comparing two reviews -------------------------------------------------------------------

ObjectiveSnapshot snapshot(std::int64_t id, std::optional<double> progress,
                           Trajectory trajectory = Trajectory::on_track) {
  ObjectiveSnapshot s;
  s.objective_id = id;
  s.title = words::cat(static_cast<int>(id));
  s.progress = progress;
  s.trajectory = trajectory;
  return s;
}

PlanSnapshot plan_snapshot(std::optional<double> progress, int done, int overdue,
                           std::vector<ObjectiveSnapshot> objectives = {}) {
  PlanSnapshot p;
  p.progress = progress;
  p.activities = 20;
  p.done = done;
  p.overdue = overdue;
  p.objectives = std::move(objectives);
  return p;
}

TEST(ReviewCompare, ProgressChangeWhenBothHaveProgress) {
  // 0.25 → 0.75: half the way further. Binary fractions, so the difference is exact.
  const auto c = compare(plan_snapshot(0.25, 3, 5), plan_snapshot(0.75, 9, 2));
  ASSERT_TRUE(c.progress_change.has_value());
  EXPECT_DOUBLE_EQ(*c.progress_change, 0.5);
  EXPECT_EQ(c.done_change, 6);      // 9 − 3
  EXPECT_EQ(c.overdue_change, -3);  // 2 − 5
  EXPECT_TRUE(c.objectives.empty());
}

TEST(ReviewCompare, ProgressCanFall) {
  // 0.5 → 0.375: an eighth lost (a measurement came in worse).
  const auto c = compare(plan_snapshot(0.5, 4, 0), plan_snapshot(0.375, 4, 3));
  EXPECT_DOUBLE_EQ(c.progress_change.value(), -0.125);
  EXPECT_EQ(c.done_change, 0);
  EXPECT_EQ(c.overdue_change, 3);
}

TEST(ReviewCompare, NoProgressChangeWhenEitherSideHasNone) {
  EXPECT_EQ(compare(plan_snapshot(std::nullopt, 0, 0), plan_snapshot(0.5, 0, 0)).progress_change, std::nullopt);
  EXPECT_EQ(compare(plan_snapshot(0.5, 0, 0), plan_snapshot(std::nullopt, 0, 0)).progress_change, std::nullopt);
  EXPECT_EQ(compare(plan_snapshot(std::nullopt, 0, 0), plan_snapshot(std::nullopt, 0, 0)).progress_change,
            std::nullopt);
  // No progress yet is not the same as zero progress.
  EXPECT_DOUBLE_EQ(compare(plan_snapshot(0.0, 0, 0), plan_snapshot(0.0, 0, 0)).progress_change.value(), 0.0);
}

TEST(ReviewCompare, ObjectivesInTheLaterOrderThenTheDroppedOnes) {
  // Before: 1, 2, 3, 4. After: 5 (new), 3, 1. So 2 and 4 were dropped (archived) since.
  const auto before = plan_snapshot(0.5, 0, 0,
                                    {snapshot(1, 0.25), snapshot(2, 0.5), snapshot(3, std::nullopt),
                                     snapshot(4, 0.125)});
  auto renamed = snapshot(1, 0.75, Trajectory::achieved);
  renamed.title = "Renamed since";
  const auto after = plan_snapshot(0.5, 0, 0, {snapshot(5, 0.5), snapshot(3, 0.25), renamed});
  const auto c = compare(before, after);

  ASSERT_EQ(c.objectives.size(), 5u);
  Ids order;
  for (const auto& o : c.objectives) order.push_back(o.objective_id);
  EXPECT_EQ(order, (Ids{5, 3, 1, 2, 4}));

  // 5 is new: only an after side, no change to compute.
  EXPECT_FALSE(c.objectives[0].before.has_value());
  ASSERT_TRUE(c.objectives[0].after.has_value());
  EXPECT_EQ(c.objectives[0].after->objective_id, 5);
  EXPECT_EQ(c.objectives[0].progress_change, std::nullopt);

  // 3 had no progress before, 0.25 now: both sides, but no change.
  ASSERT_TRUE(c.objectives[1].before.has_value());
  ASSERT_TRUE(c.objectives[1].after.has_value());
  EXPECT_EQ(c.objectives[1].before->progress, std::nullopt);
  EXPECT_EQ(c.objectives[1].progress_change, std::nullopt);

  // 1 went from 0.25 to 0.75 (+0.5) and carries the later title.
  EXPECT_EQ(c.objectives[2].title, "Renamed since");
  EXPECT_EQ(c.objectives[2].before->title, "1");
  EXPECT_EQ(c.objectives[2].after->trajectory, Trajectory::achieved);
  EXPECT_DOUBLE_EQ(c.objectives[2].progress_change.value(), 0.5);

  // 2 and 4 were dropped: only a before side, in the earlier review's order, with their titles.
  for (std::size_t i : {3u, 4u}) {
    EXPECT_TRUE(c.objectives[i].before.has_value()) << i;
    EXPECT_FALSE(c.objectives[i].after.has_value()) << i;
    EXPECT_EQ(c.objectives[i].progress_change, std::nullopt) << i;
  }
  EXPECT_EQ(c.objectives[3].title, "2");
  EXPECT_EQ(c.objectives[4].title, "4");
  EXPECT_EQ(c.objectives[4].before->progress, 0.125);
}

TEST(ReviewCompare, FirstReviewAgainstAnEmptyOneListsEverythingAsNew) {
  const auto c = compare(PlanSnapshot{}, plan_snapshot(std::nullopt, 2, 1, {snapshot(1, 0.5), snapshot(2, 0.0)}));
  ASSERT_EQ(c.objectives.size(), 2u);
  for (const auto& o : c.objectives) {
    EXPECT_FALSE(o.before.has_value());
    EXPECT_TRUE(o.after.has_value());
  }
  EXPECT_EQ(c.done_change, 2);
  EXPECT_EQ(c.overdue_change, 1);
}

TEST(ReviewCompare, ProgressDroppingToZeroIsAChange) {
  // 0.5 → 0: a change of −0.5, not "no change" because the later value is zero.
  const auto c = compare(plan_snapshot(0.5, 0, 0, {snapshot(1, 0.5)}), plan_snapshot(0.0, 0, 0, {snapshot(1, 0.0)}));
  ASSERT_EQ(c.objectives.size(), 1u);
  EXPECT_DOUBLE_EQ(c.objectives[0].progress_change.value(), -0.5);
  EXPECT_DOUBLE_EQ(c.progress_change.value(), -0.5);
}

}  // namespace
}  // namespace cg
