#include "store/engagement_threshold_repository.h"

namespace cg::store {

std::optional<CommitmentThresholds> EngagementThresholdRepository::find(std::int64_t partnership_id) {
  auto rows = c_.query("SELECT recent_meetings, missed_in_a_row, quarter_days, drop_ratio, min_meetings_per_quarter, "
                       "trend_months FROM engagement_thresholds WHERE partnership_id = $1",
                       {partnership_id});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  CommitmentThresholds t;
  t.recent_meetings = static_cast<int>(r.integer(0));
  t.missed_in_a_row = static_cast<int>(r.integer(1));
  t.quarter_days = static_cast<int>(r.integer(2));
  t.drop_ratio = r.real(3);
  t.min_meetings_per_quarter = static_cast<int>(r.integer(4));
  t.trend_months = static_cast<int>(r.integer(5));
  return t;
}

void EngagementThresholdRepository::save(std::int64_t partnership_id, const CommitmentThresholds& t,
                                         const std::string& now) {
  c_.query("INSERT INTO engagement_thresholds (partnership_id, recent_meetings, missed_in_a_row, quarter_days, "
           "drop_ratio, min_meetings_per_quarter, trend_months, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
           "ON CONFLICT (partnership_id) DO UPDATE SET recent_meetings = excluded.recent_meetings, "
           "missed_in_a_row = excluded.missed_in_a_row, quarter_days = excluded.quarter_days, "
           "drop_ratio = excluded.drop_ratio, min_meetings_per_quarter = excluded.min_meetings_per_quarter, "
           "trend_months = excluded.trend_months, updated_at = excluded.updated_at",
           {partnership_id, std::int64_t{t.recent_meetings}, std::int64_t{t.missed_in_a_row},
            std::int64_t{t.quarter_days}, t.drop_ratio, std::int64_t{t.min_meetings_per_quarter},
            std::int64_t{t.trend_months}, now});
}

}  // namespace cg::store
