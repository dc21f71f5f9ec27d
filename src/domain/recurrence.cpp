#include "domain/recurrence.h"

#include <algorithm>

#include "domain/key_table.h"

namespace cg {
namespace {

using namespace std::chrono;

constexpr std::pair<RepeatKind, std::string_view> kRepeatKinds[] = {{RepeatKind::weekly, "weekly"},
                                                                     {RepeatKind::monthly_weekday, "monthly_weekday"}};

bool is_last_of_month(Day day) {
  const year_month_day ymd{day};
  return Day{ymd} + days(7) > Day{ymd.year() / ymd.month() / last};
}

// The k-th meeting of a monthly series (k = 0 is `first`).
Day monthly(Day first, const Recurrence& rule, long k) {
  const year_month_day ymd{first};
  const weekday wd{first};
  const auto ym = year_month{ymd.year(), ymd.month()} + months(k * rule.interval);
  const int n = week_of_month(first);
  if (rule.last_weekday || n == 5) return Day{ym.year() / ym.month() / wd[last]};
  return Day{ym.year() / ym.month() / wd[static_cast<unsigned>(n)]};
}

}  // namespace

std::string_view to_key(RepeatKind kind) { return key_of(kRepeatKinds, kind); }
std::optional<RepeatKind> repeat_kind_from_key(std::string_view key) { return from_key(kRepeatKinds, key); }

int week_of_month(Day day) {
  const year_month_day ymd{day};
  return static_cast<int>((static_cast<unsigned>(ymd.day()) - 1) / 7 + 1);
}

std::vector<FieldError> validate(const Recurrence& rule, Day first) {
  std::vector<FieldError> errors;
  if (rule.interval < 1 || rule.interval > kRecurrenceIntervalMax) {
    errors.push_back({"recurrence.interval", "Repeat every 1 to 12 weeks or months."});
  }
  if (rule.until && rule.count) {
    errors.push_back({"recurrence.count", "Choose either an end date or a number of meetings, not both."});
  }
  if (rule.until && *rule.until < first) {
    errors.push_back({"recurrence.until", "The series must end on or after its first meeting."});
  }
  if (rule.until && *rule.until > first + years(10)) {
    errors.push_back({"recurrence.until", "Plan at most ten years ahead."});
  }
  if (rule.count && (*rule.count < 1 || *rule.count > kRecurrenceCountMax)) {
    errors.push_back({"recurrence.count", "Choose from 1 to 520 meetings."});
  }
  if (rule.last_weekday && (rule.kind != RepeatKind::monthly_weekday || !is_last_of_month(first))) {
    errors.push_back({"recurrence.last_weekday",
                      "Only a monthly series whose first meeting is in the last week of its month can repeat on the "
                      "last weekday."});
  }
  return errors;
}

std::vector<Day> occurrences(Day first, const Recurrence& rule, Day from, Day to) {
  std::vector<Day> out;
  const long limit = rule.count ? *rule.count : kRecurrenceCountMax * 10L;
  const Day end = rule.until ? std::min(to, *rule.until) : to;
  if (end < first || end < from) return out;
  if (rule.kind == RepeatKind::weekly) {
    const long step = 7L * rule.interval;
    // Jump straight to the first meeting on or after `from`.
    long k = from > first ? ((from - first).count() + step - 1) / step : 0;
    for (; k < limit; ++k) {
      const Day day = first + days(k * step);
      if (day > end) break;
      out.push_back(day);
    }
    return out;
  }
  const year_month_day a{first}, b{from};
  const long months_apart = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12L +
                            (static_cast<long>(static_cast<unsigned>(b.month())) - static_cast<unsigned>(a.month()));
  long k = std::max(0L, months_apart / rule.interval - 1);
  for (; k < limit; ++k) {
    const Day day = monthly(first, rule, k);
    if (day > end) break;
    if (day >= from) out.push_back(day);
  }
  return out;
}

}  // namespace cg
