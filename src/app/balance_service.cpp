#include "app/balance_service.h"

#include "app/partnership_gate.h"
#include "domain/time_format.h"
#include "store/membership_repository.h"
#include "store/store.h"

namespace cg::app {

BalanceRules balance_rules(const Partnership& partnership) {
  BalanceRules rules;
  rules.essential_sectors = partnership.fields.essential_sectors;
  return rules;
}

BalanceReport balance_on(store::Connection& c, const Partnership& partnership, Day day) {
  const auto history = store::MembershipRepository(c).history(partnership.id);
  const auto members = members_on(history, day);
  return analyse_balance(members, balance_rules(partnership));
}

Day BalanceService::today() const { return utc_day(clock_()); }

Result<BalanceReport> BalanceService::balance(std::int64_t partnership_id, std::optional<Day> at, const User& viewer) {
  return store_.read([&](store::Connection& c) -> Result<BalanceReport> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    return balance_on(c, access->partnership(), at.value_or(today()));
  });
}

Result<std::vector<BalanceTrendPoint>> BalanceService::trend(std::int64_t partnership_id, std::optional<Day> from,
                                                             std::optional<Day> to, int points, const User& viewer) {
  const Day last = to.value_or(today());
  const Day first = from.value_or(last - std::chrono::days(365));
  if (first > last) return Error::invalid_field("from", "Must be on or before the end date.");
  if (points < 2 || points > kMaxTrendPoints) {
    return Error::invalid_field("points", "Must be between 2 and " + std::to_string(kMaxTrendPoints) + ".");
  }
  std::vector<Day> days;
  const auto span = (last - first).count();
  for (int i = 0; i < points; ++i) days.push_back(first + std::chrono::days(span * i / (points - 1)));
  return store_.read([&](store::Connection& c) -> Result<std::vector<BalanceTrendPoint>> {
    auto access = enter_partnership(c, partnership_id, viewer, PartnershipAction::view_workspace);
    if (!access) return std::move(access).error();
    const auto history = store::MembershipRepository(c).history(partnership_id);
    return balance_trend(history, days);
  });
}

}  // namespace cg::app
