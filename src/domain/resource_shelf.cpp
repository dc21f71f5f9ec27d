#include "domain/resource_shelf.h"

#include <cmath>

#include "domain/text_rules.h"

namespace cg {

Result<ShelfReview> checked(ShelfReview review) {
  std::vector<FieldError> errors;
  if (review.rating && (*review.rating < 1 || *review.rating > 5)) {
    errors.push_back({"rating", "Rate it from 1 (not useful) to 5 (very useful), or leave it unrated."});
  }
  if (review.lessons) {
    review.lessons = text::trim(*review.lessons);
    if (review.lessons->empty()) {
      review.lessons.reset();
    } else if (auto problem = text::check_text(*review.lessons, 1, kLessonsMax, text::Lines::multi)) {
      errors.push_back({"lessons", *problem});
    }
  }
  if (review.lessons_public && !review.lessons) {
    errors.push_back({"lessons_public", "Write what you learned before sharing it."});
  }
  if (!errors.empty()) return Error::invalid(std::move(errors));
  return review;
}

Usefulness usefulness_of(const std::vector<int>& ratings) {
  if (ratings.empty()) return {};
  double sum = 0;
  for (int r : ratings) sum += r;
  return {std::round(sum / static_cast<double>(ratings.size()) * 10.0) / 10.0, static_cast<int>(ratings.size())};
}

}  // namespace cg
