// What every plan service (tree, registers, reviews) shares: fields checked the same way
// (checked_fields.h), and the missing item named the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "app/checked_fields.h"
#include "domain/plain_words.h"
#include "domain/result.h"

namespace cg::app {

inline Error not_in_plan(std::string_view what, std::int64_t id) {
  return Error::make(ErrorKind::not_found, words::cat("There is no ", what, " with id ", std::to_string(id), " in this plan."));
}

}  // namespace cg::app
