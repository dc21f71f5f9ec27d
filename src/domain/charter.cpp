#include "domain/charter.h"

#include <array>

#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::array<std::pair<CharterStatus, std::string_view>, 4> kStatuses = {{
    {CharterStatus::draft, "draft"},
    {CharterStatus::proposed, "proposed"},
    {CharterStatus::adopted, "adopted"},
    {CharterStatus::superseded, "superseded"},
}};

void check_statement(std::vector<FieldError>& errors, const char* field, const std::string& value, std::size_t max) {
  if (auto problem = text::check_characters(value, text::Lines::multi)) {
    errors.push_back({field, *problem});
  } else if (auto length = text::check_length(value, 0, max)) {
    errors.push_back({field, *length});
  }
}

}  // namespace

std::string_view to_key(CharterStatus status) {
  for (const auto& [s, key] : kStatuses) {
    if (s == status) return key;
  }
  return "draft";
}

std::optional<CharterStatus> charter_status_from_key(std::string_view key) {
  for (const auto& [s, k] : kStatuses) {
    if (k == key) return s;
  }
  return std::nullopt;
}

CharterText normalized(CharterText text) {
  text.mission = text::trim(text.mission);
  text.vision = text::trim(text.vision);
  std::vector<std::string> values;
  for (const auto& value : text.values) {
    auto trimmed = text::trim(value);
    if (!trimmed.empty()) values.push_back(std::move(trimmed));
  }
  text.values = std::move(values);
  return text;
}

std::vector<FieldError> validate_draft(const CharterText& t) {
  std::vector<FieldError> errors;
  check_statement(errors, "mission", t.mission, kCharterStatementMax);
  check_statement(errors, "vision", t.vision, kCharterStatementMax);
  if (t.values.size() > kCharterValuesMax) {
    errors.push_back({"values", "List at most " + std::to_string(kCharterValuesMax) + " values."});
  }
  for (const auto& value : t.values) {
    if (auto problem = text::check_characters(value, text::Lines::single)) {
      errors.push_back({"values", *problem});
    } else if (auto length = text::check_length(value, 1, kCharterValueMax)) {
      errors.push_back({"values", *length});
    }
  }
  return errors;
}

std::vector<FieldError> validate_for_proposal(const CharterText& t) {
  auto errors = validate_draft(t);
  if (t.mission.empty()) errors.push_back({"mission", "Write the mission before proposing the charter."});
  if (t.vision.empty()) errors.push_back({"vision", "Write the vision before proposing the charter."});
  if (t.values.empty()) errors.push_back({"values", "List at least one value before proposing the charter."});
  return errors;
}

std::optional<std::string> transition_refusal(CharterStatus from, CharterStatus to) {
  const bool allowed = (from == CharterStatus::draft && to == CharterStatus::proposed) ||
                       (from == CharterStatus::proposed && to == CharterStatus::adopted) ||
                       (from == CharterStatus::proposed && to == CharterStatus::draft) ||
                       (from == CharterStatus::adopted && to == CharterStatus::superseded);
  if (allowed) return std::nullopt;
  std::string reason = "This charter version is ";
  reason += to_key(from);
  reason += " and cannot become ";
  reason += to_key(to);
  reason += ".";
  if (from == CharterStatus::draft && to == CharterStatus::adopted) reason += " Propose it to the members first.";
  return reason;
}

std::string values_as_text(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) {
    out += value;
    out += '\n';
  }
  return out;
}

}  // namespace cg
