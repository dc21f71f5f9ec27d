-- A partnership's own thresholds for the engagement measures and alerts (domain/commitment.h);
-- a partnership without a row uses the defaults.
CREATE TABLE engagement_thresholds (
  partnership_id INTEGER PRIMARY KEY REFERENCES partnerships (id),
  recent_meetings INTEGER NOT NULL,
  missed_in_a_row INTEGER NOT NULL,
  quarter_days INTEGER NOT NULL,
  drop_ratio REAL NOT NULL,
  min_meetings_per_quarter INTEGER NOT NULL,
  trend_months INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
