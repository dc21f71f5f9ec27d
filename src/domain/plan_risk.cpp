#include "domain/plan_risk.h"

#include "domain/plan.h"
#include "domain/text_rules.h"

namespace cg {

std::string_view to_key(RiskStatus status) {
  switch (status) {
    case RiskStatus::open:
      return "open";
    case RiskStatus::watching:
      return "watching";
    case RiskStatus::occurred:
      return "occurred";
    case RiskStatus::closed:
      return "closed";
  }
  return "open";
}

std::optional<RiskStatus> risk_status_from_key(std::string_view key) {
  for (auto s : {RiskStatus::open, RiskStatus::watching, RiskStatus::occurred, RiskStatus::closed}) {
    if (to_key(s) == key) return s;
  }
  return std::nullopt;
}

RiskFields normalized(RiskFields fields) {
  fields.title = text::trim(fields.title);
  fields.description = text::trimmed_or_absent(fields.description);
  fields.trigger = text::trimmed_or_absent(fields.trigger);
  fields.response = text::trimmed_or_absent(fields.response);
  return fields;
}

std::vector<FieldError> validate(const RiskFields& f) {
  std::vector<FieldError> errors;
  if (auto problem = text::check_text(f.title, 1, kPlanTitleMax, text::Lines::single)) errors.push_back({"title", *problem});
  const std::pair<const char*, const std::optional<std::string>*> texts[] = {
      {"description", &f.description}, {"trigger", &f.trigger}, {"response", &f.response}};
  for (const auto& [name, value] : texts) {
    if (*value) {
      if (auto problem = text::check_text(**value, 1, kPlanTextMax, text::Lines::multi)) errors.push_back({name, *problem});
    }
  }
  if (f.likelihood < 1 || f.likelihood > 5) errors.push_back({"likelihood", "Rate the likelihood from 1 (rare) to 5 (almost certain)."});
  if (f.impact < 1 || f.impact > 5) errors.push_back({"impact", "Rate the impact from 1 (minor) to 5 (severe)."});
  return errors;
}

std::string_view to_key(RiskLevel level) {
  switch (level) {
    case RiskLevel::low:
      return "low";
    case RiskLevel::medium:
      return "medium";
    case RiskLevel::high:
      return "high";
  }
  return "low";
}

RiskLevel risk_level(int likelihood, int impact) {
  const int score = likelihood * impact;
  if (score >= 15) return RiskLevel::high;
  if (score >= 8) return RiskLevel::medium;
  return RiskLevel::low;
}

RiskGrid risk_grid(const std::vector<RiskFields>& risks) {
  RiskGrid grid;
  for (const auto& r : risks) {
    if (r.status == RiskStatus::closed || r.likelihood < 1 || r.likelihood > 5 || r.impact < 1 || r.impact > 5) continue;
    ++grid.counts[static_cast<std::size_t>(r.likelihood - 1)][static_cast<std::size_t>(r.impact - 1)];
  }
  return grid;
}

}  // namespace cg
