#include "domain/partnership.h"

#include <algorithm>
#include <array>

#include "domain/key_table.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::array kStatuses = {
    PartnershipStatusInfo{PartnershipStatus::forming, "forming", "Forming"},
    PartnershipStatusInfo{PartnershipStatus::active, "active", "Active"},
    PartnershipStatusInfo{PartnershipStatus::paused, "paused", "Paused"},
    PartnershipStatusInfo{PartnershipStatus::closed, "closed", "Closed"},
};

constexpr std::array kVisibilities = {
    VisibilityInfo{Visibility::public_profile, "public", "Public profile"},
    VisibilityInfo{Visibility::members_only, "members", "Members only"},
};

void check_text(std::vector<FieldError>& errors, std::string field, const std::string& value, std::size_t min,
                std::size_t max, text::Lines lines) {
  if (auto problem = text::check_text(value, min, max, lines)) errors.push_back({std::move(field), *problem});
}

}  // namespace

std::span<const PartnershipStatusInfo> all_partnership_statuses() { return kStatuses; }
std::string_view to_key(PartnershipStatus status) {
  return info_for<PartnershipStatusInfo>(kStatuses, status, &PartnershipStatusInfo::status).key;
}
std::optional<PartnershipStatus> partnership_status_from_key(std::string_view key) {
  return enum_from_key<PartnershipStatusInfo>(kStatuses, key, &PartnershipStatusInfo::status);
}
std::span<const VisibilityInfo> all_visibilities() { return kVisibilities; }
std::string_view to_key(Visibility visibility) {
  return info_for<VisibilityInfo>(kVisibilities, visibility, &VisibilityInfo::visibility).key;
}
std::optional<Visibility> visibility_from_key(std::string_view key) {
  return enum_from_key<VisibilityInfo>(kVisibilities, key, &VisibilityInfo::visibility);
}

PartnershipFields normalized(PartnershipFields fields) {
  fields.name = text::trim(fields.name);
  fields.short_name = text::trimmed_or_absent(fields.short_name);
  fields.area_served = text::trimmed_or_absent(fields.area_served);
  fields.description = text::trimmed_or_absent(fields.description);
  std::vector<std::string> problems;
  for (const auto& problem : fields.focus_problems) {
    auto trimmed = text::trim(problem);
    if (!trimmed.empty() && std::find(problems.begin(), problems.end(), trimmed) == problems.end()) {
      problems.push_back(std::move(trimmed));
    }
  }
  fields.focus_problems = std::move(problems);
  std::vector<Sector> sectors;
  for (auto sector : fields.essential_sectors) {
    if (std::find(sectors.begin(), sectors.end(), sector) == sectors.end()) sectors.push_back(sector);
  }
  fields.essential_sectors = std::move(sectors);
  return fields;
}

std::vector<FieldError> validate(const PartnershipFields& f) {
  std::vector<FieldError> errors;
  check_text(errors, "name", f.name, 1, kPartnershipNameMax, text::Lines::single);
  if (f.short_name) check_text(errors, "short_name", *f.short_name, 1, kShortNameMax, text::Lines::single);
  if (f.area_served) check_text(errors, "area_served", *f.area_served, 1, 2000, text::Lines::multi);
  if (f.description) check_text(errors, "description", *f.description, 1, 10000, text::Lines::multi);
  if (f.focus_problems.size() > kFocusProblemsMax) {
    errors.push_back({"focus_problems", "List at most " + std::to_string(kFocusProblemsMax) + " focus problems."});
  }
  for (const auto& problem : f.focus_problems) {
    check_text(errors, "focus_problems", problem, 1, 200, text::Lines::single);
  }
  if (f.review_cadence_days < 7 || f.review_cadence_days > kReviewCadenceMaxDays) {
    errors.push_back({"review_cadence_days",
                      "Must be between 7 and " + std::to_string(kReviewCadenceMaxDays) + " days."});
  }
  return errors;
}

PartnershipFields apply(const PartnershipPatch& patch, PartnershipFields fields) {
  if (patch.name) fields.name = *patch.name;
  if (patch.short_name) fields.short_name = *patch.short_name;
  if (patch.area_served) fields.area_served = *patch.area_served;
  if (patch.area_geojson) fields.area_geojson = *patch.area_geojson;
  if (patch.focus_problems) fields.focus_problems = *patch.focus_problems;
  if (patch.description) fields.description = *patch.description;
  if (patch.status) fields.status = *patch.status;
  if (patch.visibility) fields.visibility = *patch.visibility;
  if (patch.review_cadence_days) fields.review_cadence_days = *patch.review_cadence_days;
  if (patch.essential_sectors) fields.essential_sectors = *patch.essential_sectors;
  return fields;
}

}  // namespace cg
