// Resources for the plan: what activities need and what partners commit (funding, staff hours,
// in kind), with totals by partner and by sector and the gaps between needed and committed.
// Amounts are compared only within the same kind, unit and period: a one-off grant and a monthly
// stipend are not the same money. Pure: no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/plan.h"
#include "domain/sector.h"

namespace cg {

enum class ResourceEntry { need, commitment };
enum class ResourceKind { funding, staff_hours, in_kind };
enum class ResourcePeriod { one_off, per_week, per_month, per_year };
std::string_view to_key(ResourceEntry entry);
std::string_view to_key(ResourceKind kind);
std::string_view to_key(ResourcePeriod period);
std::optional<ResourceEntry> resource_entry_from_key(std::string_view key);
std::optional<ResourceKind> resource_kind_from_key(std::string_view key);
std::optional<ResourcePeriod> resource_period_from_key(std::string_view key);

struct ResourceFields {
  ResourceEntry entry = ResourceEntry::commitment;
  ResourceKind kind = ResourceKind::funding;
  std::string description;
  double amount = 0;
  std::string unit;  // "USD", "hours", "laptops"
  ResourcePeriod period = ResourcePeriod::one_off;
  std::optional<std::int64_t> membership_id;  // the partner who commits (commitments only)
  std::optional<std::int64_t> activity_id;    // what it is for, when it is for one activity
  double used = 0;                            // of a commitment, so far
  std::optional<Day> committed_on;
};

ResourceFields normalized(ResourceFields fields);
std::vector<FieldError> validate(const ResourceFields& fields);

// A resource with who stands behind it, for the summary.
struct ResourceFacts {
  std::int64_t id = 0;
  ResourceFields fields;
  std::string partner;           // display name of the member who committed; empty for needs
  std::optional<Sector> sector;  // that member's sector
};

struct ResourceTotal {
  std::string group;  // a partner's name, or a sector key
  std::optional<std::int64_t> membership_id;  // the partner's seat (by-partner totals only)
  ResourceKind kind = ResourceKind::funding;
  std::string unit;
  ResourcePeriod period = ResourcePeriod::one_off;
  double committed = 0;
  double used = 0;
};

struct ResourceGap {
  ResourceKind kind = ResourceKind::funding;
  std::string unit;
  ResourcePeriod period = ResourcePeriod::one_off;
  double needed = 0;
  double committed = 0;
  double shortfall = 0;  // needed − committed when positive, else 0
};

// A commitment nobody has drawn on this many days after it was made is worth asking about.
inline constexpr int kUnusedCommitmentDays = 60;

struct ResourceSummary {
  std::vector<ResourceTotal> by_partner;
  std::vector<ResourceTotal> by_sector;
  std::vector<ResourceGap> gaps;            // every kind/unit/period that has a need
  std::vector<std::int64_t> unused;         // commitments with nothing used after kUnusedCommitmentDays
};

ResourceSummary summarize(const std::vector<ResourceFacts>& resources, Day today);

}  // namespace cg
