// A partner organisation: a police department, a clinic, a congregation, a school district, a
// neighborhood association. Partnerships draw their members from these (see membership, later).
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

enum class OrganizationKind {
  agency,              // a government agency or department
  nonprofit,
  business,
  faith_congregation,
  school,
  association,         // neighborhood, tenant, merchant or professional association
  informal_group,
  other,
};

struct OrganizationKindInfo {
  OrganizationKind kind;
  std::string_view key;
  std::string_view label;
};
std::span<const OrganizationKindInfo> all_organization_kinds();
std::string_view to_key(OrganizationKind kind);
std::optional<OrganizationKind> organization_kind_from_key(std::string_view key);

// What a person can edit. Optional contact fields are absent rather than empty.
struct OrganizationFields {
  std::string name;
  Sector sector = Sector::other;
  OrganizationKind kind = OrganizationKind::other;
  std::optional<std::string> website;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> notes;
  bool operator==(const OrganizationFields&) const = default;
};

struct Organization {
  std::int64_t id = 0;
  OrganizationFields fields;
  std::int64_t version = 1;  // bumped on every change; the ETag, checked by If-Match
  std::string created_at;    // UTC ISO-8601
  std::string updated_at;
};

// A partial update: only the members that are set change. For optional contact fields,
// an inner nullopt clears the field.
struct OrganizationPatch {
  std::optional<std::string> name;
  std::optional<Sector> sector;
  std::optional<OrganizationKind> kind;
  std::optional<std::optional<std::string>> website;
  std::optional<std::optional<std::string>> phone;
  std::optional<std::optional<std::string>> email;
  std::optional<std::optional<std::string>> notes;
};

inline constexpr std::size_t kOrganizationNameMax = 200;
inline constexpr std::size_t kOrganizationNotesMax = 10000;

// Trims text and turns blank optional fields into absent ones, so "  " never gets stored.
OrganizationFields normalized(OrganizationFields fields);

// Checks every field and returns all problems at once (empty when valid). Expects normalized input.
std::vector<FieldError> validate(const OrganizationFields& fields);

OrganizationFields apply(const OrganizationPatch& patch, OrganizationFields fields);

// The key organisations are listed and searched by: the name, ASCII-lower-cased.
std::string name_key(std::string_view name);

}  // namespace cg
