// The keys of the reference tables several routes name in "Must be one of: ..." messages, built
// once.
#pragma once

#include <string>

#include "domain/partnership_role.h"
#include "domain/sector.h"
#include "http/json_io.h"

namespace cg::http {

inline const std::string& sector_keys() {
  static const std::string keys = keys_of(all_sectors());
  return keys;
}

inline const std::string& partnership_role_keys() {
  static const std::string keys = keys_of(all_partnership_roles());
  return keys;
}

}  // namespace cg::http
