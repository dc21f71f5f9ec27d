// Repeating meetings: every week, every N weeks, or every N months on the same weekday of the
// month ("the third Tuesday", "the last Thursday"). Expansion works on local calendar dates; the
// time of day and the zone are applied afterwards (zoned_time.h), so a 6 pm meeting stays at
// 6 pm when daylight saving time starts or ends. Pure: no I/O.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/error.h"

namespace cg {

using Day = std::chrono::sys_days;

enum class RepeatKind { weekly, monthly_weekday };
std::string_view to_key(RepeatKind kind);
std::optional<RepeatKind> repeat_kind_from_key(std::string_view key);

struct Recurrence {
  RepeatKind kind = RepeatKind::weekly;
  int interval = 1;            // every `interval` weeks (weekly) or months (monthly)
  bool last_weekday = false;   // monthly: "the last Thursday" even when the first date is the 4th
  std::optional<Day> until;    // the last date a meeting may fall on, inclusive
  std::optional<int> count;    // or this many meetings in all
  bool operator==(const Recurrence&) const = default;
};

inline constexpr int kRecurrenceIntervalMax = 12;
inline constexpr int kRecurrenceCountMax = 520;  // ten years of weekly meetings

// Field names are prefixed with "recurrence." as the API nests them.
std::vector<FieldError> validate(const Recurrence& rule, Day first);

// The dates the series starting on `first` meets on within [from, to], in order. `first` is always
// the first meeting; `rule` must be valid for it.
std::vector<Day> occurrences(Day first, const Recurrence& rule, Day from, Day to);

// Which week of its month a date is in, as the monthly rule reads it: 1..4, or 5 for the fifth
// (which the rule treats as "last").
int week_of_month(Day day);

}  // namespace cg
