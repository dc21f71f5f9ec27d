// Site-wide settings an admin changes at run time (the sign-in notice, whether every account
// needs a second factor). Stored as text by key; absent keys mean "use the default".
#pragma once

#include <optional>
#include <string>

#include "store/connection.h"

namespace cg::store {

class SiteSettingsRepository {
 public:
  explicit SiteSettingsRepository(Connection& connection) : c_(connection) {}

  std::optional<std::string> get(const std::string& key);
  void put(const std::string& key, const std::string& value);

 private:
  Connection& c_;
};

}  // namespace cg::store
