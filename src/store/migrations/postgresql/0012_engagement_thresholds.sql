-- A partnership's own thresholds for the engagement measures and alerts (domain/commitment.h);
-- a partnership without a row uses the defaults.
CREATE TABLE engagement_thresholds (
  partnership_id BIGINT PRIMARY KEY REFERENCES partnerships (id),
  recent_meetings BIGINT NOT NULL,
  missed_in_a_row BIGINT NOT NULL,
  quarter_days BIGINT NOT NULL,
  drop_ratio DOUBLE PRECISION NOT NULL,
  min_meetings_per_quarter BIGINT NOT NULL,
  trend_months BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
