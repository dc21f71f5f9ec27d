-- The rest of the plan: resources needed and committed, the risk register, reviews (with the
-- snapshot each keeps and the activities its commitments became), review reminders sent, and
-- calendar feed links.
CREATE TABLE plan_resources (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  entry TEXT NOT NULL CHECK (entry IN ('need', 'commitment')),
  kind TEXT NOT NULL CHECK (kind IN ('funding', 'staff_hours', 'in_kind')),
  description TEXT NOT NULL,
  amount REAL NOT NULL,
  unit TEXT NOT NULL,
  period TEXT NOT NULL CHECK (period IN ('one_off', 'per_week', 'per_month', 'per_year')),
  membership_id INTEGER REFERENCES memberships (id),
  activity_id INTEGER REFERENCES plan_activities (id),
  used REAL NOT NULL DEFAULT 0,
  committed_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_resources_partnership ON plan_resources (partnership_id, id);

CREATE TABLE plan_risks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  title TEXT NOT NULL,
  description TEXT,
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  trigger_text TEXT,
  response TEXT,
  owner_id INTEGER REFERENCES memberships (id),
  status TEXT NOT NULL CHECK (status IN ('open', 'watching', 'occurred', 'closed')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plan_risks_partnership ON plan_risks (partnership_id, id);

-- Ratings, decisions, participants and the snapshot are read whole with their review: JSON text.
CREATE TABLE plan_reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  held_on TEXT NOT NULL,
  summary TEXT,
  participants TEXT NOT NULL,
  ratings TEXT NOT NULL,
  decisions TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  recorded_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX plan_reviews_partnership ON plan_reviews (partnership_id, held_on, id);

ALTER TABLE plan_activities ADD COLUMN review_id INTEGER REFERENCES plan_reviews (id);

-- One reminder per partnership, due date and kind (due soon, overdue): sending is idempotent.
CREATE TABLE plan_review_reminders (
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id),
  due_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  sent_at TEXT NOT NULL,
  recipients INTEGER NOT NULL,
  PRIMARY KEY (partnership_id, due_on, kind)
);

-- Secret links to iCalendar feeds: one person's, of one partnership or of all their tasks. Only
-- the token's hash is kept; revoking sets revoked_at.
CREATE TABLE calendar_feeds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id),
  partnership_id INTEGER REFERENCES partnerships (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id, id);
