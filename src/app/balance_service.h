// Balance analysis of a partnership's membership, now or at any past date, and its trend, from
// the membership history. Thread-safe; blocks on the database.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "app/clock.h"
#include "domain/balance.h"
#include "domain/partnership.h"
#include "domain/result.h"
#include "domain/user.h"
#include "store/connection.h"

namespace cg::store {
class Store;
}

namespace cg::app {

// The partnership's own rules: its essential sectors, the standard thresholds.
BalanceRules balance_rules(const Partnership& partnership);
BalanceReport balance_on(store::Connection& c, const Partnership& partnership, Day day);

inline constexpr int kMaxTrendPoints = 120;

class BalanceService {
 public:
  BalanceService(store::Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

  // `at` defaults to today (UTC). 404/403 as for the partnership's workspace.
  Result<BalanceReport> balance(std::int64_t partnership_id, std::optional<Day> at, const User& viewer);
  // `points` evenly spaced days from `from` to `to` inclusive (defaults: a year ago to today, 13
  // points). 400 when from is after to or points is outside 2..kMaxTrendPoints.
  Result<std::vector<BalanceTrendPoint>> trend(std::int64_t partnership_id, std::optional<Day> from,
                                               std::optional<Day> to, int points, const User& viewer);
  Day today() const;

 private:
  store::Store& store_;
  const Clock clock_;
};

}  // namespace cg::app
