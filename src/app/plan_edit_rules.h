// What every plan service (tree, registers, reviews) does first with an edit: normalise and
// validate the fields, and name the missing item the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.h"
#include "domain/plain_words.h"

namespace cg::app {

inline Error not_in_plan(std::string_view what, std::int64_t id) {
  return Error::make(ErrorKind::not_found, words::cat("There is no ", what, " with id ", std::to_string(id), " in this plan."));
}

// `normalized` and `validate` are the domain's overloads for each kind of plan fields.
template <typename Fields>
Result<Fields> checked(Fields fields) {
  fields = normalized(std::move(fields));
  if (auto errors = validate(fields); !errors.empty()) return Error::invalid(std::move(errors));
  return fields;
}

}  // namespace cg::app
