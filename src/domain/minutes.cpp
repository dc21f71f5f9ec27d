#include "domain/minutes.h"

#include "domain/key_table.h"
#include "domain/text_rules.h"

namespace cg {
namespace {

constexpr std::pair<MinutesStatus, std::string_view> kStatuses[] = {
    {MinutesStatus::draft, "draft"}, {MinutesStatus::circulated, "circulated"}, {MinutesStatus::approved, "approved"}};

}  // namespace

std::string_view to_key(MinutesStatus status) { return key_of(kStatuses, status); }
std::optional<MinutesStatus> minutes_status_from_key(std::string_view key) { return from_key(kStatuses, key); }

std::optional<std::string> minutes_problem(std::string_view markdown) {
  if (text::length(markdown) > kMinutesMaxCharacters) {
    return "Minutes can be at most 100,000 characters; attach long documents as links instead.";
  }
  return text::check_characters(markdown, text::Lines::multi);
}

std::optional<std::string> minutes_move_refusal(MinutesStatus from, MinutesStatus to) {
  if (from == MinutesStatus::approved) return "These minutes are approved; they no longer change.";
  if (from == to) return "The minutes are already " + std::string(to_key(to)) + ".";
  if (from == MinutesStatus::draft && to == MinutesStatus::approved) {
    return "Circulate the minutes first, so members can comment before they are approved.";
  }
  return std::nullopt;
}

std::optional<std::string> minutes_edit_refusal(MinutesStatus status) {
  if (status == MinutesStatus::approved) return "These minutes are approved; they no longer change.";
  return std::nullopt;
}

}  // namespace cg
