#include "domain/plan_resource.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "domain/key_table.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::pair<ResourceEntry, std::string_view> kEntries[] = {{ResourceEntry::need, "need"},
                                                                   {ResourceEntry::commitment, "commitment"}};
constexpr std::pair<ResourceKind, std::string_view> kKinds[] = {
    {ResourceKind::funding, "funding"}, {ResourceKind::staff_hours, "staff_hours"}, {ResourceKind::in_kind, "in_kind"}};
constexpr std::pair<ResourcePeriod, std::string_view> kPeriods[] = {{ResourcePeriod::one_off, "one_off"},
                                                                    {ResourcePeriod::per_week, "per_week"},
                                                                    {ResourcePeriod::per_month, "per_month"},
                                                                    {ResourcePeriod::per_year, "per_year"}};

constexpr double kAmountMax = 1e12;

// Amounts are added up per kind, unit (ignoring case) and period.
using Measure = std::tuple<ResourceKind, std::string, ResourcePeriod>;
Measure measure_of(const ResourceFields& f) { return {f.kind, text::ascii_lower(f.unit), f.period}; }

// One total per group and measure; `describe(t, group)` fills in who the group is.
template <typename Group, typename Describe>
std::vector<ResourceTotal> totals(const std::map<std::pair<Group, Measure>, std::pair<double, double>>& sums,
                                  const std::map<Measure, std::string>& unit_as_written, Describe describe) {
  std::vector<ResourceTotal> out;
  for (const auto& [key, amounts] : sums) {
    const auto& [group, measure] = key;
    ResourceTotal t;
    describe(t, group);
    t.kind = std::get<0>(measure);
    t.unit = unit_as_written.at(measure);
    t.period = std::get<2>(measure);
    t.committed = amounts.first;
    t.used = amounts.second;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::string_view to_key(ResourceEntry entry) { return key_of(kEntries, entry); }
std::string_view to_key(ResourceKind kind) { return key_of(kKinds, kind); }
std::string_view to_key(ResourcePeriod period) { return key_of(kPeriods, period); }
std::optional<ResourceEntry> resource_entry_from_key(std::string_view key) { return from_key(kEntries, key); }
std::optional<ResourceKind> resource_kind_from_key(std::string_view key) { return from_key(kKinds, key); }
std::optional<ResourcePeriod> resource_period_from_key(std::string_view key) { return from_key(kPeriods, key); }

ResourceFields normalized(ResourceFields fields) {
  fields.description = text::trim(fields.description);
  fields.unit = text::trim(fields.unit);
  if (fields.entry == ResourceEntry::need) {
    fields.membership_id.reset();
    fields.used = 0;
    fields.committed_on.reset();
  }
  return fields;
}

std::vector<FieldError> validate(const ResourceFields& f) {
  std::vector<FieldError> errors;
  if (auto problem = text::check_text(f.description, 1, kPlanTitleMax, text::Lines::single)) {
    errors.push_back({"description", *problem});
  }
  if (auto problem = text::check_text(f.unit, 1, 40, text::Lines::single)) errors.push_back({"unit", *problem});
  if (!std::isfinite(f.amount) || f.amount <= 0 || f.amount > kAmountMax) {
    errors.push_back({"amount", "Enter an amount greater than 0."});
  }
  if (!std::isfinite(f.used) || f.used < 0 || f.used > kAmountMax) {
    errors.push_back({"used", "Enter how much has been used so far, 0 or more."});
  }
  if (f.entry == ResourceEntry::commitment && !f.membership_id) {
    errors.push_back({"membership_id", "Say which partner makes this commitment."});
  }
  return errors;
}

ResourceSummary summarize(const std::vector<ResourceFacts>& resources, Day today) {
  ResourceSummary out;
  // Partners are told apart by their seat: two members may share a name.
  std::map<std::pair<std::optional<std::int64_t>, Measure>, std::pair<double, double>> by_partner;
  std::map<std::optional<std::int64_t>, std::string> partner_names;
  std::map<std::pair<std::string, Measure>, std::pair<double, double>> by_sector;
  std::map<Measure, std::pair<double, double>> need_and_commitment;
  std::map<Measure, std::string> unit_as_written;
  for (const auto& r : resources) {
    const auto& f = r.fields;
    const auto measure = measure_of(f);
    unit_as_written.try_emplace(measure, f.unit);
    auto& balance = need_and_commitment[measure];
    if (f.entry == ResourceEntry::need) {
      balance.first += f.amount;
      continue;
    }
    balance.second += f.amount;
    partner_names.try_emplace(f.membership_id, r.partner);
    auto& partner = by_partner[{f.membership_id, measure}];
    partner.first += f.amount;
    partner.second += f.used;
    if (r.sector) {
      auto& sector = by_sector[{std::string(to_key(*r.sector)), measure}];
      sector.first += f.amount;
      sector.second += f.used;
    }
    if (f.used == 0 && f.committed_on && (today - *f.committed_on).count() > kUnusedCommitmentDays) {
      out.unused.push_back(r.id);
    }
  }
  out.by_partner = totals(by_partner, unit_as_written, [&](ResourceTotal& t, const std::optional<std::int64_t>& id) {
    t.group = partner_names.at(id);
    t.membership_id = id;
  });
  std::stable_sort(out.by_partner.begin(), out.by_partner.end(),
                   [](const ResourceTotal& a, const ResourceTotal& b) { return a.group < b.group; });
  out.by_sector = totals(by_sector, unit_as_written, [](ResourceTotal& t, const std::string& key) { t.group = key; });
  for (const auto& [measure, balance] : need_and_commitment) {
    if (balance.first == 0) continue;
    ResourceGap gap;
    gap.kind = std::get<0>(measure);
    gap.unit = unit_as_written.at(measure);
    gap.period = std::get<2>(measure);
    gap.needed = balance.first;
    gap.committed = balance.second;
    gap.shortfall = std::max(0.0, balance.first - balance.second);
    out.gaps.push_back(std::move(gap));
  }
  return out;
}

}  // namespace cg
