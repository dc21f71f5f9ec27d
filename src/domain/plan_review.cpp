#include "domain/plan_review.h"

#include <algorithm>
#include <map>

#include "domain/plain_words.h"
#include "domain/ordered_unique.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

using words::cat;

std::string indexed(std::string_view list, std::size_t i, std::string_view field) {
  return cat(list, "[", static_cast<int>(i), "].", field);
}

}  // namespace

std::string_view to_key(ReviewRating rating) {
  switch (rating) {
    case ReviewRating::on_track:
      return "on_track";
    case ReviewRating::at_risk:
      return "at_risk";
    case ReviewRating::off_track:
      return "off_track";
  }
  return "on_track";
}

std::optional<ReviewRating> review_rating_from_key(std::string_view key) {
  if (key == "on_track") return ReviewRating::on_track;
  if (key == "at_risk") return ReviewRating::at_risk;
  if (key == "off_track") return ReviewRating::off_track;
  return std::nullopt;
}

ReviewFields normalized(ReviewFields fields) {
  fields.summary = text::trimmed_or_absent(fields.summary);
  fields.participant_ids = without_repeats(fields.participant_ids);
  for (auto& r : fields.ratings) r.note = text::trimmed_or_absent(r.note);
  std::vector<std::string> decisions;
  for (auto& d : fields.decisions) {
    auto trimmed = text::trim(d);
    if (!trimmed.empty()) decisions.push_back(std::move(trimmed));
  }
  fields.decisions = std::move(decisions);
  for (auto& c : fields.commitments) c.title = text::trim(c.title);
  return fields;
}

std::vector<FieldError> validate(const ReviewFields& f, Day today) {
  std::vector<FieldError> errors;
  if (f.held_on > today) errors.push_back({"held_on", "A review cannot be recorded before it is held."});
  if (f.summary) {
    if (auto problem = text::check_text(*f.summary, 1, kPlanTextMax, text::Lines::multi)) {
      errors.push_back({"summary", *problem});
    }
  }
  std::map<std::int64_t, int> rated;
  for (std::size_t i = 0; i < f.ratings.size(); ++i) {
    const auto& r = f.ratings[i];
    if (++rated[r.objective_id] > 1) {
      errors.push_back({indexed("ratings", i, "objective_id"), "This objective is already rated in this review."});
    }
    if (r.note) {
      if (auto problem = text::check_text(*r.note, 1, 1000, text::Lines::multi)) {
        errors.push_back({indexed("ratings", i, "note"), *problem});
      }
    }
  }
  if (f.decisions.size() > kReviewDecisionsMax) errors.push_back({"decisions", "At most 50 decisions per review."});
  for (std::size_t i = 0; i < f.decisions.size(); ++i) {
    if (auto problem = text::check_text(f.decisions[i], 1, 1000, text::Lines::multi)) {
      errors.push_back({cat("decisions[", static_cast<int>(i), "]"), *problem});
    }
  }
  if (f.commitments.size() > kReviewCommitmentsMax) {
    errors.push_back({"commitments", "At most 50 commitments per review."});
  }
  for (std::size_t i = 0; i < f.commitments.size(); ++i) {
    const auto& c = f.commitments[i];
    if (auto problem = text::check_text(c.title, 1, kPlanTitleMax, text::Lines::single)) {
      errors.push_back({indexed("commitments", i, "title"), *problem});
    }
    if (c.due_on < f.held_on) {
      errors.push_back({indexed("commitments", i, "due_on"), "A commitment is due after the review, not before it."});
    }
  }
  return errors;
}

SnapshotComparison compare(const PlanSnapshot& before, const PlanSnapshot& after) {
  SnapshotComparison out;
  if (before.progress && after.progress) out.progress_change = *after.progress - *before.progress;
  out.done_change = after.done - before.done;
  out.overdue_change = after.overdue - before.overdue;
  std::map<std::int64_t, const ObjectiveSnapshot*> earlier;
  for (const auto& o : before.objectives) earlier[o.objective_id] = &o;
  for (const auto& o : after.objectives) {
    ObjectiveChangeSince change;
    change.objective_id = o.objective_id;
    change.title = o.title;
    change.after = o;
    if (auto found = earlier.find(o.objective_id); found != earlier.end()) {
      change.before = *found->second;
      if (found->second->progress && o.progress) change.progress_change = *o.progress - *found->second->progress;
      earlier.erase(found);
    }
    out.objectives.push_back(std::move(change));
  }
  for (const auto& o : before.objectives) {
    if (!earlier.contains(o.objective_id)) continue;
    ObjectiveChangeSince change;
    change.objective_id = o.objective_id;
    change.title = o.title;
    change.before = o;
    out.objectives.push_back(std::move(change));
  }
  return out;
}

}  // namespace cg
