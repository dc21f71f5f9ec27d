// The two answers every versioned edit can get: no version sent (428), or someone saved first
// (412). One wording for every kind of record.
#pragma once

#include <string>
#include <string_view>

#include "domain/error.h"

namespace cg::app {

inline Error version_required() {
  return Error::make(ErrorKind::precondition_required,
                     "Send the version you edited in an If-Match header, so no one's changes are lost.");
}

// `what` names the record, e.g. "this activity".
inline Error edited_by_someone_else(std::string_view what) {
  std::string detail = "Someone else changed ";
  detail += what;
  detail += " after you opened it. Review it and try again.";
  return Error::make(ErrorKind::precondition_failed, std::move(detail));
}

}  // namespace cg::app
