#include "domain/organization.h"

#include <array>

#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::array kKinds = {
    OrganizationKindInfo{OrganizationKind::agency, "agency", "Government agency or department"},
    OrganizationKindInfo{OrganizationKind::nonprofit, "nonprofit", "Nonprofit organization"},
    OrganizationKindInfo{OrganizationKind::business, "business", "Business"},
    OrganizationKindInfo{OrganizationKind::faith_congregation, "faith_congregation",
                         "Faith congregation"},
    OrganizationKindInfo{OrganizationKind::school, "school", "School or college"},
    OrganizationKindInfo{OrganizationKind::association, "association", "Association"},
    OrganizationKindInfo{OrganizationKind::informal_group, "informal_group", "Informal group"},
    OrganizationKindInfo{OrganizationKind::other, "other", "Other"},
};

std::optional<std::string> normalized_optional(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  auto trimmed = text::trim(*value);
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

void check_optional(std::vector<FieldError>& errors, std::string_view field,
                    const std::optional<std::string>& value,
                    std::optional<std::string> (*rule)(std::string_view)) {
  if (!value) return;
  if (auto problem = text::check_characters(*value, text::Lines::single)) {
    errors.push_back({std::string(field), *problem});
  } else if (auto shape = rule(*value)) {
    errors.push_back({std::string(field), *shape});
  }
}

}  // namespace

std::span<const OrganizationKindInfo> all_organization_kinds() { return kKinds; }

std::string_view to_key(OrganizationKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.key;
  }
  return "other";
}

std::optional<OrganizationKind> organization_kind_from_key(std::string_view key) {
  for (const auto& k : kKinds) {
    if (k.key == key) return k.kind;
  }
  return std::nullopt;
}

OrganizationFields normalized(OrganizationFields fields) {
  fields.name = text::trim(fields.name);
  fields.website = normalized_optional(fields.website);
  fields.phone = normalized_optional(fields.phone);
  fields.email = normalized_optional(fields.email);
  fields.notes = normalized_optional(fields.notes);
  return fields;
}

std::vector<FieldError> validate(const OrganizationFields& fields) {
  std::vector<FieldError> errors;
  if (auto problem = text::check_length(fields.name, 1, kOrganizationNameMax)) {
    errors.push_back({"name", *problem});
  } else if (auto chars = text::check_characters(fields.name, text::Lines::single)) {
    errors.push_back({"name", *chars});
  }
  check_optional(errors, "website", fields.website, &text::check_web_link);
  check_optional(errors, "phone", fields.phone, &text::check_phone);
  check_optional(errors, "email", fields.email, &text::check_email);
  if (fields.notes) {
    if (auto problem = text::check_length(*fields.notes, 0, kOrganizationNotesMax)) {
      errors.push_back({"notes", *problem});
    } else if (auto chars = text::check_characters(*fields.notes, text::Lines::multi)) {
      errors.push_back({"notes", *chars});
    }
  }
  return errors;
}

OrganizationFields apply(const OrganizationPatch& patch, OrganizationFields fields) {
  if (patch.name) fields.name = *patch.name;
  if (patch.sector) fields.sector = *patch.sector;
  if (patch.kind) fields.kind = *patch.kind;
  if (patch.website) fields.website = *patch.website;
  if (patch.phone) fields.phone = *patch.phone;
  if (patch.email) fields.email = *patch.email;
  if (patch.notes) fields.notes = *patch.notes;
  return fields;
}

std::string name_key(std::string_view name) { return text::ascii_lower(text::trim(name)); }

}  // namespace cg
