// A community-policing partnership: the agency and its partners around one table, for an area
// and a set of problems. Members, charter and plan hang off it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/sector.h"

namespace cg {

enum class PartnershipStatus { forming, active, paused, closed };
enum class Visibility { public_profile, members_only };

struct PartnershipStatusInfo {
  PartnershipStatus status;
  std::string_view key;
  std::string_view label;
};
struct VisibilityInfo {
  Visibility visibility;
  std::string_view key;
  std::string_view label;
};

std::span<const PartnershipStatusInfo> all_partnership_statuses();
std::string_view to_key(PartnershipStatus status);
std::optional<PartnershipStatus> partnership_status_from_key(std::string_view key);
std::span<const VisibilityInfo> all_visibilities();
std::string_view to_key(Visibility visibility);
std::optional<Visibility> visibility_from_key(std::string_view key);

struct PartnershipFields {
  std::string name;
  std::optional<std::string> short_name;
  std::optional<std::string> area_served;
  std::optional<std::string> area_geojson;  // a GeoJSON Polygon or MultiPolygon, checked at the edge
  std::vector<std::string> focus_problems;
  std::optional<std::string> description;
  PartnershipStatus status = PartnershipStatus::forming;
  Visibility visibility = Visibility::members_only;
  int review_cadence_days = 90;
  std::vector<Sector> essential_sectors;
  bool operator==(const PartnershipFields&) const = default;
};

struct Partnership {
  std::int64_t id = 0;
  PartnershipFields fields;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct PartnershipPatch {
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> short_name;
  std::optional<std::optional<std::string>> area_served;
  std::optional<std::optional<std::string>> area_geojson;
  std::optional<std::vector<std::string>> focus_problems;
  std::optional<std::optional<std::string>> description;
  std::optional<PartnershipStatus> status;
  std::optional<Visibility> visibility;
  std::optional<int> review_cadence_days;
  std::optional<std::vector<Sector>> essential_sectors;
};

inline constexpr std::size_t kPartnershipNameMax = 200;
inline constexpr std::size_t kShortNameMax = 40;
inline constexpr std::size_t kFocusProblemsMax = 20;
inline constexpr int kReviewCadenceMaxDays = 730;

// Trims text, drops blank optional fields and blank focus problems, removes repeated sectors.
PartnershipFields normalized(PartnershipFields fields);
// Every problem at once; empty when valid. Expects normalized input.
std::vector<FieldError> validate(const PartnershipFields& fields);
PartnershipFields apply(const PartnershipPatch& patch, PartnershipFields fields);

}  // namespace cg
