-- The rest of the plan: resources needed and committed, the risk register, reviews (with the
-- snapshot each keeps and the activities its commitments became), review reminders sent, and
-- calendar feed links.
CREATE TABLE plan_resources (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  entry TEXT NOT NULL CHECK (entry IN ('need', 'commitment')),
  kind TEXT NOT NULL CHECK (kind IN ('funding', 'staff_hours', 'in_kind')),
  description TEXT NOT NULL,
  amount DOUBLE PRECISION NOT NULL,
  unit TEXT NOT NULL,
  period TEXT NOT NULL CHECK (period IN ('one_off', 'per_week', 'per_month', 'per_year')),
  membership_id BIGINT REFERENCES memberships (id),
  activity_id BIGINT REFERENCES plan_activities (id),
  used DOUBLE PRECISION NOT NULL DEFAULT 0,
  committed_on DATE,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_resources_partnership ON plan_resources (partnership_id, id);

CREATE TABLE plan_risks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  title TEXT NOT NULL,
  description TEXT,
  likelihood BIGINT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact BIGINT NOT NULL CHECK (impact BETWEEN 1 AND 5),
  trigger_text TEXT,
  response TEXT,
  owner_id BIGINT REFERENCES memberships (id),
  status TEXT NOT NULL CHECK (status IN ('open', 'watching', 'occurred', 'closed')),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_risks_partnership ON plan_risks (partnership_id, id);

-- Ratings, decisions, participants and the snapshot are read whole with their review: JSON text.
CREATE TABLE plan_reviews (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  held_on DATE NOT NULL,
  summary TEXT,
  participants TEXT NOT NULL,
  ratings TEXT NOT NULL,
  decisions TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users (id),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_reviews_partnership ON plan_reviews (partnership_id, held_on, id);

ALTER TABLE plan_activities ADD COLUMN review_id BIGINT REFERENCES plan_reviews (id);

-- One reminder per partnership, due date and kind (due soon, overdue): sending is idempotent.
CREATE TABLE plan_review_reminders (
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  due_on DATE NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  sent_at TIMESTAMPTZ NOT NULL,
  recipients BIGINT NOT NULL,
  PRIMARY KEY (partnership_id, due_on, kind)
);

-- Secret links to iCalendar feeds: one person's, of one partnership or of all their tasks. Only
-- the token's hash is kept; revoking sets revoked_at.
CREATE TABLE calendar_feeds (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  partnership_id BIGINT REFERENCES partnerships (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id, id);
