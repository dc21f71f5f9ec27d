#include "domain/plan_resource.h"

#include <gtest/gtest.h>

#include <limits>
#include <map>
#include <set>
#include <sstream>

namespace cg {
namespace {

using namespace std::chrono;

const Day kToday = year_month_day{year{2026}, March, std::chrono::day{1}};

using Ids = std::vector<std::int64_t>;
using Lines = std::vector<std::string>;

// Grace Church (membership 4) gives 2000 USD once, for activity 31.
ResourceFields valid_commitment() {
  ResourceFields f;
  f.entry = ResourceEntry::commitment;
  f.kind = ResourceKind::funding;
  f.description = "Grant for the Elm Street lights";
  f.amount = 2000;
  f.unit = "USD";
  f.period = ResourcePeriod::one_off;
  f.membership_id = 4;
  f.activity_id = 31;
  f.used = 500;
  f.committed_on = kToday - days(10);
  return f;
}

ResourceFields valid_need() {
  ResourceFields f;
  f.entry = ResourceEntry::need;
  f.kind = ResourceKind::staff_hours;
  f.description = "Officers at the monthly walk";
  f.amount = 12;
  f.unit = "hours";
  f.period = ResourcePeriod::per_month;
  f.activity_id = 31;
  return f;
}

// The fields with problems, comma-separated, so an expectation reads like a sentence.
std::string problems(const ResourceFields& fields) {
  std::string out;
  for (const auto& e : validate(normalized(fields))) {
    if (!out.empty()) out += ',';
    out += e.field;
  }
  return out;
}

// ---- Keys ------------------------------------------------------------------------------------

TEST(ResourceKeys, EveryKeyRoundTripsAndIsUnique) {
  std::set<std::string_view> keys;
  for (auto e : {ResourceEntry::need, ResourceEntry::commitment}) {
    EXPECT_TRUE(keys.insert(to_key(e)).second) << to_key(e);
    EXPECT_EQ(resource_entry_from_key(to_key(e)), e);
  }
  for (auto k : {ResourceKind::funding, ResourceKind::staff_hours, ResourceKind::in_kind}) {
    EXPECT_TRUE(keys.insert(to_key(k)).second) << to_key(k);
    EXPECT_EQ(resource_kind_from_key(to_key(k)), k);
  }
  for (auto p : {ResourcePeriod::one_off, ResourcePeriod::per_week, ResourcePeriod::per_month,
                 ResourcePeriod::per_year}) {
    EXPECT_TRUE(keys.insert(to_key(p)).second) << to_key(p);
    EXPECT_EQ(resource_period_from_key(to_key(p)), p);
  }
  EXPECT_EQ(keys.size(), 9u);
}

TEST(ResourceKeys, TheKeysThemselves) {
  EXPECT_EQ(to_key(ResourceEntry::need), "need");
  EXPECT_EQ(to_key(ResourceEntry::commitment), "commitment");
  EXPECT_EQ(to_key(ResourceKind::funding), "funding");
  EXPECT_EQ(to_key(ResourceKind::staff_hours), "staff_hours");
  EXPECT_EQ(to_key(ResourceKind::in_kind), "in_kind");
  EXPECT_EQ(to_key(ResourcePeriod::one_off), "one_off");
  EXPECT_EQ(to_key(ResourcePeriod::per_week), "per_week");
  EXPECT_EQ(to_key(ResourcePeriod::per_month), "per_month");
  EXPECT_EQ(to_key(ResourcePeriod::per_year), "per_year");
}

TEST(ResourceKeys, UnknownKeysAreRefused) {
  EXPECT_FALSE(resource_entry_from_key("pledge").has_value());
  EXPECT_FALSE(resource_entry_from_key("Need").has_value());
  EXPECT_FALSE(resource_kind_from_key("staff-hours").has_value());
  EXPECT_FALSE(resource_kind_from_key("").has_value());
  EXPECT_FALSE(resource_period_from_key("monthly").has_value());
  EXPECT_FALSE(resource_period_from_key("one_off ").has_value());
  // Each family knows only its own keys.
  EXPECT_FALSE(resource_kind_from_key("need").has_value());
  EXPECT_FALSE(resource_period_from_key("funding").has_value());
}

// ---- Normalising -----------------------------------------------------------------------------

TEST(ResourceNormalized, TrimsDescriptionAndUnit) {
  auto f = valid_commitment();
  f.description = "  Grant for lights \n";
  f.unit = "\tUSD ";
  const auto n = normalized(f);
  EXPECT_EQ(n.description, "Grant for lights");
  EXPECT_EQ(n.unit, "USD");
}

TEST(ResourceNormalized, CommitmentKeepsItsPartnerUseAndDate) {
  const auto n = normalized(valid_commitment());
  EXPECT_EQ(n.membership_id, 4);
  EXPECT_EQ(n.used, 500);
  EXPECT_EQ(n.committed_on, kToday - days(10));
  EXPECT_EQ(n.activity_id, 31);
  EXPECT_EQ(n.amount, 2000);
}

TEST(ResourceNormalized, NeedDropsPartnerUseAndDate) {
  // A commitment turned into a need: what only a commitment has goes; what it is for stays.
  auto f = valid_commitment();
  f.entry = ResourceEntry::need;
  const auto n = normalized(f);
  EXPECT_EQ(n.membership_id, std::nullopt);
  EXPECT_EQ(n.used, 0);
  EXPECT_EQ(n.committed_on, std::nullopt);
  EXPECT_EQ(n.activity_id, 31);
  EXPECT_EQ(n.amount, 2000);
  EXPECT_EQ(n.unit, "USD");
  EXPECT_EQ(n.period, ResourcePeriod::one_off);
}

// ---- Validation ------------------------------------------------------------------------------

TEST(ResourceValidate, ValidFieldsHaveNoProblems) {
  EXPECT_EQ(problems(valid_commitment()), "");
  EXPECT_EQ(problems(valid_need()), "");
}

struct ResourceCase {
  const char* description;
  void (*mutate)(ResourceFields&);
  const char* fields_with_problems;
};

void PrintTo(const ResourceCase& c, std::ostream* out) { *out << c.description; }

class ResourceInvalid : public ::testing::TestWithParam<ResourceCase> {};

TEST_P(ResourceInvalid, NamesTheField) {
  auto f = valid_commitment();
  GetParam().mutate(f);
  EXPECT_EQ(problems(f), GetParam().fields_with_problems);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

INSTANTIATE_TEST_SUITE_P(
    Cases, ResourceInvalid,
    ::testing::Values(
        ResourceCase{"blank description", [](ResourceFields& f) { f.description = "  "; }, "description"},
        ResourceCase{"description of 200 characters",
                     [](ResourceFields& f) { f.description = std::string(200, 'd'); }, ""},
        ResourceCase{"description of 201 characters",
                     [](ResourceFields& f) { f.description = std::string(201, 'd'); }, "description"},
        ResourceCase{"description over two lines", [](ResourceFields& f) { f.description = "Grant\nfor lights"; },
                     "description"},
        ResourceCase{"blank unit", [](ResourceFields& f) { f.unit = "\t"; }, "unit"},
        ResourceCase{"unit of 40 characters", [](ResourceFields& f) { f.unit = std::string(40, 'u'); }, ""},
        ResourceCase{"unit of 41 characters", [](ResourceFields& f) { f.unit = std::string(41, 'u'); }, "unit"},
        ResourceCase{"unit with a control character", [](ResourceFields& f) { f.unit = "US\x01"; }, "unit"},
        ResourceCase{"amount 0", [](ResourceFields& f) { f.amount = 0; }, "amount"},
        ResourceCase{"amount negative", [](ResourceFields& f) { f.amount = -5; }, "amount"},
        ResourceCase{"amount a small fraction", [](ResourceFields& f) { f.amount = 0.01; }, ""},
        ResourceCase{"amount at the bound", [](ResourceFields& f) { f.amount = 1e12; }, ""},
        ResourceCase{"amount beyond the bound", [](ResourceFields& f) { f.amount = 1.5e12; }, "amount"},
        ResourceCase{"amount not a number", [](ResourceFields& f) { f.amount = kNaN; }, "amount"},
        ResourceCase{"amount infinite", [](ResourceFields& f) { f.amount = kInfinity; }, "amount"},
        ResourceCase{"nothing used yet", [](ResourceFields& f) { f.used = 0; }, ""},
        ResourceCase{"used negative", [](ResourceFields& f) { f.used = -0.5; }, "used"},
        ResourceCase{"used not a number", [](ResourceFields& f) { f.used = kNaN; }, "used"},
        ResourceCase{"used beyond the bound", [](ResourceFields& f) { f.used = 2e12; }, "used"},
        ResourceCase{"commitment without a partner", [](ResourceFields& f) { f.membership_id.reset(); },
                     "membership_id"},
        ResourceCase{"commitment without a date", [](ResourceFields& f) { f.committed_on.reset(); }, ""},
        ResourceCase{"commitment for no one activity", [](ResourceFields& f) { f.activity_id.reset(); }, ""},
        // A need has no partner, and whatever "used" it came with is dropped before it is checked.
        ResourceCase{"need without a partner",
                     [](ResourceFields& f) {
                       f.entry = ResourceEntry::need;
                       f.membership_id.reset();
                     },
                     ""},
        ResourceCase{"need with a stray negative use",
                     [](ResourceFields& f) {
                       f.entry = ResourceEntry::need;
                       f.used = -3;
                     },
                     ""},
        ResourceCase{"need of nothing",
                     [](ResourceFields& f) {
                       f.entry = ResourceEntry::need;
                       f.amount = 0;
                     },
                     "amount"},
        ResourceCase{"everything at once",
                     [](ResourceFields& f) {
                       f.description = "";
                       f.unit = "";
                       f.amount = 0;
                       f.used = -1;
                       f.membership_id.reset();
                     },
                     "description,unit,amount,used,membership_id"}));

TEST(ResourceValidate, MessagesInPlainWords) {
  auto f = valid_commitment();
  f.amount = 0;
  f.used = -1;
  f.membership_id.reset();
  const auto errors = validate(f);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], (FieldError{"amount", "Enter an amount greater than 0."}));
  EXPECT_EQ(errors[1], (FieldError{"used", "Enter how much has been used so far, 0 or more."}));
  EXPECT_EQ(errors[2], (FieldError{"membership_id", "Say which partner makes this commitment."}));
}

// ---- Summary ---------------------------------------------------------------------------------

std::string number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// "Grace Church: funding 2000/500 USD one_off" — committed/used.
Lines described(const std::vector<ResourceTotal>& totals) {
  Lines out;
  for (const auto& t : totals) {
    std::string line = t.group;
    line += ": ";
    line += to_key(t.kind);
    line += ' ';
    line += number(t.committed);
    line += '/';
    line += number(t.used);
    line += ' ';
    line += t.unit;
    line += ' ';
    line += to_key(t.period);
    out.push_back(line);
  }
  return out;
}

// "funding USD one_off: needed 5000, committed 4700, short 300".
Lines described(const std::vector<ResourceGap>& gaps) {
  Lines out;
  for (const auto& g : gaps) {
    std::string line(to_key(g.kind));
    line += ' ';
    line += g.unit;
    line += ' ';
    line += to_key(g.period);
    line += ": needed ";
    line += number(g.needed);
    line += ", committed ";
    line += number(g.committed);
    line += ", short ";
    line += number(g.shortfall);
    out.push_back(line);
  }
  return out;
}

ResourceFacts need(std::int64_t id, ResourceKind kind, double amount, std::string unit, ResourcePeriod period) {
  ResourceFacts r;
  r.id = id;
  r.fields.entry = ResourceEntry::need;
  r.fields.kind = kind;
  r.fields.description = "Needed";
  r.fields.amount = amount;
  r.fields.unit = std::move(unit);
  r.fields.period = period;
  return r;
}

// Committed by `partner` (of `sector`, if known) `days_ago` days before kToday (none: no date).
// Each partner name stands for one seat, as in a partnership where names are unique.
std::int64_t seat_of(const std::string& partner) {
  static std::map<std::string, std::int64_t> seats;
  return seats.try_emplace(partner, 100 + static_cast<std::int64_t>(seats.size())).first->second;
}

ResourceFacts committed(std::int64_t id, std::string partner, std::optional<Sector> sector, ResourceKind kind,
                        double amount, std::string unit, ResourcePeriod period, double used = 0,
                        std::optional<int> days_ago = 10) {
  ResourceFacts r;
  r.id = id;
  r.fields.entry = ResourceEntry::commitment;
  r.fields.kind = kind;
  r.fields.description = "Committed";
  r.fields.amount = amount;
  r.fields.unit = std::move(unit);
  r.fields.period = period;
  r.fields.membership_id = seat_of(partner);
  r.fields.used = used;
  if (days_ago) r.fields.committed_on = kToday - days(*days_ago);
  r.partner = std::move(partner);
  r.sector = sector;
  return r;
}

constexpr auto kFunding = ResourceKind::funding;
constexpr auto kHours = ResourceKind::staff_hours;
constexpr auto kInKind = ResourceKind::in_kind;
constexpr auto kOnce = ResourcePeriod::one_off;
constexpr auto kWeekly = ResourcePeriod::per_week;
constexpr auto kMonthly = ResourcePeriod::per_month;
constexpr auto kYearly = ResourcePeriod::per_year;

TEST(ResourceSummary, NothingRecordedNothingToSay) {
  const auto s = summarize({}, kToday);
  EXPECT_TRUE(s.by_partner.empty());
  EXPECT_TRUE(s.by_sector.empty());
  EXPECT_TRUE(s.gaps.empty());
  EXPECT_TRUE(s.unused.empty());
}

TEST(ResourceSummary, TotalsByPartnerAndSectorWithGapsAndUnusedCommitments) {
  const auto police = std::optional<Sector>(Sector::law_enforcement);
  const auto faith = std::optional<Sector>(Sector::faith);
  const auto business = std::optional<Sector>(Sector::business);
  const std::vector<ResourceFacts> resources = {
      need(1, kFunding, 5000, "USD", kOnce),
      committed(2, "Grace Church", faith, kFunding, 2000, "usd", kOnce, 500, 10),
      committed(3, "Eastside Police", police, kFunding, 1500, "USD", kOnce, 0, 61),   // unused: 61 days
      committed(4, "Grace Church", faith, kFunding, 300, "USD", kMonthly, 0, 60),     // 60 days: not yet
      committed(5, "Eastside Police", police, kHours, 40, "hours", kWeekly, 12, 100),
      need(6, kHours, 30, "Hours", kWeekly),
      committed(7, "Corner Grocers", business, kInKind, 10, "laptops", kOnce, 0, std::nullopt),  // no date
      committed(8, "Eastside Police", police, kFunding, 1000, "USD", kOnce, 1000, 200),  // all used
      need(9, kFunding, 600, "usd", kMonthly),
      committed(10, "Ana Ruiz", std::nullopt, kFunding, 200, "USD", kOnce, 50, 5),  // no sector known
  };
  const auto s = summarize(resources, kToday);

  // By partner, in name order. Units show as first written anywhere ("USD" by need 1, "hours" by
  // commitment 5), even for Grace Church, who wrote "usd".
  //   Eastside Police, funding once: 1500 + 1000 = 2500 committed, 0 + 1000 = 1000 used.
  EXPECT_EQ(described(s.by_partner), (Lines{
                                         "Ana Ruiz: funding 200/50 USD one_off",
                                         "Corner Grocers: in_kind 10/0 laptops one_off",
                                         "Eastside Police: funding 2500/1000 USD one_off",
                                         "Eastside Police: staff_hours 40/12 hours per_week",
                                         "Grace Church: funding 2000/500 USD one_off",
                                         "Grace Church: funding 300/0 USD per_month",
                                     }));

  // By sector key; Ana Ruiz has no sector and is not in it.
  EXPECT_EQ(described(s.by_sector), (Lines{
                                        "business: in_kind 10/0 laptops one_off",
                                        "faith: funding 2000/500 USD one_off",
                                        "faith: funding 300/0 USD per_month",
                                        "law_enforcement: funding 2500/1000 USD one_off",
                                        "law_enforcement: staff_hours 40/12 hours per_week",
                                    }));

  // Gaps where something is needed, by kind, unit and period:
  //   funding USD once:    needed 5000, committed 2000 + 1500 + 1000 + 200 = 4700, short 300;
  //   funding USD monthly: needed 600, committed 300, short 300 (the one-off money does not count);
  //   hours weekly:        needed 30, committed 40, short 0 (more than enough, still listed).
  // Laptops are committed but nobody listed a need for them: no gap.
  EXPECT_EQ(described(s.gaps), (Lines{
                                   "funding USD one_off: needed 5000, committed 4700, short 300",
                                   "funding USD per_month: needed 600, committed 300, short 300",
                                   "staff_hours hours per_week: needed 30, committed 40, short 0",
                               }));

  // Only 3: untouched for 61 days. 4 is untouched for exactly 60, 7 has no date, 8 is used.
  EXPECT_EQ(s.unused, (Ids{3}));
}

TEST(ResourceSummary, PartnersWhoShareANameAreKeptApartBySeat) {
  auto first = committed(1, "Sam Lee", Sector::faith, kFunding, 100, "USD", kOnce);
  auto second = committed(2, "Sam Lee", Sector::business, kFunding, 40, "USD", kOnce);
  second.fields.membership_id = 999;
  const auto s = summarize({first, second}, kToday);
  EXPECT_EQ(described(s.by_partner), (Lines{"Sam Lee: funding 100/0 USD one_off", "Sam Lee: funding 40/0 USD one_off"}));
  ASSERT_EQ(s.by_partner.size(), 2u);
  EXPECT_EQ(s.by_partner[0].membership_id, first.fields.membership_id);
  EXPECT_EQ(s.by_partner[1].membership_id, 999);
}

TEST(ResourceSummary, UnitsMatchWhateverTheCaseAndShowAsFirstWritten) {
  const auto s = summarize({committed(1, "Grace Church", Sector::faith, kInKind, 3, "Laptops", kOnce),
                            committed(2, "Grace Church", Sector::faith, kInKind, 2, "LAPTOPS", kOnce),
                            need(3, kInKind, 8, "laptops", kOnce)},
                           kToday);
  EXPECT_EQ(described(s.by_partner), (Lines{"Grace Church: in_kind 5/0 Laptops one_off"}));
  EXPECT_EQ(described(s.by_sector), (Lines{"faith: in_kind 5/0 Laptops one_off"}));
  EXPECT_EQ(described(s.gaps), (Lines{"in_kind Laptops one_off: needed 8, committed 5, short 3"}));
}

TEST(ResourceSummary, DifferentPeriodsAreNeverAddedTogether) {
  // 1200 a year is needed; 100 a month is committed. That may be the same money over a year, but
  // the summary does not guess: the yearly need has nothing against it.
  const auto s = summarize({need(1, kFunding, 1200, "USD", kYearly),
                            committed(2, "Grace Church", Sector::faith, kFunding, 100, "USD", kMonthly),
                            committed(3, "Grace Church", Sector::faith, kFunding, 50, "USD", kOnce)},
                           kToday);
  EXPECT_EQ(described(s.by_partner), (Lines{"Grace Church: funding 50/0 USD one_off",
                                            "Grace Church: funding 100/0 USD per_month"}));
  EXPECT_EQ(described(s.gaps), (Lines{"funding USD per_year: needed 1200, committed 0, short 1200"}));
}

TEST(ResourceSummary, DifferentKindsAreNeverAddedTogether) {
  // Staff hours and hours of donated hall time are both "hours", but not the same thing.
  const auto s = summarize({need(1, kHours, 20, "hours", kWeekly),
                            committed(2, "Eastside Police", Sector::law_enforcement, kInKind, 20, "hours", kWeekly)},
                           kToday);
  EXPECT_EQ(described(s.gaps), (Lines{"staff_hours hours per_week: needed 20, committed 0, short 20"}));
  EXPECT_EQ(described(s.by_partner), (Lines{"Eastside Police: in_kind 20/0 hours per_week"}));
}

TEST(ResourceSummary, NeedsAloneHaveNoPartnerOrSectorTotals) {
  const auto s = summarize({need(1, kFunding, 100, "USD", kOnce), need(2, kFunding, 150, "usd", kOnce)}, kToday);
  EXPECT_TRUE(s.by_partner.empty());
  EXPECT_TRUE(s.by_sector.empty());
  EXPECT_EQ(described(s.gaps), (Lines{"funding USD one_off: needed 250, committed 0, short 250"}));
}

TEST(ResourceSummary, CommitmentsAloneHaveNoGaps) {
  const auto s = summarize({committed(1, "Grace Church", Sector::faith, kFunding, 100, "USD", kOnce)}, kToday);
  EXPECT_TRUE(s.gaps.empty());
  EXPECT_EQ(s.by_partner.size(), 1u);
}

TEST(ResourceSummary, PartnersOfTheSameSectorAddUpThere) {
  const auto s = summarize({committed(1, "Grace Church", Sector::faith, kFunding, 100, "USD", kOnce, 10),
                            committed(2, "Temple Beth El", Sector::faith, kFunding, 250, "USD", kOnce, 0)},
                           kToday);
  EXPECT_EQ(described(s.by_partner), (Lines{"Grace Church: funding 100/10 USD one_off",
                                            "Temple Beth El: funding 250/0 USD one_off"}));
  EXPECT_EQ(described(s.by_sector), (Lines{"faith: funding 350/10 USD one_off"}));
}

TEST(ResourceSummary, UnusedFromTheSixtyFirstDay) {
  EXPECT_EQ(kUnusedCommitmentDays, 60);
  struct Case {
    const char* description;
    std::optional<int> days_ago;
    double used;
    bool unused;
  };
  for (const auto& c : {
           Case{"made today", 0, 0, false},
           Case{"59 days ago", 59, 0, false},
           Case{"60 days ago: exactly at the threshold", 60, 0, false},
           Case{"61 days ago", 61, 0, true},
           Case{"a year ago", 365, 0, true},
           Case{"a year ago but a little used", 365, 0.01, false},
           Case{"no date", std::nullopt, 0, false},
           Case{"dated in the future", -5, 0, false},
       }) {
    const auto s = summarize({committed(7, "Grace Church", Sector::faith, kFunding, 100, "USD", kOnce, c.used,
                                        c.days_ago)},
                             kToday);
    EXPECT_EQ(s.unused, c.unused ? Ids{7} : Ids{}) << c.description;
  }
}

TEST(ResourceSummary, NeedsAreNeverUnused) {
  // Stored data may still carry a date on a need; it is not a commitment, so nobody is asked.
  auto old_need = need(1, kFunding, 100, "USD", kOnce);
  old_need.fields.committed_on = kToday - days(365);
  EXPECT_TRUE(summarize({old_need}, kToday).unused.empty());
}

TEST(ResourceSummary, UnusedInTheOrderGiven) {
  const auto s = summarize({committed(9, "B", Sector::faith, kFunding, 1, "USD", kOnce, 0, 90),
                            committed(3, "A", Sector::faith, kFunding, 1, "USD", kOnce, 0, 10),
                            committed(5, "C", Sector::faith, kHours, 1, "hours", kWeekly, 0, 61)},
                           kToday);
  EXPECT_EQ(s.unused, (Ids{9, 5}));
}

}  // namespace
}  // namespace cg
