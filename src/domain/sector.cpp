#include "domain/sector.h"

#include <array>

namespace cg {
namespace {

constexpr std::array kSectors = {
    SectorInfo{Sector::law_enforcement, "law_enforcement", "Law enforcement"},
    SectorInfo{Sector::health_social_services, "health_social_services",
               "Health and social services"},
    SectorInfo{Sector::public_health, "public_health", "Public health"},
    SectorInfo{Sector::government, "government", "Government"},
    SectorInfo{Sector::courts_corrections, "courts_corrections", "Courts and corrections"},
    SectorInfo{Sector::faith, "faith", "Faith groups"},
    SectorInfo{Sector::business, "business", "Business"},
    SectorInfo{Sector::private_security, "private_security", "Private security"},
    SectorInfo{Sector::schools_education, "schools_education", "Schools and education"},
    SectorInfo{Sector::residents_neighborhood, "residents_neighborhood",
               "Residents and neighborhood groups"},
    SectorInfo{Sector::youth, "youth", "Youth"},
    SectorInfo{Sector::nonprofits_advocacy, "nonprofits_advocacy", "Nonprofits and advocacy"},
    SectorInfo{Sector::media, "media", "Media"},
    SectorInfo{Sector::other, "other", "Other"},
};

const SectorInfo& info(Sector sector) {
  for (const auto& s : kSectors) {
    if (s.sector == sector) return s;
  }
  return kSectors.back();  // unreachable: every enumerator is in the table (sector_test checks)
}

}  // namespace

std::span<const SectorInfo> all_sectors() { return kSectors; }
std::string_view to_key(Sector sector) { return info(sector).key; }
std::string_view to_label(Sector sector) { return info(sector).label; }

std::optional<Sector> sector_from_key(std::string_view key) {
  for (const auto& s : kSectors) {
    if (s.key == key) return s.sector;
  }
  return std::nullopt;
}

}  // namespace cg
