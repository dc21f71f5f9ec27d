// The sector taxonomy a partnership's members are drawn from (DESIGN.md). Balance analysis,
// filters and the UI all use these keys; labels are the plain-words English names.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cg {

enum class Sector {
  law_enforcement,
  health_social_services,
  public_health,
  government,
  courts_corrections,
  faith,
  business,
  private_security,
  schools_education,
  residents_neighborhood,
  youth,
  nonprofits_advocacy,
  media,
  other,
};

struct SectorInfo {
  Sector sector;
  std::string_view key;    // stable API value, e.g. "faith"
  std::string_view label;  // what people read, e.g. "Faith groups"
};

// All sectors in display order.
std::span<const SectorInfo> all_sectors();

std::string_view to_key(Sector sector);
std::string_view to_label(Sector sector);
// Returns nullopt for keys outside the taxonomy (callers report a 400 naming the field).
std::optional<Sector> sector_from_key(std::string_view key);

}  // namespace cg
