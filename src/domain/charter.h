// The partnership's charter: mission, vision and values, kept as numbered versions. A version is
// drafted, proposed to the members, and adopted by a lead; adopting supersedes the version before.
// Members endorse an adopted version: that endorsement is their recorded commitment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace cg {

enum class CharterStatus { draft, proposed, adopted, superseded };
std::string_view to_key(CharterStatus status);
std::optional<CharterStatus> charter_status_from_key(std::string_view key);

struct CharterText {
  std::string mission;
  std::string vision;
  std::vector<std::string> values;
  bool operator==(const CharterText&) const = default;
};

struct CharterVersion {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  int number = 0;
  CharterStatus status = CharterStatus::draft;
  CharterText text;
  std::optional<std::string> created_by_name;
  std::optional<std::string> proposed_at;
  std::optional<std::string> adopted_at;
  std::optional<std::string> adopted_by_name;
  std::int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

inline constexpr std::size_t kCharterStatementMax = 4000;
inline constexpr std::size_t kCharterValueMax = 300;
inline constexpr std::size_t kCharterValuesMax = 20;

// Trims every statement and drops blank values.
CharterText normalized(CharterText text);
// A draft may be unfinished, but never too long or with control characters.
std::vector<FieldError> validate_draft(const CharterText& text);
// What members are asked to agree to must be complete: a mission, a vision and at least one value.
std::vector<FieldError> validate_for_proposal(const CharterText& text);

// A plain-words reason when `from` cannot move to `to`; nullopt when the move is allowed.
// draft → proposed → adopted → superseded, and proposed → draft (sent back for more work).
std::optional<std::string> transition_refusal(CharterStatus from, CharterStatus to);

// The values list as one line per value, for comparing versions.
std::string values_as_text(const std::vector<std::string>& values);

}  // namespace cg
