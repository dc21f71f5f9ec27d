#include "store/site_settings_repository.h"

namespace cg::store {

std::optional<std::string> SiteSettingsRepository::get(const std::string& key) {
  const auto rows = c_.query("SELECT value FROM site_settings WHERE key = $1", {key});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

void SiteSettingsRepository::put(const std::string& key, const std::string& value) {
  // Both engines support this upsert form.
  c_.query("INSERT INTO site_settings (key, value) VALUES ($1, $2) "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
           {key, value});
}

}  // namespace cg::store
