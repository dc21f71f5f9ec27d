// A plan review: the partners meet on the partnership's cadence, rate each objective, record what
// they decided and who committed to what by when. Each review keeps a snapshot of where the plan
// stood, so two reviews can be compared. Pure: no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/plan_progress.h"

namespace cg {

enum class ReviewRating { on_track, at_risk, off_track };
std::string_view to_key(ReviewRating rating);
std::optional<ReviewRating> review_rating_from_key(std::string_view key);

struct ObjectiveRating {
  std::int64_t objective_id = 0;
  ReviewRating rating = ReviewRating::on_track;
  std::optional<std::string> note;
};

// "Ana will ask the city for the street lights by 1 March": becomes a plan activity.
struct AccountabilityItem {
  std::string title;
  std::int64_t owner_id = 0;  // a membership
  Day due_on{};
  std::optional<std::int64_t> objective_id;
};

struct ReviewFields {
  Day held_on{};
  std::optional<std::string> summary;
  std::vector<std::int64_t> participant_ids;  // memberships present
  std::vector<ObjectiveRating> ratings;
  std::vector<std::string> decisions;
  std::vector<AccountabilityItem> commitments;
};

inline constexpr std::size_t kReviewDecisionsMax = 50;
inline constexpr std::size_t kReviewCommitmentsMax = 50;

ReviewFields normalized(ReviewFields fields);
// Field names follow the JSON: "ratings[2].note", "commitments[0].due_on". Membership and
// objective ids are checked against the plan by the caller.
std::vector<FieldError> validate(const ReviewFields& fields, Day today);

// Where one objective stood when a review was held.
struct ObjectiveSnapshot {
  std::int64_t objective_id = 0;
  std::string title;
  std::optional<double> progress;
  double expected = 0;
  Trajectory trajectory = Trajectory::no_data;
  std::optional<ReviewRating> rating;
};

struct PlanSnapshot {
  std::optional<double> progress;
  int activities = 0;
  int done = 0;
  int overdue = 0;
  std::vector<ObjectiveSnapshot> objectives;
};

// One objective across two reviews; either side is absent when the objective did not exist (or
// was archived) at that review.
struct ObjectiveChangeSince {
  std::int64_t objective_id = 0;
  std::string title;
  std::optional<ObjectiveSnapshot> before;
  std::optional<ObjectiveSnapshot> after;
  std::optional<double> progress_change;  // after − before, when both have progress
};

struct SnapshotComparison {
  std::optional<double> progress_change;
  int done_change = 0;
  int overdue_change = 0;
  std::vector<ObjectiveChangeSince> objectives;  // in the later review's order, then dropped ones
};

SnapshotComparison compare(const PlanSnapshot& before, const PlanSnapshot& after);

}  // namespace cg
