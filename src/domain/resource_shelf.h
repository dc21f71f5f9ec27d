// A partnership's shelf of clearinghouse resources: what it thought of each one it used (a
// usefulness rating from 1 to 5 and a lessons-learned note, which it may share with every reader
// of the resource) and the library's usefulness across partnerships. Pure: no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/error.h"
#include "domain/result.h"

namespace cg {

inline constexpr std::size_t kLessonsMax = 4000;

struct ShelfReview {
  std::optional<int> rating;           // 1 not useful .. 5 very useful; absent: not rated yet
  std::optional<std::string> lessons;  // what the partnership learned using it (plain text)
  bool lessons_public = false;         // shown on the resource's page, under the partnership's name
};

// The review trimmed and checked, or every field's problem.
Result<ShelfReview> checked(ShelfReview review);

struct Usefulness {
  double average = 0;  // to one decimal; 0 when nobody rated it
  int ratings = 0;
  bool operator==(const Usefulness&) const = default;
};

Usefulness usefulness_of(const std::vector<int>& ratings);

}  // namespace cg
