// The first step of every edit: normalise the fields and validate them, refusing with every
// problem at once.
#pragma once

#include <utility>

#include "domain/result.h"

namespace cg::app {

// `normalized` and `validate` are the domain's overloads for each kind of fields.
template <typename Fields>
Result<Fields> checked(Fields fields) {
  fields = normalized(std::move(fields));
  if (auto errors = validate(fields); !errors.empty()) return Error::invalid(std::move(errors));
  return fields;
}

}  // namespace cg::app
